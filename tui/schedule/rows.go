package schedule

import (
	"fmt"

	sched "lanyard/store/schedule"
)

// row is one entry of the list: a talk, or a parallel item under its slot.
// Its shape is worked out when the list is built, so that drawing and
// scrolling never look at more than the rows they touch.
type row struct {
	talk *sched.Talk
	slot *sched.Talk // the slot holding an item; nil for a top-level talk
	// showTime is set on the first of consecutive top-level talks that
	// start together: the others leave the time column blank, so that a
	// slot of parallel talks reads as one.
	showTime bool
	height   int // lines drawn: the title and, if there is one, the byline
}

// showDay shows day (an index into the event's days) with the first talk
// selected, under the filter in force.
func (m Model) showDay(day int) Model {
	old, _, hadDay := m.Day()
	m.day = day
	if d, _, ok := m.Day(); !ok || !hadDay || d.Date != old.Date {
		m.kept = 0
	}
	m = m.buildRows()
	m.sel, m.top = 0, 0
	return m
}

// buildRows lists the talks of the day shown that the filter keeps, with
// their items, and finds the day's clashing attended talks.
func (m Model) buildRows() Model {
	// A new slice, never m.rows[:0]: copies of the model share the old
	// one's array, and a copy kept from before the change would draw
	// this day's talks over its own.
	m.rows = nil
	m.overlaps, m.clash = nil, ""
	d, _, ok := m.Day()
	if !ok {
		return m
	}
	m.overlaps = d.Overlaps()
	if n := len(m.overlaps); n > 0 {
		m.clash = fmt.Sprintf("⚠ %d attended talks overlap", n)
	}
	m.rows = make([]row, 0, len(d.Talks))
	var prev *sched.Talk
	for i := range d.Talks {
		talk := &d.Talks[i]
		if !keeps(m.filter, m.kept, talk) {
			continue
		}
		parallel := prev != nil && prev.Start.Equal(talk.Start)
		m.rows = append(m.rows, row{talk: talk, showTime: !parallel, height: rowHeight(talk)})
		for j := range talk.Items {
			item := &talk.Items[j]
			m.rows = append(m.rows, row{talk: item, slot: talk, height: rowHeight(item)})
		}
		prev = talk
	}
	return m
}

// keeps reports whether the list shows a top-level talk under filter f,
// with kept shown whatever the filter. (Not a method: the model is large,
// and copying it once per talk was most of the cost of a filter.)
func keeps(f filter, kept uint64, t *sched.Talk) bool {
	if !f.active() || f.keepsSlot(t) {
		return true
	}
	if kept == 0 {
		return false
	}
	if t.ID == kept {
		return true
	}
	for _, item := range t.Items {
		if item.ID == kept {
			return true
		}
	}
	return false
}

// rowHeight is how many lines a talk's row takes.
func rowHeight(t *sched.Talk) int {
	if t.Kind != sched.KindBreak && (byline(*t) != "" || t.Track != "") {
		return 2
	}
	return 1
}

// rowIndex returns the row of the talk with the given ID, or -1.
func (m Model) rowIndex(id uint64) int {
	if id == 0 {
		return -1
	}
	for i, r := range m.rows {
		if r.talk.ID == id {
			return i
		}
	}
	return -1
}

// selectOpening selects the talk to open on the day shown: the one on
// now by the on-now rule (the talk written in last while it is on), else
// the next, else the last, among the talks the filter keeps.
func (m Model) selectOpening() Model {
	d, _, ok := m.Day()
	if !ok || len(m.rows) == 0 {
		return m
	}
	if i := m.rowIndex(d.Opening(m.now, m.wroteLast)); i >= 0 {
		m.sel = i
		return m.scrollToSelection()
	}
	// The filter hides the schedule's choice: the same rule among the
	// talks it keeps.
	kept := sched.Day{Date: d.Date}
	for _, r := range m.rows {
		if r.slot == nil {
			kept.Talks = append(kept.Talks, *r.talk)
		}
	}
	m.sel = max(m.rowIndex(kept.Opening(m.now, m.wroteLast)), 0)
	return m.scrollToSelection()
}

// scrollToSelection moves the first drawn row so the selection is in view,
// with a row of context above and below where there is room. It looks only
// at the rows between the old top and the selection's window.
func (m Model) scrollToSelection() Model {
	if len(m.rows) == 0 || m.height <= headerLines {
		m.top = 0
		return m
	}
	m.sel = min(max(m.sel, 0), len(m.rows)-1)
	room := m.height - headerLines
	if above := max(m.sel-1, 0); above < m.top {
		m.top = above
	}
	// The highest top from which the selection and the row after it fit.
	last := min(m.sel+1, len(m.rows)-1)
	first, lines := last, m.rowHeightAt(last)
	for first > m.top && first > 0 && lines+m.rowHeightAt(first-1) <= room {
		first--
		lines += m.rowHeightAt(first)
	}
	if lines > room {
		first++ // even the selection and the row after it do not fit
	}
	if first > m.top {
		m.top = min(first, m.sel)
	}
	return m.fillBelow(room)
}

// fillBelow pulls the list down when its last rows end above the pane's
// bottom while rows above are hidden, so that blank lines never stand in
// for talks scrolled out of view. It looks at no more than a pane of rows.
func (m Model) fillBelow(room int) Model {
	lines := 0
	for i := m.top; i < len(m.rows); i++ {
		if lines += m.rowHeightAt(i); lines >= room {
			return m
		}
	}
	for m.top > 0 && lines+m.rowHeightAt(m.top-1) <= room {
		m.top--
		lines += m.rowHeightAt(m.top)
	}
	return m
}
