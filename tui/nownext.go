package tui

import (
	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
	"lanyard/tui/nownext"
)

// Now and next: the board of every room (or the filter's) at the clock,
// kept current by the minute tick while it is open.

// openNowNext shows the board.
func (m Model) openNowNext() Model {
	title, lines := m.nowNextLines()
	o := m.nowNextOverlay()
	*o = o.Open(title, lines)
	return m
}

// refreshNowNext brings an open board to the clock.
func (m Model) refreshNowNext() Model {
	if !m.nowNext.IsOpen() {
		return m
	}
	title, lines := m.nowNextLines()
	*m.nowNext.Model = m.nowNext.SetLines(title, lines)
	return m
}

// nowNextLines is the board at the clock: the conference day the clock is
// on, else the day the schedule shows (its first talks are all "next").
func (m Model) nowNextLines() (title string, lines []nownext.Line) {
	ev := m.schedule.Event()
	now := m.cfg.Clock()
	loc := ev.Location()
	var day sched.Day
	if i, ok := ev.DayAt(now); ok {
		day = ev.Days[i]
	} else if d, _, ok := m.schedule.Day(); ok {
		day = d
	}
	keep, scope := m.schedule.FilterKeeps()
	rooms := map[string]bool{}
	for _, h := range day.AcrossRooms(now, keep) {
		rooms[h.Room] = true
		lines = append(lines, nownext.Line{TalkID: h.Talk.ID, Room: h.Room, Title: h.Talk.Title,
			When: h.When(now, loc), On: h.On})
	}
	return nownext.Title(now.In(loc).Format("15:04"), scope, len(rooms)), lines
}

// nowNextChosen opens the talk chosen on the board to write in.
func (m Model) nowNextChosen(msg nownext.OpenMsg) (Model, tea.Cmd) {
	m = m.dropOffer() // the user has chosen where to write
	return m.goTo(msg.TalkID)
}
