package schedule

import (
	"time"

	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
)

// moveDay shows the day delta days away, with the selection at the time of
// day the selected talk starts: someone looking at 14:00 today who
// wonders what tomorrow holds wants tomorrow's 14:00, not its first talk.
func (m Model) moveDay(delta int) (Model, tea.Cmd) {
	next := m.day + delta
	if next < 0 || next >= len(m.event.Days) {
		return m, nil
	}
	return m.showDayFiltered(next, m.filter)
}

// showDayFiltered shows day (an index into the event's days) under filter
// f, with the selection at the time of day of the talk selected before.
func (m Model) showDayFiltered(day int, f filter) (Model, tea.Cmd) {
	from, _, _ := m.Day()
	talk, _, hadSel := m.Selected()
	m.filter = f
	m = m.showDay(day)
	to, _, _ := m.Day()
	at, ok := sameTimeOn(talk.Start, from, to, m.loc)
	if hadSel && ok {
		m = m.selectAt(at, talk.Room)
	} else {
		m = m.selectOpening()
	}
	if id := m.selectedID(); id != 0 {
		return m, open(id, false)
	}
	return m, nil
}

// sameTimeOn returns start moved from day from to day to, keeping its
// wall-clock time in loc (and its place after midnight for a talk that
// runs late into the night). ok is false for an untimed talk or a day
// whose date does not parse.
func sameTimeOn(start time.Time, from, to sched.Day, loc *time.Location) (time.Time, bool) {
	if start.IsZero() {
		return time.Time{}, false
	}
	a, errA := time.Parse(sched.DateLayout, from.Date)
	b, errB := time.Parse(sched.DateLayout, to.Date)
	if errA != nil || errB != nil {
		return time.Time{}, false
	}
	// Both dates are midnights in UTC: whole days apart.
	days := int(b.Sub(a) / (24 * time.Hour))
	return start.In(loc).AddDate(0, 0, days), true
}

// selectAt selects, among the rows shown, the talk on at t that started
// last (the closest to t; in room on a tie, as the user was following a
// room), else the first that starts after t, else the last row.
func (m Model) selectAt(t time.Time, room string) Model {
	if len(m.rows) == 0 {
		return m
	}
	best, after := -1, -1
	for i, r := range m.rows {
		start := r.talk.Start
		if start.IsZero() {
			continue
		}
		if r.talk.OnAt(t) || start.Equal(t) {
			if best < 0 || better(r.talk, m.rows[best].talk, room) {
				best = i
			}
			continue
		}
		if after < 0 && start.After(t) {
			after = i
		}
	}
	switch {
	case best >= 0:
		m.sel = best
	case after >= 0:
		m.sel = after
	default:
		m.sel = len(m.rows) - 1
	}
	return m.scrollToSelection()
}

// better reports whether a, on at the time sought, is a better pick than
// b: it started later, or at the same time in the room the user was in.
func better(a, b *sched.Talk, room string) bool {
	if !a.Start.Equal(b.Start) {
		return a.Start.After(b.Start)
	}
	return a.Room == room && b.Room != room
}
