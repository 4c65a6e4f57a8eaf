package outline

import (
	"unicode"
	"unicode/utf8"
)

// Cursor motions. Left and Right step by grapheme cluster, so an accented
// letter, a flag or a family emoji is one step; at a bullet's edge they
// cross into the neighbouring bullet.

// left moves one grapheme back, or to the end of the bullet above.
func (m Model) left() Model {
	switch {
	case m.off > 0:
		m.off = m.prevBoundary(m.row, m.off)
	case m.row > m.firstRow():
		m.row, _ = m.prev(m.row)
		m.off = len(m.text())
	}
	return m
}

// right moves one grapheme on, or to the start of the bullet below.
func (m Model) right() Model {
	text := m.text()
	switch {
	case m.off < len(text):
		n, _ := nextGrapheme(text[m.off:], m.method)
		m.off += n
	case m.hasNext():
		m.row, _ = m.next(m.row)
		m.off = 0
	}
	return m
}

// prevBoundary returns the grapheme boundary before off in row's text. It
// segments from the start of the visual line holding the grapheme, which
// is a boundary, rather than from the start of a long bullet.
func (m Model) prevBoundary(row, off int) int {
	text := m.o.At(row).Text
	pos := 0
	for _, l := range m.lines(row) {
		if l.start < off {
			pos = l.start
		}
	}
	for {
		n, _ := nextGrapheme(text[pos:], m.method)
		if pos+n >= off {
			return pos
		}
		pos += n
	}
}

// isWord reports whether a grapheme is part of a word: it starts with a
// letter, a digit or an underscore. Punctuation, symbols and emoji
// separate words, as they do in readline.
func isWord(g string) bool {
	r, _ := utf8.DecodeRuneInString(g)
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordLeft moves to the start of the word before the cursor (or the one
// it is in), or to the end of the bullet above from a bullet's start.
func (m Model) wordLeft() Model {
	if m.off == 0 {
		return m.left()
	}
	text := m.text()
	start, inWord := 0, false
	for pos := 0; pos < m.off; {
		n, _ := nextGrapheme(text[pos:], m.method)
		w := isWord(text[pos : pos+n])
		if w && !inWord {
			start = pos
		}
		inWord = w
		pos += n
	}
	m.off = start
	return m
}

// wordRight moves to the end of the word after the cursor (or the one it
// is in), or to the start of the bullet below from a bullet's end.
func (m Model) wordRight() Model {
	text := m.text()
	if m.off == len(text) {
		return m.right()
	}
	pos, seen := m.off, false
	for pos < len(text) {
		n, _ := nextGrapheme(text[pos:], m.method)
		w := isWord(text[pos : pos+n])
		if seen && !w {
			break
		}
		seen = seen || w
		pos += n
	}
	m.off = pos
	return m
}

// moveLines moves the cursor n visual lines down (up if n < 0), aiming
// for the goal column. Past the first or last line it goes to the start
// or end of the text, as editors do.
func (m Model) moveLines(n int) Model {
	line, x := m.locate(m.row, m.off)
	if !m.hasGoal {
		m.goal, m.hasGoal = m.textStart(m.row)+x, true
	}
	var row, moved int
	if n > 0 {
		row, line, moved = m.forward(m.row, line, n)
	} else {
		row, line, moved = m.backward(m.row, line, -n)
	}
	switch {
	case moved > 0:
		m.row = row
		m.off = m.offsetAt(row, line, m.goal-m.textStart(row))
	case n > 0:
		m.off = len(m.text())
	default:
		m.off = 0
	}
	return m
}

// page moves the cursor and the view a window's height, less a line
// kept for context, down (dir > 0) or up, so the cursor keeps its place
// on the screen.
func (m Model) page(dir int) Model {
	step := max(m.bodyHeight()-1, 1)
	if dir > 0 {
		m.top, m.topLine, _ = m.forward(m.top, m.topLine, step)
	} else {
		m.top, m.topLine, _ = m.backward(m.top, m.topLine, step)
	}
	return m.moveLines(dir * step)
}

// textStart returns the screen column where row's text begins.
func (m Model) textStart(row int) int {
	if m.empty() {
		return glyphWidth
	}
	return m.indent(m.o.At(row).Depth) + leadWidth(m.o.At(row))
}

// offsetAt returns the offset on visual line line of row that is nearest
// to column x of the text without passing it. A line's end belongs to
// the next line, except on the last line, and a column at the right edge
// (after a hanging space) is drawn on the next line, so neither is
// chosen.
func (m Model) offsetAt(row, line, x int) int {
	if m.empty() {
		return 0
	}
	n := m.o.At(row)
	lines := m.lines(row)
	l := lines[line]
	last := line == len(lines)-1
	width := m.textWidthOf(n)
	best, cx := l.start, 0
	for pos := l.start; pos < l.end; {
		size, gw := nextGrapheme(n.Text[pos:], m.method)
		cx += gw
		pos += size
		if cx > x || cx >= width || (pos == l.end && !last) {
			break
		}
		best = pos
	}
	return best
}
