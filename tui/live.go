package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
)

// Following the day: when a talk the user attends starts, lanyard opens its
// outline so the first note lands in the right place. A user in the middle
// of a sentence is not pulled away: the status bar offers the switch and
// the live key takes it.

// typingPause is how long after the last edit the user counts as typing.
// A note-taker finishing a thought after a talk ends types in bursts
// with pauses of a few seconds; half a minute of quiet means they are done.
const typingPause = 30 * time.Second

// clockTicked moves the panes to the new time and follows the day by the
// schedule's rule: an attended talk that has just started opens, or is
// offered while the user types.
func (m Model) clockTicked(now time.Time) (Model, tea.Cmd) {
	m.schedule = m.schedule.SetClock(now)
	ev := m.schedule.Event()
	move := ev.Follow(sched.Following{Since: m.lastTick, Now: now,
		Open: m.editor.TalkID(), Offered: m.offer, Typing: m.typing(now), WroteLast: m.wroteLast()})
	m.lastTick = now
	m = m.refreshNowNext()
	if move.Open != 0 {
		m, cmd := m.goTo(move.Open)
		m, bell := m.remind(now)
		return m, tea.Batch(cmd, bell, m.tick())
	}
	if move.Offer != m.offer {
		m = m.dropOffer()
		if move.Offer != 0 {
			m.offer = move.Offer
			m.status = m.status.SetMessage("“" + titleOf(ev, move.Offer) + "” has started · " + m.keys.Live.Help().Key + " to switch")
		}
	}
	m, bell := m.remind(now)
	return m, tea.Batch(bell, m.tick())
}

// typing reports whether the user is writing notes right now.
func (m Model) typing(now time.Time) bool {
	return m.focus == focusEditor && !m.lastEdit.IsZero() && now.Sub(m.lastEdit) < typingPause
}

// goLive opens the talk offered, else the talk on now (the attended one
// among parallel talks), else the next.
func (m Model) goLive() (Model, tea.Cmd) {
	if m.offer != 0 {
		return m.goTo(m.offer)
	}
	_, id, today := m.schedule.Event().StartIn(m.cfg.Clock(), m.wroteLast())
	if !today || id == 0 {
		m.status = m.status.SetMessage("nothing on now")
		return m, nil
	}
	return m.goTo(id)
}

// dropOffer forgets an offered switch and its line in the status bar.
func (m Model) dropOffer() Model {
	if m.offer != 0 {
		m.offer = 0
		m.status = m.status.SetMessage("")
	}
	return m
}

// goTo shows a talk on its day and opens it to write in.
func (m Model) goTo(id uint64) (Model, tea.Cmd) {
	m.offer = 0
	m.status = m.status.SetMessage("")
	m.schedule = m.scheduleOnDayOf(id)
	return m.open(id, true)
}

// titleOf is the title of the talk or item with the given ID.
func titleOf(ev sched.Event, id uint64) string {
	for _, t := range ev.All() {
		if t.ID == id {
			return t.Title
		}
	}
	return ""
}
