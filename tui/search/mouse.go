package search

import tea "charm.land/bubbletea/v2"

// The mouse in the overlay, which the root draws from the screen's
// top-left corner: a click on a hit opens it, as Enter does; the wheel
// moves the selection, and the list with it, as the arrows do. Releases
// and drags do nothing, and no mouse message reaches the query.

// wheelStep is how many hits a notch of the wheel moves the selection.
const wheelStep = 3

// pointer answers a mouse message; ok is false for any other message.
func (m Model) pointer(msg tea.Msg) (_ Model, _ tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		if m.items() == 0 {
			return m, nil, true
		}
		switch msg.Button {
		case tea.MouseWheelUp:
			return m.moveTo(m.sel - wheelStep), nil, true
		case tea.MouseWheelDown:
			return m.moveTo(m.sel + wheelStep), nil, true
		}
		return m, nil, true
	case tea.MouseClickMsg:
		i, hit := m.itemAt(msg.Y)
		if msg.Button != tea.MouseLeft || !hit {
			return m, nil, true
		}
		m = m.moveTo(i)
		it, _ := m.selectedKey()
		return m.close(), emit(JumpMsg{TalkID: it.talkID, NodeID: it.nodeID}), true
	case tea.MouseReleaseMsg, tea.MouseMotionMsg:
		return m, nil, true
	}
	return m, nil, false
}

// itemAt returns the hit drawn on line y of the overlay; ok is false for
// the query and count lines, a talk's title over its note hits, the
// heading of the notes, and the lines below the list.
func (m Model) itemAt(y int) (int, bool) {
	l := m.top + y - headerLines
	if y < headerLines || y >= m.height || l < 0 || l >= len(m.lines) {
		return 0, false
	}
	switch ln := m.lines[l]; ln.kind {
	case lineTalk, lineTalkWhere, lineNote:
		return ln.item, ln.item < m.items()
	}
	return 0, false
}
