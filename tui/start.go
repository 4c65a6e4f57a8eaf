package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"lanyard/tui/outline"
	"lanyard/tui/schedule"
	"lanyard/tui/status"
)

// New builds the root model. It is used by address: bubbletea hands the
// model back through an interface after every message, and a 12 kB value
// there would be copied to the heap once a keystroke.
//
// It builds in steps of their own (newModel, startFrom, openStart), each
// with the copies of the model it makes: in one function they took a
// 110 kB stack frame, the deepest of a start, whose pages are each touched
// for the first time, a page fault apiece, on every start.
func New(cfg Config) *Model {
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	m := newModel(cfg)
	m.startFrom(cfg)
	m.openStart(cfg)
	m.sync()
	return m
}

// newModel is the root with its panes, before it is told where to start.
func newModel(cfg Config) *Model {
	styles := themeOf(cfg)
	outlines := newOutlineCache()
	saver := &watchedSaver{inner: cfg.Saver, cache: outlines}
	return &Model{
		cfg:        cfg,
		keys:       DefaultKeyMap(),
		styles:     styles,
		schedule:   schedule.NewSharing(styles, schedule.DefaultKeyMap()).SetEvent(cfg.Event, cfg.Day).SetHint(cfg.Hint),
		editor:     outline.NewSharing(styles, saver),
		status:     status.NewSharing(styles),
		help:       new(help.New()),
		saver:      saver,
		outlines:   outlines,
		searches:   &searchRun{},
		talks:      talkFinder{runs: &searchRun{}},
		texts:      newTextsCache(),
		reminded:   reminded{},
		schedWant:  max(cfg.ScheduleWidth, 0),
		drawn:      &drawnFrame{},
		darkStyles: startDark,
	}
}

// startFrom applies the user's settings, the clock and where the user
// was in the event.
func (m *Model) startFrom(cfg Config) {
	*m = m.withSettings(cfg)
	m.lastTick = cfg.Clock()
	m.schedule = m.schedule.SetClock(m.lastTick)
	*m = m.resumeAt(cfg.Resume)
}

// openStart opens the talk to start on: its outline, else its glimpse,
// else the schedule until the outline is loaded.
func (m *Model) openStart(cfg Config) {
	if cfg.Talk != 0 && cfg.Outline != nil {
		m.outlines.put(cfg.Talk, cfg.Outline)
		m.schedule, _ = m.schedule.Select(cfg.Talk)
		*m = m.show(cfg.Talk, true).placeResumedCursor()
	} else if shown, ok := m.startGlimpseOf(cfg); ok {
		*m = shown
	} else {
		*m = m.focusSchedule()
		if cfg.Talk != 0 && cfg.Glimpse != nil {
			m.schedule, _ = m.schedule.Select(cfg.Talk)
			m.wanted, m.wantFocus = cfg.Talk, true // opened when loaded
		}
	}
}

// startGlimpseOf is startGlimpse when cfg has a glimpse and no outline.
func (m Model) startGlimpseOf(cfg Config) (Model, bool) {
	if cfg.Talk == 0 || cfg.Outline != nil || cfg.Glimpse == nil {
		return m, false
	}
	return m.startGlimpse()
}

// Init asks for the terminal's background and starts the clock; a start
// from a glimpse also loads the outline it stands for, once the glimpse
// is on the terminal.
func (m *Model) Init() tea.Cmd {
	cmds := m.initCmds()
	if m.cfg.Talk != 0 && m.cfg.Outline == nil && m.cfg.Glimpse != nil {
		cmds = append(cmds, m.afterFirstFrame(m.load(m.cfg.Talk)))
	}
	return tea.Batch(cmds...)
}
