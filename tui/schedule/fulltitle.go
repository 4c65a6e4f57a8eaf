package schedule

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// A title cut at the pane's edge is read whole on the selected row: its
// title wraps over more lines, up to maxTitleLines, the last cut with "…"
// if even they are too few. Only the selected row does this, so the list
// keeps one line a talk for the eye to run down.

// maxTitleLines is the most lines a selected title takes.
const maxTitleLines = 4

// titleWidth is the cells a row's title has.
func (m *Model) titleWidth(i int) int {
	if m.rows[i].slot != nil {
		return m.width - itemIndent
	}
	return m.width - titleStart
}

// titleLines is row i's title as drawn: cut to one line, or wrapped whole
// when the row is selected.
func (m *Model) titleLines(i int) []string {
	width := m.titleWidth(i)
	title := m.rows[i].talk.Title
	if i != m.sel || width < 8 || ansi.StringWidth(inert(title)) <= width {
		return []string{cut(title, width)}
	}
	lines := wrap(title, width)
	if len(lines) > maxTitleLines {
		rest := strings.Join(lines[maxTitleLines-1:], " ")
		lines = append(lines[:maxTitleLines-1], cut(rest, width))
	}
	return lines
}

// rowHeightAt is the lines row i takes as drawn: its title and byline, and
// the selected row's wrapped title.
func (m *Model) rowHeightAt(i int) int {
	h := m.rows[i].height
	if i == m.sel {
		h += len(m.titleLines(i)) - 1
	}
	return h
}
