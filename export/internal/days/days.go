// Package days holds the one rule every schedule reader uses to put a talk
// on its conference day: a talk in the small hours (before 04:00 at the
// venue, schedule.NightOwlHours) continues the evening before, when there
// was an evening before. It is the rule the app's schedule.Event.DayAt
// uses to say which day a moment is on, so a talk is filed under the day
// the app shows when it starts.
package days

import (
	"slices"
	"time"

	"lanyard/store/schedule"
)

// NightOwl is how long after midnight a conference day still runs.
const NightOwl = schedule.NightOwlHours * time.Hour

// Venue is where a file's talks happen: the zone its days are dates in and
// when its day turns over. Make one with At.
type Venue struct {
	// Loc is the venue's zone; nil means UTC.
	Loc *time.Location
	// Turnover is how long after midnight the day before still runs:
	// NightOwl, unless the file says otherwise (Pentabarf's day_change).
	Turnover time.Duration
}

// At is the venue in loc whose day turns over as lanyard's does.
func At(loc *time.Location) Venue {
	return Venue{Loc: loc, Turnover: NightOwl}
}

// Start is what the rule needs of a talk.
type Start struct {
	// At is when the talk starts.
	At time.Time
	// Listed is the date (schedule.DateLayout) the file lists the talk
	// under, "" when it lists none. It is believed when it is the talk's
	// own date or, for a talk in the small hours, the date before; any
	// other listed date (wafer writes the UTC date) is not.
	Listed string
}

// Before reports whether clock, a time after midnight, is before the day
// turns over: "01:30" is the small hours, "09:00" is not.
func (v Venue) Before(clock time.Duration) bool {
	return clock < v.Turnover
}

// SmallHours reports whether t is in the small hours at the venue.
func (v Venue) SmallHours(t time.Time) bool {
	return v.Before(Clock(t.In(v.loc())))
}

// Clock is the time t's clock shows, as a time after midnight.
func Clock(t time.Time) time.Duration {
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute +
		time.Duration(t.Second())*time.Second
}

// Dates returns the conference day of each talk, as schedule.DateLayout.
// A talk is on its venue-local date, except that one in the small hours
// is on the date before when that date holds a talk of its own in the
// daytime, or one the file lists under it: the 01:00 karaoke after the
// conference dinner belongs to the dinner's day. A date with nothing in
// the daytime before keeps its small hours: a day that opens with a 00:30
// hackathon kick-off, or a run of night-only sessions, one day a night
// (counting another night's sessions as "the evening before" would pile
// every night onto the first).
func (v Venue) Dates(talks []Start) []string {
	dates := make([]string, len(talks))
	held := make(map[string]bool, 4)
	var floating []int
	for i, t := range talks {
		local := t.At.In(v.loc())
		date := local.Format(schedule.DateLayout)
		dates[i] = date
		switch {
		case !v.SmallHours(local) || t.Listed == date:
			// In the daytime, or listed under its own date: it stays.
		case t.Listed != "" && t.Listed == dayBefore(local):
			dates[i] = t.Listed
		default:
			// In the small hours: decided once every day is known.
			floating = append(floating, i)
			continue
		}
		held[dates[i]] = true
	}
	for _, i := range floating {
		if prev := dayBefore(talks[i].At.In(v.loc())); held[prev] {
			dates[i] = prev
		}
	}
	return dates
}

// dayBefore is the date before local's, as schedule.DateLayout. It counts
// on the calendar at noon, so a daylight-saving change at midnight cannot
// skip or repeat a date.
func dayBefore(local time.Time) string {
	y, m, d := local.Date()
	return time.Date(y, m, d-1, 12, 0, 0, 0, time.UTC).Format(schedule.DateLayout)
}

func (v Venue) loc() *time.Location {
	if v.Loc == nil {
		return time.UTC
	}
	return v.Loc
}

// Group puts items on their conference days as Dates does, start saying
// what the rule needs of each: the dates in order, and each date's items
// in the order given.
func Group[T any](v Venue, items []T, start func(T) Start) (dates []string, groups [][]T) {
	starts := make([]Start, len(items))
	for i, item := range items {
		starts[i] = start(item)
	}
	return byDate(v.Dates(starts), items)
}

// byDate groups items by their dates, dates[i] being items[i]'s: the
// dates in order, and each date's items in the order given.
func byDate[T any](dates []string, items []T) (keys []string, groups [][]T) {
	count := make(map[string]int, 4)
	for _, date := range dates {
		if count[date] == 0 {
			keys = append(keys, date)
		}
		count[date]++
	}
	slices.Sort(keys)
	at := make(map[string]int, len(keys))
	groups = make([][]T, len(keys))
	for k, date := range keys {
		at[date] = k
		groups[k] = make([]T, 0, count[date])
	}
	for i, date := range dates {
		k := at[date]
		groups[k] = append(groups[k], items[i])
	}
	return keys, groups
}
