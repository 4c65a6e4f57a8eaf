package tui

import (
	tea "charm.land/bubbletea/v2"

	"lanyard/tui/outline"
)

// bubbletea hands the model one message per key and asks for a frame
// after each. While a frame waits (see pace.go), a character typed into
// the notes changes nothing on screen until it is drawn: the root keeps
// such keys, in order, and hands them to the editor as one run (see
// outline.TypedMsg) when the frame is due or anything else comes. A key
// that waits costs a comparison and an append; the run is one edit, one
// save and one frame. Any other message, a key or not, first has the run
// typed, so that nothing sees the notes without the keys before it.

// typeAhead keeps msg for the run when it is a character typed into the
// notes while the frame waits; held is false for any other message.
func (m *Model) typeAhead(msg tea.Msg) (held bool, cmd tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok || !m.frameWaits() || !outline.Types(press) || !m.typesText(press) {
		return false, nil
	}
	m.pacing.ahead = append(m.pacing.ahead, press)
	return true, m.holdFrame()
}

// afterTyped types the run the root holds, then handles msg. The frame
// drawn next shows the run, so it counts as one of typing (see pacing),
// whatever msg is: a save's report in the middle of a burst does not
// end the burst's sharing of frames.
func (m *Model) afterTyped(msg tea.Msg) tea.Cmd {
	typed := m.typeRun()
	_, cmd := m.Update(msg)
	m.pacing.showsTyped = true
	return tea.Batch(typed, cmd)
}

// typeRun hands the editor the run the root holds.
func (m *Model) typeRun() tea.Cmd {
	run := outline.TypedMsg(m.pacing.ahead)
	m.pacing.ahead = nil
	return m.settle(m.edit(run))
}

// TypeAhead types the keys the root holds into the notes, for a program
// that ends without another message; what else the keys ask for (a
// preview drawn again) is not done.
func (m *Model) TypeAhead() {
	if m.TypedAhead() {
		m.typeRun()
	}
}

// TypedAhead reports whether the root holds keys not yet typed into the
// notes; they are typed at the next message (a redraw is on its way).
// The program must not end before then.
func (m *Model) TypedAhead() bool { return len(m.pacing.ahead) > 0 }
