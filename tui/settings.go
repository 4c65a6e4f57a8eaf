package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lanyard/tui/theme"
)

// The user's settings from the config file, as the root applies them:
// the theme, the keys of every pane, and the file's mistakes said in the
// status bar.

// withSettings gives the panes and overlays the keys and the theme of
// cfg, and says cfg's notices.
//
// The panes start with lanyard's own keys, so only keys the user set are
// handed to them; the overlays take theirs when built (see overlays.go).
func (m Model) withSettings(cfg Config) Model {
	if cfg.Keys != nil {
		keys := *cfg.Keys
		m.keySet = &keys
		m.keys = keys.Root
		m.schedule = m.schedule.SetKeyMap(keys.Schedule)
		m.editor = m.editor.SetKeyMap(keys.Editor)
	}
	if note := noticeOf(cfg.Notices); note != "" {
		m.status = m.status.SetMessage(note)
	}
	return m
}

// noticeOf is the status bar's sentence for the notices: the first, and
// how many more `lanyard config` shows.
func noticeOf(notices []string) string {
	switch len(notices) {
	case 0:
		return ""
	case 1:
		return notices[0]
	}
	return fmt.Sprintf("%s (and %d more: lanyard config)", notices[0], len(notices)-1)
}

// backgroundKnown restyles for the terminal's background, unless the
// user fixed the theme. A dark background, which the styles start with,
// changes nothing: most terminals answer so before the first frame, and
// restyling every pane and overlay was a fifth of that frame's work.
func (m Model) backgroundKnown(msg tea.BackgroundColorMsg) Model {
	if m.cfg.Theme.Fixed() {
		return m
	}
	if dark := msg.IsDark(); dark != m.darkStyles {
		m.darkStyles = dark
		m = m.restyle(m.cfg.Theme.Styles(dark))
	}
	m.terminalSaid.dark, m.terminalSaid.darkKnown = msg.IsDark(), true
	if m.preview.Model != nil {
		*m.preview.Model = m.preview.SetBackground(msg.IsDark())
	}
	return m
}

// initCmds is what Init starts besides loading: the question of the
// terminal's background, when the theme follows it, and the clock.
func (m *Model) initCmds() []tea.Cmd {
	if m.cfg.Theme.Fixed() {
		return []tea.Cmd{m.tick(), m.syncTimer()}
	}
	return []tea.Cmd{tea.RequestBackgroundColor, m.tick(), m.syncTimer()}
}

// startDark is the background the styles start with, until the terminal
// says.
const startDark = true

// themeOf is the styles to start with: dark until the terminal says.
func themeOf(cfg Config) *theme.Styles {
	s := cfg.Theme.Styles(startDark)
	return &s
}
