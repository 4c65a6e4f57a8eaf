package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// bubbletea draws a frame after every message, and its renderer sends the
// terminal the last frame only 60 times a second: when a paste comes as
// typed keys, or a fast typist's keys come together, most frames are
// drawn and never seen. The root draws the frame again only when the last
// was drawn long enough ago; the keys between are handled and saved at
// once (the writer is apart from drawing), and a redraw asked for once
// brings the screen up to the last of them.

// DefaultFrameGap is the frame gap the program uses: keys that come within
// it of the frame before share the next frame, drawn at most this long
// after the last of them.
const DefaultFrameGap = 8 * time.Millisecond

// redrawMsg asks for a frame of what keys changed since the last one.
type redrawMsg struct{}

// pacing is what the root keeps to share frames among keys.
type pacing struct {
	// frame is the last frame drawn, shown again while redrawing waits.
	frame tea.View
	// typedAt is when the last frame that showed typed input (see typed)
	// was drawn; zero when there is none yet. Frames of other messages
	// (the writer's "saved", the clock) do not count: a key that comes
	// just after one of those is no burst, and is drawn at once.
	typedAt time.Time
	// showsTyped is whether the message handled last was typed input or
	// the redraw of some, so that the frame drawn next shows it.
	showsTyped bool
	// waiting is set while the model holds changes frame does not show.
	waiting bool
	// asked is set while a redrawMsg is on its way.
	asked bool
	// ahead is the keys typed into the notes while the frame waited,
	// not yet handed to the editor (see typeahead.go).
	ahead []tea.KeyPressMsg
}

// pace decides, once msg was handled, whether the next frame waits; it
// adds the redraw to cmd when it does and none is on its way.
func (m *Model) pace(msg tea.Msg, cmd tea.Cmd) tea.Cmd {
	m.pacing.waiting = false
	if !typed(msg) || !m.frameWaits() {
		return cmd
	}
	return tea.Batch(cmd, m.holdFrame())
}

// frameWaits reports whether a frame drawn now would come sooner than
// the frame gap after the last one of typed input.
func (m *Model) frameWaits() bool {
	if m.cfg.FrameGap <= 0 || m.pacing.typedAt.IsZero() {
		return false
	}
	return m.pacing.waiting || time.Since(m.pacing.typedAt) < m.cfg.FrameGap
}

// noteTyped records whether msg is typed input, or the redraw of some,
// for the frame drawn after it.
func (m *Model) noteTyped(msg tea.Msg) {
	_, redraw := msg.(redrawMsg)
	m.pacing.showsTyped = redraw || typed(msg)
}

// holdFrame makes View show the last frame until the redraw, and returns
// the command that asks for it when none is on its way.
func (m *Model) holdFrame() tea.Cmd {
	m.pacing.waiting = true
	if m.pacing.asked {
		return nil
	}
	m.pacing.asked = true
	after := m.cfg.timer
	if after == nil {
		after = tea.Tick
	}
	return after(m.cfg.FrameGap, func(time.Time) tea.Msg { return redrawMsg{} })
}

// typed reports whether msg is input that comes in bursts: keys,
// pastes and the wheel (a touchpad sends dozens of notches a second).
// Everything else (a resize, a load landing) is drawn at once.
func typed(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.KeyReleaseMsg, tea.PasteMsg, tea.MouseWheelMsg:
		return true
	}
	return false
}

// keepFrame keeps v as the last frame drawn, when frames are paced.
func (m *Model) keepFrame(v tea.View) {
	if m.cfg.FrameGap > 0 {
		m.pacing.frame = v
		if m.pacing.showsTyped {
			m.pacing.typedAt = time.Now()
		}
	}
}
