package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lanyard/export/safetext"
	"lanyard/store"
	sched "lanyard/store/schedule"
)

// Deleting a talk or a page is undoable, as an edit of notes is: each
// delete leaves what it removed on a stack, and u (or ctrl+z) in the
// schedule puts the last one back, notes and all, with the same IDs.

// undoDepth is how many deletes can be undone. A delete holds its talk's
// whole outline in memory; a few dozen is more than anyone undoes.
const undoDepth = 32

// deleteTalk deletes a talk and its notes off the UI's goroutine; what it
// removed comes back in the scheduleSavedMsg, for the undo stack.
func (m Model) deleteTalk(talkID uint64, what string) tea.Cmd {
	m.outlines.remove(talkID)
	schedules, eventID := m.cfg.Schedules, m.schedule.Event().ID
	if schedules == nil {
		return nil
	}
	return func() tea.Msg {
		removed, err := schedules.DeleteTalk(eventID, talkID)
		if err != nil {
			return scheduleSavedMsg{err: fmt.Errorf("%s: %w", what, err)}
		}
		ev, err := schedules.Event(eventID)
		if err != nil {
			return scheduleSavedMsg{err: fmt.Errorf("%s: %w", what, err)}
		}
		return scheduleSavedMsg{event: ev, note: what, removed: &removed}
	}
}

// pushUndo keeps a delete for undo, forgetting the oldest past undoDepth.
func (m Model) pushUndo(r store.RemovedTalk) Model {
	m.undo = append(m.undo, r)
	if len(m.undo) > undoDepth {
		m.undo = append([]store.RemovedTalk(nil), m.undo[len(m.undo)-undoDepth:]...)
	}
	return m
}

// undoDelete puts back the talk or page deleted last, on its day, and
// selects it.
func (m Model) undoDelete() (Model, tea.Cmd) {
	if len(m.undo) == 0 {
		m.status = m.status.SetMessage("nothing to undo in the schedule")
		return m, nil
	}
	r := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	m.status = m.status.SetMessage(fmt.Sprintf("back: %s", safetext.Line(r.Talk.Title)))
	return m, m.saveSchedule("undo delete", false, func(s Schedules, _ uint64) (uint64, error) {
		return r.Talk.ID, s.RestoreTalk(r)
	})
}

// leavePage removes the page in the editor when the user leaves it (for
// the talk next, or the schedule when next is 0) with nothing written in
// it: a page opened by mistake, or for a note never taken, does not stay
// in the schedule. It is undoable like any delete. The event's only talk
// stays, so that there is always somewhere to type.
func (m Model) leavePage(next uint64) (Model, tea.Cmd) {
	id := m.editor.TalkID()
	if id == 0 || id == next {
		return m, nil
	}
	_, talk, slot := m.findTalk(id)
	if talk == nil || slot != nil || talk.Kind != sched.KindPage || m.hasText(id) || m.onlyTalk() {
		return m, nil
	}
	m.status = m.status.SetMessage("empty page removed: u in the schedule puts it back")
	return m, m.deleteTalk(id, "remove empty page")
}

// hasText reports whether a talk's outline in memory has a bullet with
// text; one not in memory (never opened here) counts as having some.
func (m Model) hasText(talkID uint64) bool {
	o := m.outlines.peek(talkID)
	if o == nil {
		return true
	}
	for i := range o.Len() {
		if o.At(i).Text != "" {
			return true
		}
	}
	return false
}

// onlyTalk reports whether the event shown has a single talk.
func (m Model) onlyTalk() bool {
	n := 0
	for range m.schedule.Event().All() {
		if n++; n > 1 {
			return false
		}
	}
	return true
}
