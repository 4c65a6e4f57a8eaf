package tui

import (
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// Where the user is, kept so that starting again returns there: the talk
// written in last, the bullet edited last in it, and the schedule's
// filter (sched.Resume). The root sends it out as it sends edits, to the
// writer, whenever it changes.

// ResumeSaver keeps where the user is in an event. It must not block:
// store.Writer queues it with the notes.
type ResumeSaver interface {
	SaveResume(eventID uint64, r sched.Resume)
}

// resumeAt applies where the user was in the event shown, as read from the
// notebook: the filter and the talk written in last (which the on-now rule
// prefers while it is on); placeResumedCursor then puts the cursor on the
// bullet edited last. The start calls it; so can a switch of events, with
// the Resume it read in a tea.Cmd.
func (m Model) resumeAt(r sched.Resume) Model {
	m.schedule = m.schedule.SetWroteLast(r.Talk).SetFilterValue(r.Filter)
	// A kept filter the schedule no longer fits is dropped; what is kept
	// changes only once the user writes or filters.
	r.Filter = m.schedule.FilterValue()
	m.resume, m.sentResume, m.resumeEvent = r, r, m.schedule.Event().ID
	return m
}

// placeResumedCursor puts the editor's cursor on the bullet edited last,
// once the talk written in last is the one in the editor.
func (m Model) placeResumedCursor() Model {
	if m.resume.Node != 0 && m.editor.TalkID() == m.resume.Talk {
		m.editor = m.editor.PlaceCursor(doc.Cursor{Node: doc.ID(m.resume.Node), Offset: m.resume.Offset})
	}
	return m
}

// wroteIn records that the user edited the talk in the editor, with the
// cursor where it is now.
func (m *Model) wroteIn() {
	talk := m.editor.TalkID()
	if talk == 0 {
		return
	}
	c := m.editor.Position()
	m.resume.Talk, m.resume.Node, m.resume.Offset = talk, uint64(c.Node), c.Offset
	m.schedule = m.schedule.SetWroteLast(talk)
}

// wroteLast is the talk the user wrote in last in the event shown, 0 for
// none.
func (m Model) wroteLast() uint64 {
	if m.resumeEvent != m.schedule.Event().ID {
		return 0
	}
	return m.resume.Talk
}

// keepResume sends where the user is to the notebook when it has changed
// since it was last sent. When another event is shown (a switch of
// events) the record starts afresh and is sent only once the user writes
// or filters there, so that the switch alone never overwrites what the
// notebook keeps for that event.
func (m *Model) keepResume() {
	ev := m.schedule.Event().ID
	if ev != m.resumeEvent {
		m.resume, m.resumeEvent = sched.Resume{Filter: m.schedule.FilterValue()}, ev
		m.sentResume = m.resume
	}
	m.resume.Filter = m.schedule.FilterValue()
	if ev == 0 || m.resume == m.sentResume {
		return
	}
	m.sentResume = m.resume
	if m.cfg.Resumes != nil {
		m.cfg.Resumes.SaveResume(ev, m.resume)
	}
}
