package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
	"lanyard/tui/details"
)

// What a talk is about: the details overlay shows the schedule's facts at
// once and the talk's About when the notebook has given it, read in a
// tea.Cmd since a talk's texts are kept apart from the schedule.

// Abouts reads what a talk is about from the notebook. It is only ever
// called from a tea.Cmd, off the UI's goroutine.
type Abouts interface {
	About(talkID uint64) (sched.About, error)
}

// aboutMsg carries a talk's About as read from the notebook.
type aboutMsg struct {
	talkID uint64
	about  sched.About
	err    error
}

// openDetails opens the details of a talk of the event shown and starts
// reading its About.
func (m Model) openDetails(id uint64) (Model, tea.Cmd) {
	day, talk, slot := m.findTalk(id)
	if talk == nil {
		m.status = m.status.SetMessage("no talk to tell about")
		return m, nil
	}
	loc := m.schedule.Event().Location()
	span := talk.Span(loc)
	if slot != nil && talk.Start.IsZero() {
		span = slot.Span(loc)
	}
	room := talk.Room
	if room == "" && slot != nil {
		room = slot.Room
	}
	d := m.detailsOverlay()
	*d = d.Open(details.Talk{
		ID: id, Title: talk.Title, Speakers: talk.Byline(), Day: day.DayTitle(), Time: span,
		Room: room, Track: talk.Track, Attended: talk.Attended, WatchLater: talk.WatchLater,
	})
	reader := m.cfg.Abouts
	return m, func() tea.Msg {
		if reader == nil {
			return aboutMsg{talkID: id}
		}
		a, err := reader.About(id)
		if err != nil {
			err = fmt.Errorf("talk %d: %w", id, err)
		}
		return aboutMsg{talkID: id, about: a, err: err}
	}
}

// detailsTalk is the talk whose details a root key asks for: the one
// being written in, else the one selected in the schedule.
func (m Model) detailsTalk() uint64 {
	if m.focus == focusEditor && m.editor.TalkID() != 0 {
		return m.editor.TalkID()
	}
	if t, _, ok := m.schedule.Selected(); ok {
		return t.ID
	}
	return m.editor.TalkID()
}
