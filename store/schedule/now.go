package schedule

import "time"

// What is on now: the one rule lanyard uses to open a talk at start, to
// follow the day, to jump to now and to add a note to "the talk on now".

// OnNow returns the talk on at t and the index of its day: the day t falls
// on in venue time (the small hours count to the day before while a talk
// still runs), and on it the talk running at t, from its start up to but
// not including its end; a talk with no end runs for half an hour. Among
// talks running at once it picks by the on-now rule (see onNow), knowing
// nothing of where the user wrote last.
//
// ok is false when nothing runs at t: before the day's first talk, after
// its last, between two, or on no day of the event.
func (e Event) OnNow(t time.Time) (day int, talk uint64, ok bool) {
	day, on := e.DayAt(t)
	if !on {
		return 0, 0, false
	}
	talk = e.Days[day].onNow(t, 0)
	return day, talk, talk != 0
}

// NowAndNext returns the ID of the talk running at t (by OnNow's rule) and
// of the next one to start after t, each 0 when there is none. Among talks
// that start together the attended one is next, else the first listed.
func (d Day) NowAndNext(t time.Time) (now, next uint64) {
	var nextStart time.Time
	var nextAttended bool
	for _, talk := range d.Talks {
		if !talk.Start.After(t) {
			continue
		}
		id, attended := talk.focus()
		switch {
		case next == 0:
			next, nextStart, nextAttended = id, talk.Start, attended
		case talk.Start.Equal(nextStart) && attended && !nextAttended:
			next, nextAttended = id, true
		}
	}
	return d.onNow(t, 0), next
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

// Opening returns the talk lanyard should open at t on this day: the one
// on now by the on-now rule (wroteLast is the talk or item the user wrote
// in last, 0 for none), else the next, else the last of the day; 0 for an
// empty day.
func (d Day) Opening(t time.Time, wroteLast uint64) uint64 {
	_, next := d.NowAndNext(t)
	now := d.onNow(t, wroteLast)
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

// IsOn reports whether the talk or parallel item with the given ID runs at
// t; an item with no times of its own runs when its slot does.
func (e Event) IsOn(id uint64, t time.Time) bool {
	talk, ok := e.TalkOf(id)
	return ok && talk.OnAt(t)
}

// timed returns a talk with its slot's times when it has none of its own.
func timed(t Talk, slot *Talk) Talk {
	if slot != nil && t.Start.IsZero() {
		t.Start, t.End = slot.Start, slot.End
	}
	return t
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
