package tui

import (
	tea "charm.land/bubbletea/v2"

	"lanyard/tui/schedule"
)

// The schedule pane's width: a third of the screen by default, made wider
// (FOSDEM's titles and room names are long) or narrower (more room for
// notes) with < and > in the schedule, for the run.

// Bounds of the schedule pane's width beside the editor, in cells.
const (
	// minScheduleChosen is the narrowest the user can make the pane: the
	// marks, a time and a dozen cells of title.
	minScheduleChosen = 20
	// minEditor is the narrowest the editor is made beside the pane.
	minEditor = 30
	// widthStep is how far one key press moves the pane's edge.
	widthStep = 4
)

// scheduleWidth is the schedule pane's width beside the editor on a
// screen width cells wide: the user's choice, else a third of the screen
// within minSchedule and maxSchedule, kept within bounds that leave the
// editor room at every size.
func (m Model) scheduleWidth(width int) int {
	want := m.schedWant
	if want == 0 {
		want = min(max(width/3, minSchedule), maxSchedule)
	}
	lo, hi := scheduleBounds(width)
	return min(max(want, lo), hi)
}

// scheduleBounds is the narrowest and widest the schedule pane may be
// beside the editor on a screen width cells wide.
func scheduleBounds(width int) (lo, hi int) {
	hi = max(width-gutter-minEditor, minScheduleChosen)
	return minScheduleChosen, hi
}

// resizeSchedule moves the pane's edge by a step in the direction asked.
func (m Model) resizeSchedule(msg schedule.WidthMsg) (Model, tea.Cmd) {
	if m.width < narrowWidth {
		m.status = m.status.SetMessage("too narrow for two panes")
		return m, nil
	}
	step := widthStep
	if msg.Wider < 0 {
		step = -widthStep
	} else if msg.Wider == 0 {
		return m, nil
	}
	lo, hi := scheduleBounds(m.width)
	m.schedWant = min(max(m.scheduleWidth(m.width)+step, lo), hi)
	return m, nil
}
