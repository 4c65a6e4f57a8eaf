package tui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// clockMsg is the clock's minute tick.
type clockMsg time.Time

// outlineMsg carries an outline read from the notebook.
type outlineMsg struct {
	talkID  uint64
	outline *doc.Outline
	err     error
}

// timer makes the command that sends fire's message after wait, as
// tea.Tick does.
type timer func(wait time.Duration, fire func(time.Time) tea.Msg) tea.Cmd

// tick fires at the start of the next minute, when the clock shown and
// "on now" can change.
func (m Model) tick() tea.Cmd {
	now := m.cfg.Clock()
	wait := now.Truncate(time.Minute).Add(time.Minute).Sub(now)
	clock := m.cfg.Clock
	after := m.cfg.timer
	if after == nil {
		after = tea.Tick
	}
	return after(wait, func(time.Time) tea.Msg { return clockMsg(clock()) })
}

// load reads a talk's outline off the UI's goroutine.
func (m Model) load(talkID uint64) tea.Cmd {
	loader := m.cfg.Loader
	return func() tea.Msg {
		if loader == nil {
			return outlineMsg{talkID: talkID, outline: doc.New()}
		}
		o, err := loader.LoadOutline(talkID)
		if err != nil {
			err = fmt.Errorf("talk %d: %w", talkID, err)
		}
		return outlineMsg{talkID: talkID, outline: o, err: err}
	}
}
