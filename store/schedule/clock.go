package schedule

import (
	"sync"
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
	if loc, ok := zones.Load(e.TZ); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(e.TZ)
	if err != nil {
		return time.Local
	}
	zones.Store(e.TZ, loc)
	return loc
}

// zones keeps the zones loaded by name: time.LoadLocation reads the zone's
// file from disk each time, and the TUI asks for the venue's zone on every
// message it handles.
var zones sync.Map

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
