package schedule

import (
	"time"
	"unsafe"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// The pane is drawn again only when something it shows changed. Typing
// notes sends the root a message a keystroke, and the schedule beside the
// notes stays as it was: redrawing its rows each time was a tenth of a
// keystroke's cost.

// drawnPane is the pane as drawn last and what it was drawn from. The
// model's copies share it: a copy that draws what another drew finds it.
type drawnPane struct {
	from paneState
	view string
}

// paneState is everything the pane's drawing reads, in a form that
// compares cheaply. The event's days and the rows are never changed in
// place (attendance marks copy the slices they touch, and buildRows makes
// a new slice), so their arrays stand for their contents; holding them
// here also keeps them from being freed and their addresses reused.
type paneState struct {
	styles        *theme.Styles
	name          string
	days          *sched.Day
	nDays         int
	loc           *time.Location
	day           int
	rows          *row
	nRows         int
	clash         string
	filter        filter
	sel, top      int
	width, height int
	focused       bool
	hint          string
	// onNow marks, from the first row drawn, the rows on now: the clock
	// moves on every message, the "on now" marks rarely.
	onNow string
}

// state returns what the pane would be drawn from now.
func (m *Model) state() paneState {
	return paneState{
		styles: m.styles, name: m.event.Name,
		days: unsafe.SliceData(m.event.Days), nDays: len(m.event.Days),
		loc: m.loc, day: m.day,
		rows: unsafe.SliceData(m.rows), nRows: len(m.rows),
		clash: m.clash, filter: m.filter,
		sel: m.sel, top: m.top, width: m.width, height: m.height, focused: m.focused,
		hint: m.hint, onNow: m.onNowMarks(),
	}
}

// onNowMarks is a byte a row for the rows that can be in view, 1 for a
// talk on now: a row takes at least one line, so no more than the pane's
// height of them can be.
func (m *Model) onNowMarks() string {
	if m.now.IsZero() {
		return ""
	}
	end := min(m.top+max(m.height, 0), len(m.rows))
	if m.top < 0 || m.top >= end {
		return ""
	}
	marks := make([]byte, end-m.top)
	for i := range marks {
		if m.rows[m.top+i].talk.OnAt(m.now) {
			marks[i] = 1
		}
	}
	return string(marks)
}
