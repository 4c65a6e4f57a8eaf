package outline

import doc "lanyard/store/outline"

// Geometry and scrolling. Every walk here stops after about a window's
// worth of lines, so keeping the cursor in view costs the same in an
// outline of ten bullets and of a hundred thousand.

const (
	// indentStep is the cells of indent per level of nesting.
	indentStep = 2
	// glyphWidth is the bullet glyph and the space after it.
	glyphWidth = 2
	// numberWidth is a numbered bullet's number: "99. ".
	numberWidth = 4
	// minTextWidth is the text width deep bullets keep in a narrow pane:
	// their indent stops growing instead.
	minTextWidth = 12
	// scrollOff is how many lines the view keeps between the cursor and
	// the window's top and bottom edges, so the note-taker sees what is
	// around the line they type on.
	scrollOff = 2
)

// indent returns the cells before a bullet's glyph at depth.
func (m *Model) indent(depth int) int {
	in := m.timeColumn() + m.depthShown(depth)*indentStep
	if limit := m.width - glyphWidth - minTextWidth; in > limit {
		in = max(limit, 0)
	}
	return in
}

// textWidthOf returns the cells n's text wraps at.
func (m *Model) textWidthOf(n *doc.Node) int {
	return max(m.textWidth(n.Depth)-(leadWidth(n)-glyphWidth), 1)
}

// leadWidth returns the cells before n's text after its indent: a glyph
// and a space, or a number such as " 1. ", as a rendered list shows it.
func leadWidth(n *doc.Node) int {
	if n.Kind == doc.KindNumbered {
		return numberWidth
	}
	return glyphWidth
}

// textWidth returns the cells a bullet's text wraps at, at depth.
func (m *Model) textWidth(depth int) int {
	return max(m.width-m.indent(depth)-glyphWidth, 1)
}

// headerLines returns how many lines the header takes: title, meta and a
// blank line when there is room, only the title in a very short pane,
// none when there is no header or no room.
func (m Model) headerLines() int {
	switch {
	case m.header.Title == "" && m.header.Meta == "":
		return 0
	case m.height >= 6:
		return 3
	case m.height >= 2:
		return 1
	}
	return 0
}

// bodyHeight returns the lines left for the bullets.
func (m Model) bodyHeight() int { return m.height - m.headerLines() }

// lines returns row's visual lines (one empty line for the virtual bullet).
func (m *Model) lines(row int) []span {
	if m.empty() {
		return virtualLines
	}
	n := m.o.At(row)
	return m.cache.lines(n, m.textWidthOf(n))
}

// virtualLines is the one empty line of the virtual bullet.
var virtualLines = []span{{}}

// rows returns how many rows there are to draw: at least the virtual one.
func (m Model) rows() int { return max(m.o.Len(), 1) }

// locate returns the visual line of row at byte offset off and the cell
// column within the text. An offset at the right edge, after a line's
// hanging space, is shown at the start of the next line, as editors do.
func (m Model) locate(row, off int) (line, x int) {
	lines := m.lines(row)
	for line+1 < len(lines) && lines[line+1].start <= off {
		line++
	}
	if m.empty() {
		return 0, 0
	}
	n := m.o.At(row)
	x = stringWidth(n.Text[lines[line].start:off], m.method)
	if x >= m.textWidthOf(n) && line+1 < len(lines) {
		return line + 1, 0
	}
	return line, x
}

// cursorLine returns the visual line of the cursor within its row.
func (m Model) cursorLine() int {
	line, _ := m.locate(m.row, m.off)
	return line
}

// forward returns the position n visual lines after (row, line), stopping
// at the last line, and how many lines it moved.
func (m Model) forward(row, line, n int) (int, int, int) {
	moved := 0
	for moved < n {
		count := len(m.lines(row))
		if step := min(count-1-line, n-moved); step > 0 {
			line += step
			moved += step
			continue
		}
		next, ok := m.next(row)
		if !ok {
			break
		}
		row, line = next, 0
		moved++
	}
	return row, line, moved
}

// backward returns the position n visual lines before (row, line),
// stopping at the first line, and how many lines it moved.
func (m Model) backward(row, line, n int) (int, int, int) {
	moved := 0
	for moved < n {
		if step := min(line, n-moved); step > 0 {
			line -= step
			moved += step
			continue
		}
		prev, ok := m.prev(row)
		if !ok {
			break
		}
		row = prev
		line = len(m.lines(row)) - 1
		moved++
	}
	return row, line, moved
}

// distance returns how many visual lines (toRow, toLine) lies after
// (fromRow, fromLine); ok is false if it lies more than limit lines on,
// which the walk does not go past.
func (m Model) distance(fromRow, fromLine, toRow, toLine, limit int) (d int, ok bool) {
	line := fromLine
	for row, more := fromRow, true; more && d <= limit; row, more = m.next(row) {
		if row == toRow {
			d += toLine - line
			return d, d <= limit
		}
		d += len(m.lines(row)) - line
		line = 0
	}
	return d, false
}

// settle moves the scroll anchor, as little as it can, so that the cursor
// line is in the window with scrollOff lines around it and the window has
// no empty space at the bottom while there are lines above it. It runs
// after every change of the cursor, the text or the size.
func (m Model) settle() Model {
	if m.row >= m.rows() {
		m.row = m.rows() - 1
	}
	if !m.empty() {
		// The cursor's row may have been hidden by a fold or left by a
		// zoom: it goes to the row that stands for it.
		if first, end := m.bounds(); m.row < first || m.row >= end {
			m.row, m.off = first, 0
		}
		if r := m.reveal(m.row); r != m.row {
			m.row, m.off = r, len(m.o.At(r).Text)
		}
	}
	body := m.bodyHeight()
	if body <= 0 {
		return m
	}
	if first, end := m.bounds(); m.top < first || m.top >= end {
		m.top, m.topLine = first, 0
	}
	m.top = m.reveal(m.top)
	m.topLine = min(max(m.topLine, 0), len(m.lines(m.top))-1)
	off := min(scrollOff, (body-1)/2)
	row, line := m.row, m.cursorLine()
	before := row < m.top || (row == m.top && line < m.topLine)
	d, ok := 0, false
	if !before {
		d, ok = m.distance(m.top, m.topLine, row, line, body)
	}
	switch {
	case before || d < off:
		m.top, m.topLine, _ = m.backward(row, line, off)
	case !ok || d > body-1-off:
		m.top, m.topLine, _ = m.backward(row, line, body-1-off)
	}
	return m.fill(body)
}

// fill pulls the anchor up when the lines from it to the end of the
// outline leave part of the window empty.
func (m Model) fill(body int) Model {
	lastRow := m.lastRow()
	lastLine := len(m.lines(lastRow)) - 1
	d, ok := m.distance(m.top, m.topLine, lastRow, lastLine, body)
	if ok && d+1 < body {
		m.top, m.topLine, _ = m.backward(m.top, m.topLine, body-1-d)
	}
	return m
}
