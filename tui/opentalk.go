package tui

import tea "charm.land/bubbletea/v2"

// Opening a talk: its outline shown beside the schedule, loaded first
// when it is not in memory yet, and the focus given where the user asked.

// open shows a talk's outline, loading it first if need be. A preview
// of the talk the user asked to write in while its notes load keeps that
// wish: commands run side by side, and the preview of a first click (or
// of j) may come after the second click's (or Enter's) request.
func (m Model) open(talkID uint64, focus bool) (Model, tea.Cmd) {
	keep := talkID == m.wanted && m.wantFocus && !m.outlines.has(talkID)
	m.wanted, m.wantFocus = talkID, focus || keep
	if m.outlines.has(talkID) {
		return m.show(talkID, focus), nil
	}
	return m, m.load(talkID)
}

// show puts a loaded outline in the editor.
func (m Model) show(talkID uint64, focus bool) Model {
	o, _ := m.outlines.get(talkID)
	o.SetClock(m.cfg.Clock)
	if m.editor.TalkID() != talkID {
		m.editor = m.editor.SetOutline(talkID, o, m.header(talkID))
	}
	if m.revealNode != 0 {
		m.editor = m.editor.Reveal(m.revealNode)
		m.revealNode = 0
	}
	if focus {
		m.focus = focusEditor
		m.schedule = m.schedule.Blur()
		m.editor = m.editor.Focus()
	}
	return m
}

func (m Model) loaded(msg outlineMsg) Model {
	if msg.err != nil {
		m.status = m.status.SetMessage("could not load notes: " + msg.err.Error())
		return m
	}
	if !m.outlines.has(msg.talkID) {
		// One in memory already, from an earlier load, may hold edits the
		// notebook does not have yet.
		m.outlines.put(msg.talkID, msg.outline)
	}
	if msg.talkID == m.wanted {
		m.status = m.status.SetMessage("")
		m = m.show(msg.talkID, m.wantFocus)
	}
	m.outlines.trim(m.editor.TalkID())
	return m
}

// focusSchedule gives the keys to the schedule and blurs the editor.
func (m Model) focusSchedule() Model {
	m.focus = focusSchedule
	m.editor = m.editor.Blur()
	m.schedule = m.schedule.Focus()
	return m
}
