package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	sched "lanyard/store/schedule"
	"lanyard/tui/outline"
	"lanyard/tui/schedule"
	"lanyard/tui/talkform"
)

// The user's changes to the schedule: attendance marks, talks added,
// corrected or deleted, and ad-hoc pages. The panes show a change at once;
// the root saves it in a tea.Cmd and shows the event as stored when the
// save returns.

// Schedules saves the user's changes to an event's schedule. It is only
// ever called from a tea.Cmd, off the UI's goroutine.
type Schedules interface {
	SetAttended(eventID, talkID uint64, attended bool) error
	SetWatchLater(eventID, talkID uint64, later bool) error
	AddTalk(eventID uint64, date string, t sched.Talk) (sched.Talk, error)
	UpdateTalk(eventID uint64, date string, t sched.Talk) (sched.Talk, error)
	// DeleteTalk removes a talk with its notes and returns what it
	// removed, which RestoreTalk puts back: a delete is undoable.
	DeleteTalk(eventID, talkID uint64) (store.RemovedTalk, error)
	RestoreTalk(r store.RemovedTalk) error
	Event(id uint64) (sched.Event, error)
}

// scheduleSavedMsg carries the event as stored after a change. open is a
// talk to show once it is on screen (a new page, say), 0 for none.
type scheduleSavedMsg struct {
	event sched.Event
	open  uint64
	focus bool
	note  string
	// removed is what a delete took out, for the undo stack; nil for
	// other changes.
	removed *store.RemovedTalk
	err     error
}

// saveSchedule runs change off the UI's goroutine and reads the event back.
// change returns the talk to open afterwards, or 0.
func (m Model) saveSchedule(what string, focus bool, change func(Schedules, uint64) (uint64, error)) tea.Cmd {
	store, eventID := m.cfg.Schedules, m.schedule.Event().ID
	if store == nil {
		return nil
	}
	return func() tea.Msg {
		open, err := change(store, eventID)
		if err != nil {
			return scheduleSavedMsg{err: fmt.Errorf("%s: %w", what, err)}
		}
		ev, err := store.Event(eventID)
		if err != nil {
			return scheduleSavedMsg{err: fmt.Errorf("%s: %w", what, err)}
		}
		return scheduleSavedMsg{event: ev, open: open, focus: focus, note: what}
	}
}

// scheduleSaved shows the event as stored, keeping the day and selection.
func (m Model) scheduleSaved(msg scheduleSavedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status = m.status.SetMessage("NOT SAVED: " + msg.err.Error())
		return m, nil
	}
	if msg.event.ID != m.schedule.Event().ID {
		// Saved in an event the user has switched away from since.
		return m, nil
	}
	m = m.setEvent(msg.event)
	if msg.removed != nil {
		m = m.pushUndo(*msg.removed)
	}
	m, cmd := m.showSaved(msg)
	if m.finder.IsOpen() {
		// The search keeps its query: search the new event's stored notes.
		cmd = tea.Batch(cmd, m.searchNotes())
	}
	return m, cmd
}

// showSaved opens the talk a change asks for, or another when the talk in
// the editor is gone.
func (m Model) showSaved(msg scheduleSavedMsg) (Model, tea.Cmd) {
	if msg.open == 0 && m.editor.TalkID() != 0 && !m.hasTalk(m.editor.TalkID()) {
		// The talk in the editor was deleted: show the one now selected.
		if talk, _, ok := m.schedule.Selected(); ok {
			return m.open(talk.ID, false)
		}
		m.editor = m.editor.SetOutline(0, nil, outline.Header{})
		return m.focusSchedule(), nil
	}
	if msg.open == 0 {
		return m, nil
	}
	if on, ok := m.schedule.Select(msg.open); ok {
		m.schedule = on // on the day shown: the list stays where it is
	} else {
		m.schedule = m.scheduleOnDayOf(msg.open)
	}
	return m.open(msg.open, msg.focus)
}

// setEvent replaces the event the panes show, keeping the day shown and
// the selected talk where they still exist.
func (m Model) setEvent(ev sched.Event) Model {
	selected, _, hadSelection := m.schedule.Selected()
	day := 0
	if d, _, ok := m.schedule.Day(); ok {
		if i := ev.DayIndex(d.Date); i >= 0 {
			day = i
		}
	}
	row, top := m.schedule.SelectedRow()
	m.schedule = m.schedule.SetEvent(ev, day)
	if hadSelection {
		var still bool
		if m.schedule, still = m.schedule.Select(selected.ID); !still {
			// Deleted: the talk that took its place, not the day's first.
			m.schedule = m.schedule.SelectRow(row)
		}
		m.schedule = m.schedule.ScrollTo(top)
	}
	if id := m.editor.TalkID(); id != 0 {
		m.editor = m.editor.SetHeader(m.header(id))
	}
	return m
}

