// Package details is the overlay that tells what a talk is about: its
// schedule facts at once, then its subtitle, language, abstract,
// description, page and links once the root has read them from the
// notebook. It is read like a pager, and drawn only from text cleaned
// again here, since a schedule is written by strangers.
package details

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// Talk is what the schedule itself says of a talk, known without reading
// the notebook: the overlay shows it the moment it opens.
type Talk struct {
	ID       uint64
	Title    string
	Speakers string // the byline, "A, B and C"
	Day      string // "Saturday 3 February 2024"
	Time     string // "14:00–14:30"
	Room     string
	Track    string
	// Attended and WatchLater are the user's marks on the talk.
	Attended, WatchLater bool
}

// CloseMsg says the overlay closed.
type CloseMsg struct{}

// aboutState is how far the talk's About has come.
type aboutState int

const (
	aboutLoading aboutState = iota
	aboutLoaded
	aboutFailed
)

// Model is the overlay. It is closed until Open.
type Model struct {
	looks looks
	keys  KeyMap
	open  bool
	talk  Talk
	about sched.About
	state aboutState
	err   error
	// lines is the whole text laid out at width; top is the first shown.
	lines         []string
	top           int
	width, height int
}

// New returns a closed overlay.
func New(styles theme.Styles) Model {
	return Model{looks: looksFrom(styles), keys: DefaultKeyMap()}
}

// Open shows a talk's schedule facts, from the top, and waits for its
// About (see SetAbout).
func (m Model) Open(t Talk) Model {
	m.open = true
	m.talk = t
	m.about, m.state, m.err = sched.About{}, aboutLoading, nil
	m.top = 0
	return m.layout()
}

// SetAbout hands the overlay the About of talk id as read from the
// notebook, or the error reading it. One for another talk (the user has
// moved on meanwhile) is dropped.
func (m Model) SetAbout(id uint64, a sched.About, err error) Model {
	if !m.open || id != m.talk.ID {
		return m
	}
	m.about, m.err = a, err
	m.state = aboutLoaded
	if err != nil {
		m.state = aboutFailed
	}
	return m.layout()
}

// TalkID is the talk shown, 0 when closed.
func (m Model) TalkID() uint64 {
	if !m.open {
		return 0
	}
	return m.talk.ID
}

// IsOpen reports whether the overlay is shown and takes the keyboard.
func (m Model) IsOpen() bool { return m.open }

// HelpKeys returns the overlay's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return m.keys }

// SetKeyMap gives the overlay other keys: the user's, from the config file.
func (m Model) SetKeyMap(k KeyMap) Model { m.keys = k; return m }

// Cursor reports that the overlay shows no text cursor: it is read.
func (m Model) Cursor() (x, y int, ok bool) { return 0, 0, false }

// SetSize sets the overlay's size in cells; the text is laid out again
// when the width changes.
func (m Model) SetSize(width, height int) Model {
	m.height = max(height, 1)
	if width == m.width {
		return m.clampTop()
	}
	m.width = width
	return m.layout()
}

// SetStyles restyles the overlay.
func (m Model) SetStyles(s theme.Styles) Model {
	m.looks = looksFrom(s)
	return m.layout()
}

// Update scrolls and closes on keys while the overlay is open.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if wheel, ok := msg.(tea.MouseWheelMsg); ok && m.open {
		m.top += wheelLines(wheel)
		return m.clampTop(), nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !m.open || !ok {
		return m, nil
	}
	k := m.keys
	page := max(m.visible()-1, 1)
	switch {
	case key.Matches(press, k.Close):
		m.open = false
		m.lines = nil // a conference's abstracts are not kept for nothing
		return m, func() tea.Msg { return CloseMsg{} }
	case key.Matches(press, k.Up):
		m.top--
	case key.Matches(press, k.Down):
		m.top++
	case key.Matches(press, k.PageUp):
		m.top -= page
	case key.Matches(press, k.PageDown):
		m.top += page
	case key.Matches(press, k.Top):
		m.top = 0
	case key.Matches(press, k.Bottom):
		m.top = len(m.lines)
	}
	return m.clampTop(), nil
}

// clampTop keeps the last page full and the first line in view.
func (m Model) clampTop() Model {
	m.top = max(min(m.top, len(m.lines)-m.visible()), 0)
	return m
}

// wheelStep is how many lines a notch of the wheel scrolls.
const wheelStep = 3

// wheelLines is how many lines a notch scrolls, down when positive; 0
// for a sideways push.
func wheelLines(msg tea.MouseWheelMsg) int {
	switch msg.Button {
	case tea.MouseWheelUp:
		return -wheelStep
	case tea.MouseWheelDown:
		return wheelStep
	}
	return 0
}
