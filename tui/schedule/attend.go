package schedule

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
)

// toggleAttended marks the selected talk or item as attended, or unmarks
// it, in the pane's copy of the event, and asks the root to save it.
func (m Model) toggleAttended() (Model, tea.Cmd) {
	id := m.selectedID()
	if id == 0 {
		return m, nil
	}
	attended, ok := m.withAttendance(id)
	if !ok {
		return m, nil
	}
	// Unmarked under "Attending", the talk would vanish from under the
	// cursor; it stays in view, so that a slip is undone by the same key.
	m.kept = id
	sel := m.sel
	m = m.buildRows()
	m.sel = sel
	if i := m.rowIndex(id); i >= 0 {
		m.sel = i
	}
	m = m.scrollToSelection()
	return m, func() tea.Msg { return AttendMsg{TalkID: id, Attended: attended} }
}

// withAttendance flips the attended mark of talk or item id on the day
// shown, in new copies of the slices it touches: other copies of the
// model, and the root's event, must not change under them. It returns
// the new mark; ok is false if the day has no such talk.
func (m *Model) withAttendance(id uint64) (attended, ok bool) {
	days := slices.Clone(m.event.Days)
	talks := slices.Clone(days[m.day].Talks)
	for i := range talks {
		if talks[i].ID == id {
			talks[i].Attended = !talks[i].Attended
			attended, ok = talks[i].Attended, true
			break
		}
		if j := slices.IndexFunc(talks[i].Items, func(it sched.Talk) bool { return it.ID == id }); j >= 0 {
			items := slices.Clone(talks[i].Items)
			items[j].Attended = !items[j].Attended
			talks[i].Items = items
			attended, ok = items[j].Attended, true
			break
		}
	}
	if !ok {
		return false, false
	}
	days[m.day].Talks = talks
	m.event.Days = days
	return attended, true
}