// hasTalk reports whether the event shown still has the talk.
func (m Model) hasTalk(id uint64) bool {
	_, t, _ := m.findTalk(id)
	return t != nil
}

// findTalk returns a talk or parallel item of the event shown, with the
// pane's attendance marks, its day and its slot (nil for a talk); talk is
// nil when there is no such talk.
func (m Model) findTalk(id uint64) (day sched.Day, talk, slot *sched.Talk) {
	for _, d := range m.schedule.Event().Days {
		if t, s := d.Find(id); t != nil {
			return d, t, s
		}
	}
	return sched.Day{}, nil, nil
}

// attend saves an attendance mark the schedule pane has already shown.
// The event is not read back: the pane has it right, and a second mark
// made meanwhile would flicker off and on again.
func (m Model) attend(msg schedule.AttendMsg) (Model, tea.Cmd) {
	store, eventID := m.cfg.Schedules, m.schedule.Event().ID
	if store == nil {
		return m, nil
	}
	return m, func() tea.Msg {
		if err := store.SetAttended(eventID, msg.TalkID, msg.Attended); err != nil {
			return scheduleSavedMsg{err: fmt.Errorf("mark attended: %w", err)}
		}
		return nil
	}
}

// watchLater saves a watch-later mark the schedule pane has already
// shown, as attend saves an attendance mark.
func (m Model) watchLater(msg schedule.WatchLaterMsg) (Model, tea.Cmd) {
	store, eventID := m.cfg.Schedules, m.schedule.Event().ID
	if store == nil {
		return m, nil
	}
	return m, func() tea.Msg {
		if err := store.SetWatchLater(eventID, msg.TalkID, msg.Later); err != nil {
			return scheduleSavedMsg{err: fmt.Errorf("mark watch later: %w", err)}
		}
		return nil
	}
}

// newPage starts a free page at the current minute on the conference day
// of the clock (today when the event has no such day) and opens it to
// write in.
func (m Model) newPage() (Model, tea.Cmd) {
	ev := m.schedule.Event()
	now := m.cfg.Clock()
	date, page := ev.NewPage("Page "+now.In(ev.Location()).Format("15:04"), now)
	m.status = m.status.SetMessage("new page: rename it with e in the schedule")
	return m, m.saveSchedule("new page", true, func(s Schedules, ev uint64) (uint64, error) {
		added, err := s.AddTalk(ev, date, page)
		return added.ID, err
	})
}

// openTalkForm opens the form to add a talk on date, or to edit the talk
// editID when it is not 0. An empty date is the clock's day.
func (m Model) openTalkForm(date string, editID uint64) (Model, tea.Cmd) {
	if date == "" {
		date = m.cfg.Clock().In(m.schedule.Event().Location()).Format(sched.DateLayout)
	}
	var talk sched.Talk
	if editID != 0 {
		d, found, slot := m.findTalk(editID)
		if found == nil {
			return m, nil
		}
		talk, date = *found, d.Date
		if slot != nil && talk.Start.IsZero() {
			talk.Start, talk.End = slot.Start, slot.End
		}
	}
	m.form = talkform.New(*m.styles, m.schedule.Event().Location(), date, talk)
	return m, m.form.Init()
}

// confirmDelete asks before deleting a talk and its notes.
func (m Model) confirmDelete(id uint64) (Model, tea.Cmd) {
	_, talk, _ := m.findTalk(id)
	if talk == nil {
		return m, nil
	}
	bullets := 0
	if o := m.outlines.peek(talk.ID); o != nil {
		bullets = o.Len()
	}
	m.form = talkform.NewDelete(*m.styles, *talk, bullets)
	return m, m.form.Init()
}

// formDone closes the form and saves what it says.
func (m Model) formDone(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case talkform.SubmitMsg:
		talk := msg.Talk
		talk.Manual = true
		if talk.ID == 0 {
			return m, m.saveSchedule("add talk", false, func(s Schedules, ev uint64) (uint64, error) {
				added, err := s.AddTalk(ev, msg.Date, talk)
				return added.ID, err
			})
		}
		return m, m.saveSchedule("edit talk", false, func(s Schedules, ev uint64) (uint64, error) {
			_, err := s.UpdateTalk(ev, msg.Date, talk)
			return 0, err
		})
	case talkform.DeleteMsg:
		return m, m.deleteTalk(msg.TalkID, "delete talk")
	}
	return m, nil
}
