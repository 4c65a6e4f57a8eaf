package tui

import (
	tea "charm.land/bubbletea/v2"

	"lanyard/tui/outline"
	"lanyard/tui/schedule"
)

// The mouse. lanyard asks the terminal for cell-motion reporting (unless
// Config.Mouse is off): a press, its release and the wheel, and motion
// only while a button is held. The root knows the layout, so it alone
// reads a mouse message's screen coordinates: it finds the layer under
// the pointer and hands it the position in the layer's own cells. Only
// the left button's press and the wheel do anything; releases, drags and
// the other buttons are dropped, before any routing, so that a drag
// across the screen costs nothing. Every action stays on a key, so a
// terminal that sends no mouse events loses nothing.

// wheelStep is how far one notch of the wheel scrolls: lines of notes,
// rows of the schedule, lines of an overlay, items of a list.
const wheelStep = 3

// mouse routes a click or a turn of the wheel to the layer under the
// pointer, in place: the root's hit-testing asks the layout, and a copy
// of the model asked would move to the heap, 45 kB a notch of the wheel.
// Overlays are drawn from the screen's top-left corner, so they get the
// message as it came; the panes get their own messages in their own
// cells. A click or a turn of the wheel outside the screen, before the
// screen's size is known, or on the status bar and the help line does
// nothing. Over a glimpse it is held, as keys are (see glimpse.go).
func (m *Model) mouse(msg tea.MouseMsg) tea.Cmd {
	if m.Holding() {
		m.held = append(m.held, msg)
		return nil
	}
	p := msg.Mouse()
	_, _, paneHeight := m.layout()
	if m.width <= 0 || m.height <= 0 || p.X < 0 || p.Y < 0 ||
		p.X >= m.width || p.Y >= min(paneHeight, m.height) {
		return nil
	}
	var cmd tea.Cmd
	switch top := m.active().(type) {
	case overlayLayer:
		*m, cmd = top.update(*m, msg)
		return cmd
	case filterPicker:
		return nil // the picker takes every key; the mouse it ignores
	}
	if wheel, ok := msg.(tea.MouseWheelMsg); ok {
		return m.wheelOnPanes(p, wheelLines(wheel))
	}
	if click, ok := msg.(tea.MouseClickMsg); ok && click.Button == tea.MouseLeft {
		return m.clickOnPanes(p)
	}
	return nil
}

// wheelLines is how many lines a wheel message scrolls, down when
// positive; 0 for a sideways push.
func wheelLines(msg tea.MouseWheelMsg) int {
	switch msg.Button {
	case tea.MouseWheelUp:
		return -wheelStep
	case tea.MouseWheelDown:
		return wheelStep
	}
	return 0
}

// paneUnder names the pane under the pointer.
type paneUnder int

const (
	underNothing paneUnder = iota
	underSchedule
	underEditor
)

// paneAt finds the pane drawn at column x, and x in its own cells: the
// editor alone on a narrow screen, the schedule alone when it has the
// keyboard there, else the two side by side, with the rule between them
// belonging to neither.
func (m *Model) paneAt(x int) (paneUnder, int) {
	schedWidth, editorX, _ := m.layout()
	switch {
	case schedWidth == 0:
		return underEditor, x
	case editorX == 0:
		return underSchedule, x
	case x < schedWidth:
		return underSchedule, x
	case x >= editorX:
		return underEditor, x - editorX
	}
	return underNothing, 0
}

// wheelOnPanes scrolls the pane under the pointer by lines; the keyboard
// stays where it is.
func (m *Model) wheelOnPanes(p tea.Mouse, lines int) tea.Cmd {
	if lines == 0 {
		return nil
	}
	var cmd tea.Cmd
	switch under, _ := m.paneAt(p.X); under {
	case underSchedule:
		m.schedule, cmd = m.schedule.Update(schedule.ScrollMsg{Rows: lines})
	case underEditor:
		m.editor, cmd = m.editor.Update(outline.ScrollMsg{Lines: lines})
	}
	return cmd
}

// clickOnPanes gives the keyboard to the pane clicked and hands it the
// click: the schedule selects the talk clicked, the editor puts its
// cursor on the character clicked.
func (m *Model) clickOnPanes(p tea.Mouse) tea.Cmd {
	switch under, x := m.paneAt(p.X); under {
	case underSchedule:
		return m.clickSchedule(p.Y)
	case underEditor:
		return m.clickEditor(x, p.Y)
	}
	return nil
}

// clickSchedule selects the talk on line y of the schedule, then gives
// the schedule the keyboard as esc does, leaving an empty page behind.
func (m *Model) clickSchedule(y int) tea.Cmd {
	var cmd tea.Cmd
	m.schedule, cmd = m.schedule.Update(schedule.ClickMsg{Row: y})
	if m.focus == focusSchedule {
		return cmd
	}
	var left tea.Cmd
	*m, left = m.focusSchedule().leavePage(0)
	return tea.Batch(cmd, left)
}

// clickEditor gives the editor the keyboard, as Enter in the schedule
// does, and puts its cursor at (x, y). With no talk shown there is
// nowhere to write; while the talk selected is still loading, the editor
// takes the keyboard when it lands, with the cursor where a load puts it.
func (m *Model) clickEditor(x, y int) tea.Cmd {
	id := m.editor.TalkID()
	if id == 0 {
		return nil
	}
	if m.offer != 0 {
		*m = m.dropOffer() // the user has chosen where to write
	}
	if m.wanted != 0 && m.wanted != id {
		m.wantFocus = true
		return nil
	}
	m.wanted, m.wantFocus = id, true
	if m.focus != focusEditor {
		m.focus = focusEditor
		m.schedule = m.schedule.Blur()
		m.editor = m.editor.Focus()
	}
	return m.edit(outline.ClickMsg{X: x, Y: y})
}
