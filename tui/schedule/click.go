package schedule

import tea "charm.land/bubbletea/v2"

// The mouse in the schedule. The root model knows where the pane is on
// the screen and hands it a click or a turn of the wheel in the pane's
// own lines; the pane knows which row it drew on each. Every walk here
// is bounded by the pane's height, never by the day.

// ClickMsg is a click on line Row of the pane, 0 being the day's heading.
// A click on a talk, a parallel item or a page (its title, a wrapped
// line of it or its byline) selects it and previews its notes, as moving
// the selection there with the keys does; a second click on the talk
// already selected, while the pane has the keyboard, opens it to write
// in, as Enter does. A click on the heading or below the list does
// nothing, nor does any click while the filter picker is open.
type ClickMsg struct{ Row int }

// ScrollMsg scrolls the list by Rows rows, down when positive and up when
// negative. While the pane has the keyboard the selection is kept in
// view, moving with the list as the cursor of an editor does, and the
// notes beside follow it; while the user writes, the selection is the
// talk they write in, and the list scrolls alone.
type ScrollMsg struct{ Rows int }

// click selects the row drawn on line y.
func (m Model) click(y int) (Model, tea.Cmd) {
	i, ok := m.rowAt(y)
	if !ok || m.picker.open {
		return m, nil
	}
	if i == m.sel && m.focused {
		if id := m.selectedID(); id != 0 {
			return m, open(id, true)
		}
		return m, nil
	}
	before := m.selectedID()
	m.sel = i
	m = m.scrollToSelection()
	if id := m.selectedID(); id != before && id != 0 {
		return m, open(id, false)
	}
	return m, nil
}

// rowAt returns the row drawn on line y of the pane; ok is false for the
// heading, the lines below the list and lines off the pane.
func (m *Model) rowAt(y int) (int, bool) {
	if y < headerLines || y >= m.height {
		return 0, false
	}
	line := headerLines
	for i := m.top; i < len(m.rows) && line < m.height; i++ {
		line += m.rowHeightAt(i)
		if y < line {
			return i, true
		}
	}
	return 0, false
}

// scrollBy moves the first row drawn by n rows, as far as the list goes,
// and keeps the selection in view while the pane has the keyboard.
func (m Model) scrollBy(n int) (Model, tea.Cmd) {
	room := m.height - headerLines
	if len(m.rows) == 0 || room <= 0 || n == 0 || m.picker.open {
		return m, nil
	}
	top := m.top
	m.top = min(max(m.top+n, 0), len(m.rows)-1)
	m = m.fillBelow(room)
	if !m.focused || m.top == top {
		return m, nil
	}
	before := m.selectedID()
	m = m.selectInView(room)
	if id := m.selectedID(); id != before && id != 0 {
		return m, open(id, false)
	}
	return m, nil
}

// selectInView moves the selection into the rows drawn from top, a row
// of context from either edge as scrollToSelection keeps it, where the
// list goes on past that edge.
func (m Model) selectInView(room int) Model {
	if lo := m.top + 1; m.top > 0 && m.sel < lo {
		m.sel = min(lo, len(m.rows)-1)
		return m.scrollToSelection()
	}
	// The last row drawn whole, counted as drawn unselected: the
	// selection's whole title may take more lines, which
	// scrollToSelection then makes room for.
	last, lines := m.top, 0
	for i := m.top; i < len(m.rows); i++ {
		if lines += m.rows[i].height; lines > room {
			break
		}
		last = i
	}
	if hi := last - 1; last < len(m.rows)-1 && m.sel > hi {
		m.sel = max(hi, m.top)
		return m.scrollToSelection()
	}
	return m
}
