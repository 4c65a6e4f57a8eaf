package schedule

import (
	"time"
)

// NightOwlHours is how long after midnight a conference day still runs:
// a party or a late session at 01:30 belongs to the day it continues, as
// pretalx counts a day from 04:00 to 03:59. The schedule readers put talks
// on days by the same hour (export/internal/days), so that the day a talk
// is filed under is the day DayAt shows at its start.
const NightOwlHours = 4

// Location returns the venue's zone; an unknown or empty name falls back to
// the machine's zone so that a notebook moved between machines still opens.
func (e Event) Location() *time.Location {
	if e.TZ == "" {
		return time.Local
	}
	loc, err := time.LoadLocation(e.TZ)
	if err != nil {
		return time.Local
	}
	return loc
}

// DayIndex returns the index of the day with the given date, or -1.
func (e Event) DayIndex(date string) int {
	for i, d := range e.Days {
		if d.Date == date {
			return i
		}
	}
	return -1
}

// DayAt returns the index of the conference day that t falls on in venue
// time, counting the small hours as part of the day before; ok is false
// when t is on none of the event's days.
func (e Event) DayAt(t time.Time) (int, bool) {
	local := t.In(e.Location())
	if i := e.DayIndex(local.Format(DateLayout)); i >= 0 {
		if local.Hour() >= NightOwlHours || !e.runsPastMidnight(i-1, t) {
			return i, true
		}
		return i - 1, true
	}
	if local.Hour() < NightOwlHours {
		prev := local.AddDate(0, 0, -1).Format(DateLayout)
		if i := e.DayIndex(prev); i >= 0 {
			return i, true
		}
	}
	return 0, false
}

// runsPastMidnight reports whether day i has a talk still going at t.
func (e Event) runsPastMidnight(i int, t time.Time) bool {
	if i < 0 || i >= len(e.Days) {
		return false
	}
	for _, talk := range e.Days[i].Talks {
		if talk.End.After(t) {
			return true
		}
	}
	return false
}

// OnAt reports whether the talk is running at t: from its start up to, not
// including, its end. A talk with no end runs for a nominal half hour.
func (t Talk) OnAt(at time.Time) bool {
	end := t.End
	if end.IsZero() {
		end = t.Start.Add(30 * time.Minute)
	}
	return !at.Before(t.Start) && at.Before(end)
}

// NowAndNext returns the ID of the talk running at t and of the next one to
// start after t, each 0 when there is none. Among parallel talks the one
// the user attends wins, else the first listed; where a slot holds
// parallel items, the attended item stands for the slot. Breaks count as
// running.
func (d Day) NowAndNext(t time.Time) (now, next uint64) {
	var nextStart time.Time
	var nowAttended, nextAttended bool
	for _, talk := range d.Talks {
		id, attended := talk.focus()
		if talk.OnAt(t) && (now == 0 || attended && !nowAttended) {
			now, nowAttended = id, attended
		}
		if !talk.Start.After(t) {
			continue
		}
		switch {
		case next == 0:
			next, nextStart, nextAttended = id, talk.Start, attended
		case talk.Start.Equal(nextStart) && attended && !nextAttended:
			next, nextAttended = id, true
		}
	}
	return now, next
}

// focusID is the talk a user means when they mean this slot: the attended
// parallel item if there is one, else the slot.
func (t Talk) focusID() uint64 {
	id, _ := t.focus()
	return id
}

// focus is focusID, and whether the user attends that talk or item.
func (t Talk) focus() (id uint64, attended bool) {
	for _, item := range t.Items {
		if item.Attended {
			return item.ID, true
		}
	}
	return t.ID, t.Attended
}

// Opening returns the talk lanyard should open at t: the one on now, else
// the next, else the last of the day; 0 for an empty day.
func (d Day) Opening(t time.Time) uint64 {
	now, next := d.NowAndNext(t)
	switch {
	case now != 0:
		return now
	case next != 0:
		return next
	case len(d.Talks) > 0:
		return d.Talks[len(d.Talks)-1].focusID()
	}
	return 0
}

// Find returns the talk or parallel item with the given ID, and the slot
// holding it (nil for a top-level talk).
func (d Day) Find(id uint64) (talk, slot *Talk) {
	for i := range d.Talks {
		if d.Talks[i].ID == id {
			return &d.Talks[i], nil
		}
		for j := range d.Talks[i].Items {
			if d.Talks[i].Items[j].ID == id {
				return &d.Talks[i].Items[j], &d.Talks[i]
			}
		}
	}
	return nil, nil
}
