package events

import tea "charm.land/bubbletea/v2"

// The mouse in the overlay, which the root draws from the screen's
// top-left corner: a click on an event opens it, as Enter does; the wheel
// moves the selection, wheelStep events a notch.

// wheelStep is how many events a notch of the wheel moves the selection.
const wheelStep = 3

// listTop is the line of the first event drawn: under the heading and a
// blank line.
const listTop = 2

// pointer answers a mouse message; ok is false for any other message.
func (m Model) pointer(msg tea.Msg) (_ Model, _ tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.sel = max(m.sel-wheelStep, 0)
		case tea.MouseWheelDown:
			m.sel = max(min(m.sel+wheelStep, len(m.entries)-1), 0)
		}
		return m.scroll(), nil, true
	case tea.MouseClickMsg:
		i := m.top + msg.Y - listTop
		if msg.Button != tea.MouseLeft || msg.Y < listTop || msg.Y >= m.height ||
			i >= min(m.top+m.listHeight(), len(m.entries)) {
			return m, nil, true
		}
		m.sel, m.open = i, false
		id := m.entries[i].id
		return m, func() tea.Msg { return ChooseMsg{EventID: id} }, true
	case tea.MouseReleaseMsg, tea.MouseMotionMsg:
		return m, nil, true
	}
	return m, nil, false
}
