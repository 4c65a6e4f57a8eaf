package schedule

import (
	"strings"
	"time"
)

// Where notes added from outside the editor go (lanyard add): the talk
// lanyard would open at now, or a free page of today by its title.

// TalkToAddTo returns the talk that notes added at now without a place go
// to: the one lanyard opens at start on now's conference day (Opening: the
// talk on now, else the next, else the day's last). ok is false between
// the event's days and on a day with no talks, where a guess would put
// notes somewhere the user would not look.
func (e Event) TalkToAddTo(now time.Time) (id uint64, ok bool) {
	day, on := e.DayAt(now)
	if !on {
		return 0, false
	}
	id = e.Days[day].Opening(now)
	return id, id != 0
}

// PageDate is the day a free page made at now goes on: now's conference
// day, counting the small hours as the day before, else now's date at the
// venue.
func (e Event) PageDate(now time.Time) string {
	if i, ok := e.DayAt(now); ok {
		return e.Days[i].Date
	}
	return now.In(e.Location()).Format(DateLayout)
}

// NewPage returns a free page titled title made at now, as the new-page
// key makes one, and the date of the day it goes on.
func (e Event) NewPage(title string, now time.Time) (date string, page Talk) {
	now = now.Truncate(time.Minute)
	return e.PageDate(now), Talk{Title: title, Start: now, Kind: KindPage, Manual: true}
}

// FindPage returns the free page titled title (in any case) on the day
// with that date.
func (e Event) FindPage(date, title string) (Talk, bool) {
	i := e.DayIndex(date)
	if i < 0 {
		return Talk{}, false
	}
	for t := range e.Days[i].All() {
		if t.Kind == KindPage && strings.EqualFold(t.Title, title) {
			return *t, true
		}
	}
	return Talk{}, false
}
