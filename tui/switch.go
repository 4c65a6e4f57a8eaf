package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lanyard/export/safetext"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/events"
	"lanyard/tui/outline"
)

// EventBook lists the notebook's events and reads the one the user
// switches to. It is only ever called from a tea.Cmd, off the UI's
// goroutine.
type EventBook interface {
	Events() ([]sched.Event, error)
	Event(id uint64) (sched.Event, error)
	// SetLastOpened records the event for the next start.
	SetLastOpened(eventID uint64) error
}

// eventsListedMsg carries the notebook's events for the overlay.
type eventsListedMsg struct {
	events []sched.Event
	err    error
}

// eventSwitchedMsg carries the event the user switched to, read from the
// notebook, with where it opens: its day and talk as a start would choose
// them, and that talk's outline (nil when talk is 0).
type eventSwitchedMsg struct {
	event   sched.Event
	day     int
	talk    uint64
	outline *doc.Outline
	// resume is where the user was in the event, when the notebook keeps it.
	resume sched.Resume
	err    error
}

// resumeReader is what a notebook offers that keeps where the user was in
// each event.
type resumeReader interface {
	Resume(eventID uint64) (sched.Resume, error)
}

// listEvents reads the notebook's events off the UI's goroutine, for the
// overlay to open with.
func (m Model) listEvents() (Model, tea.Cmd) {
	book := m.cfg.Events
	if book == nil {
		m.status = m.status.SetMessage("this lanyard cannot switch events")
		return m, nil
	}
	return m, func() tea.Msg {
		evs, err := book.Events()
		return eventsListedMsg{events: evs, err: err}
	}
}

// switchEvents answers the steps of switching: the list read, an event
// chosen, the chosen event read.
func (m Model) switchEvents(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case eventsListedMsg:
		if msg.err != nil {
			m.status = m.status.SetMessage("could not list the events: " + msg.err.Error())
			return m, nil
		}
		l := m.eventsOverlay()
		*l = l.Open(msg.events, m.schedule.Event().ID)
		return m, nil
	case events.ChooseMsg:
		if msg.EventID == m.schedule.Event().ID {
			return m, nil
		}
		// Leaving the event leaves the page being written in.
		m, left := m.leavePage(0)
		return m, tea.Batch(left, m.loadEvent(msg.EventID))
	case eventSwitchedMsg:
		return m.eventSwitched(msg), nil
	}
	return m, nil
}

// loadEvent reads an event and the outline of the talk it opens on, and
// records it as the one to open at the next start.
func (m Model) loadEvent(id uint64) tea.Cmd {
	book, loader, clock := m.cfg.Events, m.cfg.Loader, m.cfg.Clock
	return func() tea.Msg {
		ev, err := book.Event(id)
		if err != nil {
			return eventSwitchedMsg{err: err}
		}
		if err := book.SetLastOpened(id); err != nil {
			return eventSwitchedMsg{err: err}
		}
		var resume sched.Resume
		if rr, ok := book.(resumeReader); ok {
			// A damaged record costs only the return to where the user was.
			resume, _ = rr.Resume(id)
		}
		day, talk, _ := ev.StartIn(clock(), resume.Talk)
		out := eventSwitchedMsg{event: ev, day: day, talk: talk, resume: resume}
		if talk != 0 && loader != nil {
			if out.outline, err = loader.LoadOutline(talk); err != nil {
				return eventSwitchedMsg{err: fmt.Errorf("talk %d: %w", talk, err)}
			}
		}
		return out
	}
}

// eventSwitched shows the event the user switched to, on the talk it
// opens on, with the schedule focused so that the user can look around.
// The undo stack belongs to the event left: it is dropped.
func (m Model) eventSwitched(msg eventSwitchedMsg) Model {
	if msg.err != nil {
		m.status = m.status.SetMessage("could not open the event: " + msg.err.Error())
		return m
	}
	m.undo = nil
	m.schedule = m.schedule.SetEvent(msg.event, msg.day)
	m = m.resumeAt(msg.resume)
	if !msg.event.OnlyPages() {
		m.schedule = m.schedule.SetHint("")
	}
	m = m.focusSchedule()
	m.wanted = msg.talk
	if msg.talk == 0 {
		m.editor = m.editor.SetOutline(0, nil, outline.Header{})
	} else {
		if !m.outlines.has(msg.talk) {
			m.outlines.put(msg.talk, msg.outline)
		}
		m.schedule, _ = m.schedule.Select(msg.talk)
		m = m.show(msg.talk, false).placeResumedCursor()
	}
	m.status = m.status.SetMessage("opened " + safetext.Line(msg.event.Name))
	return m
}
