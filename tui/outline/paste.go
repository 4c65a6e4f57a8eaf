package outline

import (
	"strings"

	"lanyard/export/notestext"
	doc "lanyard/store/outline"
)

// paste inserts pasted text. A single line goes in at the cursor. Several
// lines are read as notes, as `lanyard import notes` reads a file: nesting
// from indentation and from the bullet glyphs people paste (•, -, *, 1.,
// a)), kinds from Markdown's [ ], > and numbers. They become bullets after
// the cursor's bullet, the first filling that bullet instead if it is
// empty, since an empty bullet left above the paste is only noise. The
// cursor ends at the end of the last pasted bullet.
func (m Model) paste(content string) Model {
	content = strings.ReplaceAll(content, "\r\n", "\n")
	content = strings.ReplaceAll(content, "\r", "\n")
	content = strings.TrimSuffix(content, "\n")
	if !strings.Contains(content, "\n") {
		return m.insert(sanitize(content))
	}
	bullets, err := notestext.Parse(strings.NewReader(content))
	if err != nil || len(bullets) == 0 {
		// Not valid UTF-8, say: keep what can be kept, one line per bullet.
		bullets = nil
		for line := range strings.SplitSeq(content, "\n") {
			if text := strings.TrimSpace(sanitize(strings.ToValidUTF8(line, ""))); text != "" {
				bullets = append(bullets, notestext.Bullet{Text: text})
			}
		}
	}
	clip := make(doc.Clip, len(bullets))
	for i, b := range bullets {
		clip[i] = doc.Bullet{Depth: b.Depth, Text: b.Text, Kind: doc.Kind(b.Kind)}
	}
	if m.empty() || m.text() != "" || m.o.HasChildren(m.row) {
		return m.pasteClip(clip)
	}
	// Fill the empty bullet: the paste goes right after it, at its depth,
	// and it goes.
	empty := m.row
	_, last := m.o.InsertClip(empty, clip)
	m.o.DeleteSubtree(empty)
	m.row = m.reveal(last - 1)
	m.off = len(m.o.At(m.row).Text)
	return m.save()
}

// sanitize makes typed or pasted text fit for a bullet, which is one line:
// tabs become a space and other control characters, which would move the
// terminal's cursor when drawn, are dropped.
func sanitize(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case isControl(r):
			return -1
		}
		return r
	}, s)
}
