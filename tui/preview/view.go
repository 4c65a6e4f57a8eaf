package preview

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// View draws the preview: exactly its height in lines, none wider than its
// width. A title line says what the post is of and where in it the view
// is; under it, the post, or why there is none yet.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, m.titleLine())
	if note := m.note(); note != "" {
		lines = append(lines, "", m.looks.note.Render(ansi.Truncate(note, m.width, "…")))
	} else {
		if m.failed != nil {
			lines = append(lines, m.looks.failed.Render(ansi.Truncate("Could not render the post, so here is its Markdown: "+
				oneLine(m.failed.Error()), m.width, "…")))
		}
		lines = append(lines, strings.Split(m.vp.View(), "\n")...)
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	lines = lines[:m.height]
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.width, "")
	}
	return strings.Join(lines, "\n")
}

// note is what the preview shows instead of the post, "" when it shows the
// post.
func (m Model) note() string {
	switch {
	case m.loading:
		return "loading notes…"
	case m.post.Empty && m.post.Scope == Day:
		return "No notes on this day yet: there is nothing to post."
	case m.post.Empty:
		return "No notes for this talk yet: there is nothing to post."
	case m.shown.post != m.posts:
		return "rendering…"
	}
	return ""
}

// titleLine is "Post · <heading>", and at its right which lines are in
// view when the post is longer than the screen. The heading is cut first.
func (m Model) titleLine() string {
	where := m.position()
	const prefix = "Post · "
	room := m.width - ansi.StringWidth(prefix) - ansi.StringWidth(where) - 1
	heading := ansi.Truncate(oneLine(m.post.Heading), max(room, 0), "…")
	left := m.looks.title.Render(prefix) + m.looks.heading.Render(heading)
	gap := m.width - ansi.StringWidth(prefix+heading) - ansi.StringWidth(where)
	if where == "" || gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + m.looks.note.Render(where)
}

// position says which lines of the post are in view, "" when the whole
// post is.
func (m Model) position() string {
	if m.note() != "" {
		return ""
	}
	total := m.vp.TotalLineCount()
	if total <= m.vp.Height() {
		return ""
	}
	first := m.vp.YOffset() + 1
	last := min(m.vp.YOffset()+m.vp.Height(), total)
	return fmt.Sprintf("%d–%d of %d", first, last, total)
}

// looks are the styles of the preview's own lines, built once from the
// theme.
type looks struct {
	title   lipgloss.Style // "Post ·"
	heading lipgloss.Style // the talk's or day's name
	note    lipgloss.Style // "rendering…", the position
	failed  lipgloss.Style // why the post could not be drawn
}

func looksFrom(s theme.Styles) looks {
	return looks{title: s.PaneTitle, heading: s.TalkTitle, note: s.Hint, failed: s.Error}
}

// oneLine turns control characters into spaces, so that a title pasted
// with a newline in it cannot break the preview's lines.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}
