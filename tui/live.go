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

// clockTicked moves the panes to the new time and follows an attended
// talk that has just started.
func (m Model) clockTicked(now time.Time) (Model, tea.Cmd) {
	m.schedule = m.schedule.SetClock(now)
	since := m.lastTick
	m.lastTick = now
	if m.offer != 0 && !m.stillOn(m.offer, now) {
		m = m.dropOffer()
	}
	if m.offer != 0 && !m.typing(now) {
		// The user has finished the sentence: take them to the talk.
		m, cmd := m.goTo(m.offer)
		return m, tea.Batch(cmd, m.tick())
	}
	started, ok := startedBetween(m.schedule.Event(), since, now)
	if !ok || started.ID == m.editor.TalkID() {
		return m, m.tick()
	}
	if m.typing(now) {
		m.offer = started.ID
		m.status = m.status.SetMessage("“" + started.Title + "” has started · " + m.keys.Live.Help().Key + " to switch")
		return m, m.tick()
	}
	m, cmd := m.goTo(started.ID)
	return m, tea.Batch(cmd, m.tick())
}

// typing reports whether the user is writing notes right now.
func (m Model) typing(now time.Time) bool {
	return m.focus == focusEditor && !m.lastEdit.IsZero() && now.Sub(m.lastEdit) < typingPause
}

// goLive opens the talk offered, else the attended talk on now, else the
// talk on now.
func (m Model) goLive() (Model, tea.Cmd) {
	if m.offer != 0 {
		return m.goTo(m.offer)
	}
	ev := m.schedule.Event()
	now := m.cfg.Clock()
	i, ok := ev.DayAt(now)
	if !ok {
		m.status = m.status.SetMessage("nothing on now")
		return m, nil
	}
	id := attendedOnAt(ev.Days[i], now)
	if id == 0 {
		id = ev.Days[i].Opening(now)
	}
	if id == 0 {
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

// stillOn reports whether a talk (or item, by its slot's times) is on at now.
func (m Model) stillOn(id uint64, now time.Time) bool {
	for _, d := range m.schedule.Event().Days {
		if t, slot := d.Find(id); t != nil {
			if t.Start.IsZero() && slot != nil {
				return slot.OnAt(now)
			}
			return t.OnAt(now)
		}
	}
	return false
}

// goTo shows a talk on its day and opens it to write in.
func (m Model) goTo(id uint64) (Model, tea.Cmd) {
	m.offer = 0
	m.status = m.status.SetMessage("")
	m.schedule = m.scheduleOnDayOf(id)
	return m.open(id, true)
}

// startedBetween finds an attended talk or item of ev that started in
// (since, now]. Items share their slot's start when they have none.
func startedBetween(ev sched.Event, since, now time.Time) (sched.Talk, bool) {
	if since.IsZero() || !now.After(since) {
		return sched.Talk{}, false
	}
	for _, d := range ev.Days {
		for _, t := range d.Talks {
			for _, c := range append([]sched.Talk{t}, t.Items...) {
				start := c.Start
				if start.IsZero() {
					start = t.Start
				}
				if c.Attended && start.After(since) && !start.After(now) {
					return c, true
				}
			}
		}
	}
	return sched.Talk{}, false
}

// attendedOnAt returns the attended talk or item on at now, or 0.
func attendedOnAt(d sched.Day, now time.Time) uint64 {
	for _, t := range d.Talks {
		if !t.OnAt(now) {
			continue
		}
		if t.Attended {
			return t.ID
		}
		for _, item := range t.Items {
			if item.Attended {
				return item.ID
			}
		}
	}
	return 0
}
