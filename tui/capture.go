package tui

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/status"
)

// Notes added from outside: lanyard add, run in another terminal while
// this lanyard has the notebook, hands its bullets to the app, which adds
// them as the editor adds any edit (so they show at once, and its writer
// is the only one that writes) and answers once they are on disk. Where
// they go is decided here, by the app's clock and schedule, with the same
// rules the command uses when no app runs (schedule.TalkToAddTo).

// CaptureMsg asks the app to add bullets: to TalkID, else to today's free
// page titled Page (made if there is none), else to the talk on now.
type CaptureMsg struct {
	Clip   doc.Clip
	TalkID uint64
	Page   string
	// Reply gets one answer, once the bullets are on disk or with why
	// they went nowhere. It must have room for it: the app never waits.
	Reply chan<- CaptureResult
}

// CaptureResult says where added bullets went.
type CaptureResult struct {
	TalkID uint64
	Title  string
	// When is the talk's start in venue time ("10:00"), "" if it has none.
	When    string
	Bullets int
	Err     error
}

// ErrNoSchedules is a page asked for where the app cannot make one (a
// model without Schedules, in tests).
var ErrNoSchedules = errors.New("this lanyard cannot make pages")

// captureLoadedMsg carries the outline of a talk being added to.
type captureLoadedMsg struct {
	capture CaptureMsg
	talk    sched.Talk
	outline *doc.Outline
	err     error
}

// capturePageMsg carries the event as stored after a page was made for
// bullets to go to.
type capturePageMsg struct {
	capture CaptureMsg
	event   sched.Event
	page    sched.Talk
	err     error
}

// capture handles the messages of an addition from outside.
func (m Model) capture(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case CaptureMsg:
		return m.startCapture(msg)
	case captureLoadedMsg:
		if msg.err != nil {
			answer(msg.capture, CaptureResult{Err: msg.err})
			return m, nil
		}
		if !m.outlines.has(msg.talk.ID) {
			// One in memory already may hold edits not on disk yet.
			m.outlines.put(msg.talk.ID, msg.outline)
		}
		return m.appendCaptured(msg.capture, msg.talk), nil
	case capturePageMsg:
		if msg.err != nil {
			answer(msg.capture, CaptureResult{Err: msg.err})
			return m, nil
		}
		m = m.setEvent(msg.event)
		return m.captureInto(msg.capture, msg.page)
	}
	return m, nil
}

// startCapture finds where the bullets go.
func (m Model) startCapture(c CaptureMsg) (Model, tea.Cmd) {
	if len(c.Clip) == 0 {
		answer(c, CaptureResult{Err: errors.New("no bullets to add")})
		return m, nil
	}
	ev, now := m.schedule.Event(), m.cfg.Clock()
	place, err := ev.PlaceToAdd(c.TalkID, c.Page, now, m.wroteLast())
	if err != nil {
		answer(c, CaptureResult{Err: err})
		return m, nil
	}
	if place.New {
		return m, m.makeCapturePage(c, place.Date, place.Talk)
	}
	return m.captureInto(c, place.Talk)
}

// captureInto adds the bullets to talk, reading its outline first if it is
// not in memory.
func (m Model) captureInto(c CaptureMsg, talk sched.Talk) (Model, tea.Cmd) {
	if m.outlines.has(talk.ID) {
		return m.appendCaptured(c, talk), nil
	}
	loader := m.cfg.Loader
	return m, func() tea.Msg {
		if loader == nil {
			return captureLoadedMsg{capture: c, talk: talk, outline: doc.New()}
		}
		o, err := loader.LoadOutline(talk.ID)
		if err != nil {
			err = fmt.Errorf("talk %d: %w", talk.ID, err)
		}
		return captureLoadedMsg{capture: c, talk: talk, outline: o, err: err}
	}
}

// makeCapturePage makes today's page for the bullets, as the new-page key
// makes one, and reads the event back.
func (m Model) makeCapturePage(c CaptureMsg, date string, page sched.Talk) tea.Cmd {
	store, eventID := m.cfg.Schedules, m.schedule.Event().ID
	if store == nil {
		answer(c, CaptureResult{Err: ErrNoSchedules})
		return nil
	}
	return func() tea.Msg {
		added, err := store.AddTalk(eventID, date, page)
		if err != nil {
			return capturePageMsg{capture: c, err: fmt.Errorf("new page %q: %w", page.Title, err)}
		}
		ev, err := store.Event(eventID)
		if err != nil {
			return capturePageMsg{capture: c, err: fmt.Errorf("new page %q: %w", page.Title, err)}
		}
		return capturePageMsg{capture: c, event: ev, page: added}
	}
}

// appendCaptured adds the bullets to a talk whose outline is in memory, and
// answers once the writer has them on disk. In the editor they go through
// it, which leaves the user's cursor and typing alone; elsewhere the
// status bar says where they went.
func (m Model) appendCaptured(c CaptureMsg, talk sched.Talk) Model {
	o, _ := m.outlines.get(talk.ID)
	o.SetClock(m.cfg.Clock)
	if m.editor.TalkID() == talk.ID {
		m.editor = m.editor.Append(c.Clip)
	} else {
		// An undo there later takes the bullets back as one step.
		o.Mark(doc.Cursor{})
		o.AppendClip(c.Clip)
		o.Mark(doc.Cursor{})
		m.saver.Save(talk.ID, o.TakeChanges())
		m.status = m.status.SetMessage(fmt.Sprintf("added %s to “%s”", bulletCount(len(c.Clip)), talk.Title))
	}
	m.status = m.status.Edited(m.saver.last)
	result := CaptureResult{TalkID: talk.ID, Title: talk.Title, Bullets: len(c.Clip)}
	if !talk.Start.IsZero() {
		result.When = talk.Start.In(m.schedule.Event().Location()).Format("15:04")
	}
	m.outlines.waits.add(m.saver.last, func(err error) {
		result.Err = err
		answer(c, result)
	})
	return m
}

// answer gives a capture its one answer without ever blocking the app.
func answer(c CaptureMsg, r CaptureResult) {
	select {
	case c.Reply <- r:
	default:
	}
}

func bulletCount(n int) string {
	if n == 1 {
		return "1 bullet"
	}
	return fmt.Sprintf("%d bullets", n)
}

// commitWaits are the answers waiting for edits to reach the disk.
type commitWaits []commitWait

type commitWait struct {
	seq  uint64
	done func(error)
}

// add calls done once the writer reports edit seq on disk, or that it
// stopped before.
func (w *commitWaits) add(seq uint64, done func(error)) {
	*w = append(*w, commitWait{seq: seq, done: done})
}

// report takes in a writer's report. Committed counts even with an error:
// the edits it covers are on disk, and a retry is about later ones.
func (w *commitWaits) report(s status.SaveMsg) {
	var keep commitWaits
	for _, x := range *w {
		switch {
		case x.seq <= s.Committed:
			x.done(nil)
		case s.Stopped:
			x.done(fmt.Errorf("the open lanyard stopped saving, so the bullets are only on its screen: %w", s.Err))
		default:
			keep = append(keep, x)
		}
	}
	*w = keep
}
