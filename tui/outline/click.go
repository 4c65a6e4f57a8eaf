package outline

// The mouse in the editor. The root model knows where the pane is on the
// screen and hands the editor a click or a turn of the wheel in the
// pane's own cells; the editor knows what it drew there. Both are
// answered whether the editor has the keyboard or not: the root focuses
// the editor for a click, while the wheel scrolls the notes shown beside
// the schedule without taking the keyboard from it. Every walk here is
// bounded by the window, never by the outline.

// ClickMsg is a click in the pane at cell (X, Y) from its top-left
// corner, header included. The cursor goes to the character clicked: on
// the bullet's glyph or indent, to the start of the text on that line;
// past the end of a line, to its end; below the last bullet, to the end
// of its text. A click on the header moves nothing.
type ClickMsg struct{ X, Y int }

// ScrollMsg scrolls the view by Lines visual lines, down when positive
// and up when negative, as far as the outline goes. The cursor stays
// where it is while it is in the window, and is otherwise brought to the
// window's edge, keeping its column, so that the next key acts where the
// user is looking.
type ScrollMsg struct{ Lines int }

// click puts the cursor at the cell (x, y) of the pane.
func (m Model) click(x, y int) Model {
	line := y - m.headerLines()
	if line < 0 || y >= m.height || m.bodyHeight() <= 0 {
		return m
	}
	row, at, moved := m.forward(m.top, m.topLine, line)
	if moved < line {
		// Below the last line drawn: the end of the last bullet.
		m.row = m.lastRow()
		m.off = len(m.text())
	} else {
		m.row = row
		m.off = m.offsetAt(row, at, max(x, 0)-m.textStart(row))
	}
	m.hasGoal = false
	// A click ends a burst of typing, as a key that is not typing does.
	return m.endBurst().settle()
}

// scrollBy moves the view n lines, then keeps the cursor inside it.
func (m Model) scrollBy(n int) Model {
	body := m.bodyHeight()
	if body <= 0 || n == 0 {
		return m
	}
	top, topLine := m.top, m.topLine
	if n > 0 {
		m.top, m.topLine, _ = m.forward(m.top, m.topLine, n)
	} else {
		m.top, m.topLine, _ = m.backward(m.top, m.topLine, -n)
	}
	m = m.fill(body)
	if m.top == top && m.topLine == topLine {
		return m // at the end already: nothing moves, the cursor neither
	}
	return m.keepCursorIn(body)
}

// keepCursorIn moves the cursor, if it left the window of body lines or
// its margins, to the nearest line where settle lets the view stay as it
// is: scrollOff lines inside the window's edges. (The view has just
// moved, so the edge it moved away from is not the outline's end.)
func (m Model) keepCursorIn(body int) Model {
	off := min(scrollOff, (body-1)/2)
	lo, hi := off, body-1-off
	row, line := m.row, m.cursorLine()
	above := row < m.top || (row == m.top && line < m.topLine)
	d, ok := 0, false
	if !above {
		d, ok = m.distance(m.top, m.topLine, row, line, body)
	}
	target := -1
	switch {
	case above || d < lo:
		target = lo
	case !ok || d > hi:
		target = hi
	}
	if target < 0 {
		return m
	}
	toRow, toLine, _ := m.forward(m.top, m.topLine, target)
	if !m.hasGoal {
		_, x := m.locate(m.row, m.off)
		m.goal, m.hasGoal = m.textStart(m.row)+x, true
	}
	m.row = toRow
	m.off = m.offsetAt(toRow, toLine, m.goal-m.textStart(toRow))
	return m.endBurst().settle()
}
