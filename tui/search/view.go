package search

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

const (
	prompt = "Search: "
	// headerLines are the query line and the count line.
	headerLines = 2
	// hitIndent sets hits off from their talk's title; each level of depth
	// adds two cells, up to maxDepthIndent levels, so that deep bullets
	// still show their text in a narrow overlay.
	hitIndent      = 2
	maxDepthIndent = 3
	bullet         = "• "
	untitled       = "(untitled talk)"
	notesHeading   = "── in notes ──"
)

var promptWidth = ansi.StringWidth(prompt)

// View draws the overlay: exactly its height in lines, none wider than its
// width. The query line, the count line, then the hits under their talks'
// titles, scrolled to show the selected hit.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, m.queryLine(), m.countLine())
	for i := m.top; i < len(m.lines) && len(lines) < m.height; i++ {
		lines = append(lines, m.listLine(m.lines[i]))
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:m.height], "\n")
}

// Cursor returns where the terminal's cursor goes: in the query line.
// ok is false while the overlay is closed or has no room.
func (m Model) Cursor() (x, y int, ok bool) {
	if !m.open || m.width <= 0 || m.height <= 0 {
		return 0, 0, false
	}
	_, x = m.queryWindow()
	return min(x, m.width-1), 0, true
}

// queryWindow returns the part of the query drawn after the prompt and the
// cursor's column in the line. A query wider than the line scrolls so the
// cursor stays in view, with a cell after the text for the cursor to sit
// on.
func (m Model) queryWindow() (visible string, cursorX int) {
	runes := []rune(m.input.Value())
	pos := min(m.input.Position(), len(runes))
	room := m.width - promptWidth - 1
	start := 0
	for start < pos && ansi.StringWidth(string(runes[start:pos])) > room {
		start++
	}
	visible = ansi.Truncate(string(runes[start:]), max(m.width-promptWidth, 0), "")
	return visible, promptWidth + ansi.StringWidth(string(runes[start:pos]))
}

func (m Model) queryLine() string {
	visible, _ := m.queryWindow()
	style := m.looks.query
	if m.replace {
		style = m.looks.querySelected
	}
	return ansi.Truncate(m.looks.prompt.Render(prompt)+render(style, visible), m.width, "")
}

// countLine says how many hits there are, or how to start.
func (m Model) countLine() string {
	var s string
	switch {
	case m.query == "":
		s = "Type to search talks and notes"
	case m.items() == 0 && m.waiting:
		s = "searching…"
	case m.items() == 0:
		s = "no match"
	default:
		var parts []string
		if len(m.talkHits) > 0 {
			parts = append(parts, count(len(m.talkHits), MaxTalkHits, "talk"))
		}
		if len(m.hits) > 0 {
			parts = append(parts, fmt.Sprintf("%s in %d %s",
				count(len(m.hits), MaxHits, "note"), m.talks, plural(m.talks, "talk")))
		}
		if m.waiting && m.slow {
			parts = append(parts, "searching…")
		}
		s = strings.Join(parts, " · ")
	}
	return m.looks.count.Render(ansi.Truncate(s, m.width, "…"))
}

// count says "3 talks", with a "+" when the search stopped at its limit
// and there may be more.
func count(n, limit int, word string) string {
	s := fmt.Sprint(n)
	if n == limit {
		s += "+"
	}
	return s + " " + plural(n, word)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func (m Model) listLine(l listLine) string {
	switch l.kind {
	case lineTalk:
		return m.talkLine(m.talkHits[l.item], l.item == m.sel)
	case lineTalkWhere:
		return m.whereLine(m.talkHits[l.item])
	case lineNotes:
		return m.looks.count.Render(ansi.Truncate(notesHeading, m.width, ""))
	}
	i := l.item - len(m.talkHits)
	h := m.hits[i]
	if l.kind == lineNote {
		return m.hitLine(h, l.item == m.sel)
	}
	title := flat(h.Talk)
	if title == "" {
		title = untitled
	}
	return m.looks.talk.Render(ansi.Truncate(title, m.width, "…"))
}

// hitLine draws a hit indented under its talk, the match highlighted and
// in view however far into the bullet it is.
func (m Model) hitLine(h Hit, selected bool) string {
	indent := strings.Repeat(" ", hitIndent+2*min(max(h.Depth, 0), maxDepthIndent))
	text := flat(h.Text)
	pre, match, post := text, "", ""
	if start, end, ok := Match(text, m.query); ok {
		pre, match, post = text[:start], text[start:end], text[end:]
	}
	pre, match, post = excerpt(pre, match, post, m.width-len(indent)-len(bullet))
	plain, marked, glyph := m.looks.text, m.looks.match, m.looks.bullet
	if selected {
		plain, marked, glyph = m.looks.selected, m.looks.selectedMatch, m.looks.selected
	}
	line := render(plain, indent) + render(glyph, "•") + render(plain, " "+pre) +
		render(marked, match) + render(plain, post)
	if selected {
		used := ansi.StringWidth(indent + bullet + pre + match + post)
		line += render(plain, strings.Repeat(" ", max(m.width-used, 0)))
	}
	return ansi.Truncate(line, m.width, "")
}

// excerpt fits a bullet split around its match into avail cells. Text
// after the match is cut first; when the match itself would be past the
// edge, the start is cut instead, keeping a quarter of the room before the
// match, or more when what follows it is short. Each cut is shown with an
// ellipsis.
func excerpt(pre, match, post string, avail int) (string, string, string) {
	if avail <= 0 {
		return "", "", ""
	}
	wp, wm, wt := ansi.StringWidth(pre), ansi.StringWidth(match), ansi.StringWidth(post)
	if wp+wm+wt <= avail {
		return pre, match, post
	}
	if wp+wm < avail {
		return pre, match, ansi.Truncate(post, avail-wp-wm, "…")
	}
	keep := max(avail/4, 1)
	if wm+wt+keep <= avail {
		keep = avail - wm - wt
	}
	if keep < wp {
		pre = "…" + lastCells(pre, keep-1)
	}
	room := avail - ansi.StringWidth(pre)
	if wm >= room {
		return pre, ansi.Truncate(match, room, "…"), ""
	}
	return pre, match, ansi.Truncate(post, room-wm, "…")
}

// lastCells returns the end of s that is at most n cells wide.
func lastCells(s string, n int) string {
	if n <= 0 {
		return ""
	}
	return ansi.TruncateLeft(s, ansi.StringWidth(s)-n, "")
}

// flat turns control characters into spaces, so that no text a user
// pasted into a bullet, nor a schedule's, breaks the overlay's lines or
// reaches the terminal as a command. Match the result, not the text: a C1
// control is two bytes, its space one.
func flat(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

// isControl reports the C0 and C1 controls and DEL: a C1 control such as
// U+009B is a terminal's CSI, which text from a schedule must never be.
func isControl(r rune) bool { return r < 0x20 || 0x7f <= r && r < 0xa0 }

// render styles s, and leaves an empty s empty rather than a pair of
// escape sequences around nothing.
func render(style lipgloss.Style, s string) string {
	if s == "" {
		return ""
	}
	return style.Render(s)
}
