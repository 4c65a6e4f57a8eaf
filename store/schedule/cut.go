package schedule

// Cutting an event down to what one export shows: a day, or one talk. The
// results are copies; the event they came from is left as it was.

// OnlyDay returns e with only its i-th day. i must be a valid index.
func (e Event) OnlyDay(i int) Event {
	e.Days = []Day{e.Days[i]}
	return e
}

// OnlyTalk returns e cut down to the day holding talk id and, on it, that
// talk alone. A parallel item stays under its slot (the slot gives it its
// time and place) without the slot's other items. ok is false when no talk
// has that ID.
func (e Event) OnlyTalk(id uint64) (cut Event, ok bool) {
	for _, day := range e.Days {
		talk, slot := day.Find(id)
		if talk == nil {
			continue
		}
		kept := *talk
		if slot != nil {
			kept = *slot
			kept.Items = []Talk{*talk}
		} else {
			kept.Items = nil
		}
		day.Talks = []Talk{kept}
		e.Days = []Day{day}
		return e, true
	}
	return e, false
}
