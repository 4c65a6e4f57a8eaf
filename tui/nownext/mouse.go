package nownext

import tea "charm.land/bubbletea/v2"

// The mouse in the overlay, which the root draws from the screen's
// top-left corner: a click on a talk opens it to write in, as Enter does;
// the wheel moves the selection, and the list with it, as the arrows do.

// wheelStep is how many lines a notch of the wheel moves the selection.
const wheelStep = 3

// pointer answers a mouse message; ok is false for any other message.
func (m Model) pointer(msg tea.Msg) (_ Model, _ tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			m.sel -= wheelStep
		case tea.MouseWheelDown:
			m.sel += wheelStep
		}
		return m.scroll(), nil, true
	case tea.MouseClickMsg:
		i, hit := m.lineAt(msg.Y)
		if msg.Button != tea.MouseLeft || !hit {
			return m, nil, true
		}
		id := m.lines[i].TalkID
		m.sel, m.open = i, false
		return m, func() tea.Msg { return OpenMsg{TalkID: id} }, true
	case tea.MouseReleaseMsg, tea.MouseMotionMsg:
		return m, nil, true
	}
	return m, nil, false
}

// lineAt returns the talk drawn on line y of the overlay; ok is false for
// the title and the lines below the list.
func (m Model) lineAt(y int) (int, bool) {
	i := m.top + y - headerLines
	if y < headerLines || y >= m.height || i >= min(m.top+m.rows(), len(m.lines)) {
		return 0, false
	}
	return i, true
}
