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
	attended, ok := m.withMark(id, func(t *sched.Talk) bool { t.Attended = !t.Attended; return t.Attended })
	if !ok {
		return m, nil
	}
	// Unmarked under "Attending", the talk would vanish from under the
	// cursor; it stays in view, so that a slip is undone by the same key.
	m = m.keepInView(id)
	return m, func() tea.Msg { return AttendMsg{TalkID: id, Attended: attended} }
}

// WatchLaterMsg says the user marked a talk or parallel item as one to
// watch as a recording, or unmarked it. The pane already shows the
// change; the root saves it.
type WatchLaterMsg struct {
	TalkID uint64
	Later  bool
}

// toggleWatchLater marks the selected talk or item to watch later, or
// unmarks it, and asks the root to save it.
func (m Model) toggleWatchLater() (Model, tea.Cmd) {
	id := m.selectedID()
	if id == 0 {
		return m, nil
	}
	later, ok := m.withMark(id, func(t *sched.Talk) bool { t.WatchLater = !t.WatchLater; return t.WatchLater })
	if !ok {
		return m, nil
	}
	m = m.keepInView(id)
	return m, func() tea.Msg { return WatchLaterMsg{TalkID: id, Later: later} }
}

// keepInView rebuilds the rows after a mark changed and keeps talk id
// selected, even where the filter would now hide it.
func (m Model) keepInView(id uint64) Model {
	m.kept = id
	sel := m.sel
	m = m.buildRows()
	m.sel = sel
	if i := m.rowIndex(id); i >= 0 {
		m.sel = i
	}
	return m.scrollToSelection()
}

// withMark changes a mark of talk or item id on the day shown with flip,
// in new copies of the slices it touches: other copies of the model, and
// the root's event, must not change under them. It returns flip's answer,
// the new mark; ok is false if the day has no such talk.
func (m *Model) withMark(id uint64, flip func(*sched.Talk) bool) (mark, ok bool) {
	days := slices.Clone(m.event.Days)
	talks := slices.Clone(days[m.day].Talks)
	for i := range talks {
		if talks[i].ID == id {
			mark, ok = flip(&talks[i]), true
			break
		}
		if j := slices.IndexFunc(talks[i].Items, func(it sched.Talk) bool { return it.ID == id }); j >= 0 {
			items := slices.Clone(talks[i].Items)
			mark, ok = flip(&items[j]), true
			talks[i].Items = items
			break
		}
	}
	if !ok {
		return false, false
	}
	days[m.day].Talks = talks
	m.event.Days = days
	return mark, true
}
