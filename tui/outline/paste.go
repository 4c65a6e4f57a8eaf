package outline

import (
	"strings"
)

// pastedLine is one line of a multi-line paste.
type pastedLine struct {
	// indent is the cells of leading whitespace the line had (a tab
	// counts as tabWidth). Pastes become sibling bullets for now; nesting
	// them by indent is planned, and only the loop in paste need change.
	indent int
	text   string
}

// tabWidth is the cells a tab stands for in pasted text.
const tabWidth = 4

// paste inserts pasted text. A single line goes in at the cursor. Several
// lines become one bullet each after the cursor's bullet, the first
// filling that bullet instead if it is empty, since an empty bullet left
// above the paste is only noise; blank lines are dropped. The cursor ends
// at the end of the last pasted text.
func (m Model) paste(content string) Model {
	lines := splitPaste(content)
	switch len(lines) {
	case 0:
		return m
	case 1:
		return m.insert(lines[0].text)
	}
	m = m.materialize()
	for i, l := range lines {
		if i > 0 || m.text() != "" {
			m.row = m.o.Split(m.row, len(m.text()))
		}
		m.o.InsertText(m.row, 0, l.text)
		m.off = len(l.text)
	}
	return m.save()
}

// splitPaste breaks pasted text into lines, whatever the line endings.
// A paste with one line keeps its spaces, as it goes into the middle of a
// bullet; lines of a longer paste are trimmed and blank ones dropped.
func splitPaste(content string) []pastedLine {
	content = strings.ReplaceAll(content, "\r\n", "\n")
	content = strings.ReplaceAll(content, "\r", "\n")
	content = strings.TrimSuffix(content, "\n")
	if !strings.Contains(content, "\n") {
		if text := sanitize(content); text != "" {
			return []pastedLine{{text: text}}
		}
		return nil
	}
	var out []pastedLine
	for raw := range strings.SplitSeq(content, "\n") {
		body := strings.TrimLeft(raw, " \t")
		text := strings.TrimSpace(sanitize(body))
		if text == "" {
			continue
		}
		out = append(out, pastedLine{indent: indentWidth(raw[:len(raw)-len(body)]), text: text})
	}
	return out
}

// indentWidth returns the cells of a run of spaces and tabs.
func indentWidth(lead string) int {
	return len(lead) + strings.Count(lead, "\t")*(tabWidth-1)
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
