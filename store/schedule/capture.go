package schedule

import (
	"errors"
	"fmt"
	"time"

	"lanyard/store/fold"
)

// Where notes added from outside the editor go (lanyard add): the talk
// lanyard would open at now, or a free page of today by its title.

// Why notes added from outside have nowhere to go; the errors wrap them
// with the event and the time.
var (
	// ErrNothingOn is TalkToAddTo's answer between the event's days.
	ErrNothingOn = errors.New("nothing is on now")
	// ErrNotInEvent is a talk ID the event does not have.
	ErrNotInEvent = errors.New("no such talk")
)

// TalkToAddTo returns the talk that notes added at now without a place go
// to: the one lanyard opens at start on now's conference day (Opening: the
// talk on now by the on-now rule, wroteLast being the talk the user wrote
// in last, else the next, else the day's last). Between the event's
// days, and on a day with no talks, it returns ErrNothingOn rather than a
// guess that would put notes where the user would not look.
func (e Event) TalkToAddTo(now time.Time, wroteLast uint64) (Talk, error) {
	if _, id, today := e.StartIn(now, wroteLast); today {
		if t, ok := e.TalkOf(id); ok {
			return t, nil
		}
	}
	return Talk{}, fmt.Errorf("%w in %q (it is %s there)", ErrNothingOn, e.Name, now.In(e.Location()).Format("Mon 2 Jan 15:04"))
}

// TalkToAddToByID returns the event's talk or parallel item id, or
// ErrNotInEvent.
func (e Event) TalkToAddToByID(id uint64) (Talk, error) {
	if t, ok := e.TalkOf(id); ok {
		return t, nil
	}
	return Talk{}, fmt.Errorf("%w: %d is not in %q", ErrNotInEvent, id, e.Name)
}

// TalkOf returns the talk or parallel item id of the event, an item with
// its slot's times where it has none of its own.
func (e Event) TalkOf(id uint64) (Talk, bool) {
	if id == 0 {
		return Talk{}, false
	}
	for _, d := range e.Days {
		if t, slot := d.Find(id); t != nil {
			return timed(*t, slot), true
		}
	}
	return Talk{}, false
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
	key := fold.String(title)
	for t := range e.Days[i].All() {
		if t.Kind == KindPage && fold.String(t.Title) == key {
			return *t, true
		}
	}
	return Talk{}, false
}

// Place is where added notes go: a talk or page the event has, or, when
// New, a page to make on Date first.
type Place struct {
	Talk Talk
	New  bool
	Date string
}

// PlaceToAdd decides where notes added at now go: today's free page titled
// page (to be made if there is none) when page is given, else the talk
// talkID when it is not 0, else the talk on now (TalkToAddTo, with the
// talk the user wrote in last, wroteLast, in mind). The app
// and the command ask it alike, so a note lands in the same place
// whichever takes it.
func (e Event) PlaceToAdd(talkID uint64, page string, now time.Time, wroteLast uint64) (Place, error) {
	switch {
	case page != "":
		date, made := e.NewPage(page, now)
		if found, ok := e.FindPage(date, page); ok {
			return Place{Talk: found, Date: date}, nil
		}
		return Place{Talk: made, New: true, Date: date}, nil
	case talkID != 0:
		t, err := e.TalkToAddToByID(talkID)
		return Place{Talk: t}, err
	}
	t, err := e.TalkToAddTo(now, wroteLast)
	return Place{Talk: t}, err
}
