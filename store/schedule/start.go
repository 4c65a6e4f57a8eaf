package schedule

import "time"

// Start is where lanyard opens: an event of the notebook, one of its days
// and a talk on that day.
type Start struct {
	// Event is the index of the event in the list StartAt was given.
	Event int
	// Day is the index of the day in the event.
	Day int
	// Talk is the talk to open; 0 when the day has none, and the caller
	// starts a page there so that the user has somewhere to type.
	Talk uint64
	// Today is true when the day is the clock's.
	Today bool
}

// StartAt chooses where lanyard opens among events: the event with a day
// that the clock is on (where several have one, the event opened last,
// else the first listed), on that day the talk StartIn gives knowing
// nothing of where the user wrote last (the caller asks StartIn again with
// the chosen event's memory); when no event
// has today, the event opened last, else the last listed, at its first
// talk. last is the ID of the event opened last, 0 when none was. clock
// gives now as read in a venue's zone: a clock set by the user ("10:40")
// means 10:40 at each venue. ok is false when there are no events.
func StartAt(events []Event, last uint64, clock func(*time.Location) time.Time) (s Start, ok bool) {
	if len(events) == 0 {
		return Start{}, false
	}
	chosen, today := len(events)-1, false
	for i, ev := range events {
		_, on := ev.DayAt(clock(ev.Location()))
		switch {
		case on && (!today || ev.ID == last):
			chosen, today = i, true
		case !today && ev.ID == last:
			chosen = i
		}
	}
	s.Event = chosen
	s.Day, s.Talk, s.Today = events[chosen].StartIn(clock(events[chosen].Location()), 0)
	return s, true
}

// StartIn returns where lanyard opens ev at t: on the day t falls on, the
// talk on now by the on-now rule (wroteLast is the talk or item the user
// wrote in last, 0 for none), else the next, else the day's last; when t
// is on none of its days, the first day's first talk. talk is 0 when that
// day has no talks or the event no days.
func (e Event) StartIn(t time.Time, wroteLast uint64) (day int, talk uint64, today bool) {
	if len(e.Days) == 0 {
		return 0, 0, false
	}
	day, today = e.DayAt(t)
	if !today {
		// Zero is before every talk: the first is the next one.
		t = time.Time{}
	}
	return day, e.Days[day].Opening(t, wroteLast), today
}

// OnlyPages reports whether the event has no schedule, only the user's own
// pages.
func (e Event) OnlyPages() bool {
	for _, t := range e.All() {
		if t.Kind != KindPage {
			return false
		}
	}
	return true
}
