package outline

// Which rows the editor shows. A folded bullet hides its subtree, and a
// zoomed-in bullet becomes the page: only its subtree is shown, one level
// shallower. Every walk over rows goes through next and prev, which skip
// hidden rows in O(depth), so folding a 90,000-bullet subtree does not make
// moving past it cost 90,000 steps.

// bounds returns the rows the editor may show: [first, end).
func (m *Model) bounds() (first, end int) {
	if m.empty() {
		return 0, 1
	}
	if z, ok := m.zoomRow(); ok {
		return z + 1, m.o.SubtreeEnd(z)
	}
	return 0, m.o.Len()
}

// zoomRow returns the row of the zoomed-in bullet; ok is false when the
// editor shows the whole outline.
func (m *Model) zoomRow() (int, bool) {
	if m.zoom == 0 || m.empty() {
		return 0, false
	}
	r := m.o.Find(m.zoom)
	if r < 0 || !m.o.HasChildren(r) {
		return 0, false
	}
	return r, true
}

// depthShown returns the depth a bullet at depth is drawn at: zooming in
// makes the zoomed bullet's children the top level.
func (m *Model) depthShown(depth int) int {
	if m.zoom == 0 {
		return depth
	}
	if z, ok := m.zoomRow(); ok {
		return max(depth-m.o.At(z).Depth-1, 0)
	}
	return depth
}

// folded reports whether row hides its children.
func (m *Model) folded(row int) bool {
	// A glimpse keeps none of a folded bullet's rows, only their count.
	return !m.empty() && m.o.At(row).Folded && (m.o.HasChildren(row) || m.facts[m.o.At(row).ID].Hidden > 0)
}

// next returns the visible row after row; ok is false at the last one.
func (m *Model) next(row int) (int, bool) {
	_, end := m.bounds()
	n := row + 1
	if m.folded(row) {
		n = m.o.SubtreeEnd(row)
	}
	return n, n < end
}

// prev returns the visible row before row; ok is false at the first one.
func (m *Model) prev(row int) (int, bool) {
	first, _ := m.bounds()
	if row <= first {
		return row, false
	}
	return m.reveal(row - 1), true
}

// reveal returns the visible row that stands for row: row itself, or its
// outermost folded ancestor within the zoom.
func (m *Model) reveal(row int) int {
	if m.empty() {
		return row
	}
	first, _ := m.bounds()
	shown := row
	for r := row; r >= first; {
		parent := m.o.At(r).Parent
		if parent == 0 {
			break
		}
		p := m.o.Find(parent)
		if p < first {
			break
		}
		if m.folded(p) {
			shown = p
		}
		r = p
	}
	return shown
}

// firstRow and lastRow are the first and last visible rows.
func (m Model) firstRow() int {
	first, _ := m.bounds()
	return first
}

func (m Model) lastRow() int {
	_, end := m.bounds()
	return m.reveal(end - 1)
}

// inView reports whether row is within the zoom.
func (m Model) inView(row int) bool {
	first, end := m.bounds()
	return row >= first && row < end
}

// hasNext reports whether a visible row follows the cursor's.
func (m Model) hasNext() bool {
	_, ok := m.next(m.row)
	return ok
}
