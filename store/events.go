package store

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/schedule"
)

// Events returns every event with its days and talks, the earliest first
// (by first day; events with no days last).
func (nb *Notebook) Events() ([]schedule.Event, error) {
	var evs []schedule.Event
	err := nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		evs, err = readEvents(b.events)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	slices.SortStableFunc(evs, byFirstDay)
	return evs, nil
}

// byFirstDay orders events by their first day, ties and dayless events by
// ID (the order they were made in).
func byFirstDay(a, b schedule.Event) int {
	switch {
	case len(a.Days) == 0 && len(b.Days) > 0:
		return 1
	case len(b.Days) == 0 && len(a.Days) > 0:
		return -1
	case len(a.Days) > 0:
		if c := strings.Compare(a.Days[0].Date, b.Days[0].Date); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID)
}

// Event returns one event; ErrNotFound if there is none with that ID.
func (nb *Notebook) Event(id uint64) (schedule.Event, error) {
	ev, err := nb.lookupEvent(func(events *bolt.Bucket) (schedule.Event, error) {
		return readEvent(events, id)
	})
	if err != nil {
		return schedule.Event{}, fmt.Errorf("event %d: %w", id, err)
	}
	return ev, nil
}

// EventByName returns the event with that name, matched exactly or else
// ignoring case; ErrNotFound if none has it.
func (nb *Notebook) EventByName(name string) (schedule.Event, error) {
	ev, err := nb.lookupEvent(func(events *bolt.Bucket) (schedule.Event, error) {
		return eventNamed(events, name)
	})
	if err != nil {
		return schedule.Event{}, fmt.Errorf("event %q: %w", name, err)
	}
	return ev, nil
}

// lookupEvent runs find over the events bucket in a read transaction.
func (nb *Notebook) lookupEvent(find func(events *bolt.Bucket) (schedule.Event, error)) (schedule.Event, error) {
	var ev schedule.Event
	err := nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		ev, err = find(b.events)
		return err
	})
	return ev, err
}

// CreateEvent stores a new event and returns it with the IDs it was given:
// the event's, and every talk's and item's. IDs the caller set are
// replaced. Days are put in date order and talks in start order.
func (nb *Notebook) CreateEvent(ev schedule.Event) (schedule.Event, error) {
	ev = cloneEvent(ev)
	sortSchedule(&ev)
	err := nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		if ev.ID, err = b.events.NextSequence(); err != nil {
			return fmt.Errorf("next ID: %w", err)
		}
		for _, t := range ev.All() {
			if t.ID, err = b.events.NextSequence(); err != nil {
				return fmt.Errorf("next ID: %w", err)
			}
		}
		return writeEvent(b.events, ev)
	})
	if err != nil {
		return schedule.Event{}, fmt.Errorf("create event %q: %w", ev.Name, err)
	}
	return ev, nil
}

// AddTalk adds a talk (a free page, say) to an event's day, creating the
// day if the event has none with that date, and returns it with its ID.
// It goes after any talks starting at the same time.
func (nb *Notebook) AddTalk(eventID uint64, date string, t schedule.Talk) (schedule.Talk, error) {
	t, err := nb.addTalk(eventID, date, t, nil)
	if err != nil {
		return schedule.Talk{}, fmt.Errorf("add talk %q to event %d on %s: %w", t.Title, eventID, date, err)
	}
	return t, nil
}

// FindTalk finds a talk or parallel item by ID in any event; date is its
// day. ErrNotFound if no event has it.
func (nb *Notebook) FindTalk(id uint64) (ev schedule.Event, date string, t schedule.Talk, err error) {
	err = nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		evs, err := readEvents(b.events)
		if err != nil {
			return err
		}
		for _, e := range evs {
			for d, found := range e.All() {
				if found.ID == id {
					ev, date, t = e, e.Days[d].Date, *found
					return nil
				}
			}
		}
		return ErrNotFound
	})
	if err != nil {
		return schedule.Event{}, "", schedule.Talk{}, fmt.Errorf("find talk %d: %w", id, err)
	}
	return ev, date, t, nil
}

// SetLastOpened records the event the user last had open, for the next
// start. The event must exist.
func (nb *Notebook) SetLastOpened(eventID uint64) error {
	err := nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		if b.events.Get(idKey(eventID)) == nil {
			return ErrNotFound
		}
		return b.meta.Put(lastOpenedKey, idKey(eventID))
	})
	if err != nil {
		return fmt.Errorf("set last opened event %d: %w", eventID, err)
	}
	return nil
}

// LastOpened returns the event SetLastOpened last recorded, 0 when none
// was.
func (nb *Notebook) LastOpened() (uint64, error) {
	var id uint64
	err := nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		v := b.meta.Get(lastOpenedKey)
		if v == nil {
			return nil
		}
		id, err = decodeID(v)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("last opened event: %w", err)
	}
	return id, nil
}

// TalksWithNotes reports which talks and items of an event have notes (at
// least one bullet with text); talks without are absent from the map. It
// looks at each talk's first bullets, never reading whole outlines.
func (nb *Notebook) TalksWithNotes(eventID uint64) (map[uint64]bool, error) {
	out := make(map[uint64]bool)
	err := nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		ev, err := readEvent(b.events, eventID)
		if err != nil {
			return err
		}
		for _, t := range ev.All() {
			if hasNotes(b.outlines, t.ID) {
				out[t.ID] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("talks with notes in event %d: %w", eventID, err)
	}
	return out, nil
}

// readEvents decodes every event, in ID order.
func readEvents(events *bolt.Bucket) ([]schedule.Event, error) {
	var evs []schedule.Event
	err := events.ForEach(func(k, v []byte) error {
		ev, err := decodeEvent(v)
		if err != nil {
			return fmt.Errorf("event %x: %w", k, err)
		}
		evs = append(evs, ev)
		return nil
	})
	return evs, err
}

// readEvent decodes one event; ErrNotFound if it does not exist.
func readEvent(events *bolt.Bucket, id uint64) (schedule.Event, error) {
	v := events.Get(idKey(id))
	if v == nil {
		return schedule.Event{}, ErrNotFound
	}
	return decodeEvent(v)
}

// eventNamed finds an event by exact name, else by name ignoring case.
func eventNamed(events *bolt.Bucket, name string) (schedule.Event, error) {
	evs, err := readEvents(events)
	if err != nil {
		return schedule.Event{}, err
	}
	if i := slices.IndexFunc(evs, func(e schedule.Event) bool { return e.Name == name }); i >= 0 {
		return evs[i], nil
	}
	if i := slices.IndexFunc(evs, func(e schedule.Event) bool { return strings.EqualFold(e.Name, name) }); i >= 0 {
		return evs[i], nil
	}
	return schedule.Event{}, ErrNotFound
}

// writeEvent stores ev under its ID.
func writeEvent(events *bolt.Bucket, ev schedule.Event) error {
	if err := events.Put(idKey(ev.ID), appendEvent(nil, ev)); err != nil {
		return fmt.Errorf("put event %d: %w", ev.ID, err)
	}
	return nil
}

// assignIDs gives a talk and each of its items a fresh ID. Events, talks
// and items share the one sequence, so a talk ID is unique in the whole
// notebook.
func assignIDs(events *bolt.Bucket, t *schedule.Talk) error {
	var err error
	if t.ID, err = events.NextSequence(); err != nil {
		return fmt.Errorf("next ID: %w", err)
	}
	for i := range t.Items {
		if t.Items[i].ID, err = events.NextSequence(); err != nil {
			return fmt.Errorf("next ID: %w", err)
		}
	}
	return nil
}

// insertTalk puts t on the day with that date, making the day (in date
// order) if needed, after every talk that starts no later than t.
func insertTalk(ev *schedule.Event, date string, t schedule.Talk) {
	d := ev.DayIndex(date)
	if d < 0 {
		d, _ = slices.BinarySearchFunc(ev.Days, date, func(day schedule.Day, date string) int {
			return strings.Compare(day.Date, date)
		})
		ev.Days = slices.Insert(ev.Days, d, schedule.Day{Date: date})
	}
	talks := ev.Days[d].Talks
	i := len(talks)
	for i > 0 && talks[i-1].Start.After(t.Start) {
		i--
	}
	ev.Days[d].Talks = slices.Insert(talks, i, t)
}

// sortSchedule puts days in date order and each day's talks in start
// order, keeping the given order among equals.
func sortSchedule(ev *schedule.Event) {
	slices.SortStableFunc(ev.Days, func(a, b schedule.Day) int { return strings.Compare(a.Date, b.Date) })
	for _, d := range ev.Days {
		slices.SortStableFunc(d.Talks, func(a, b schedule.Talk) int { return a.Start.Compare(b.Start) })
	}
}

// cloneEvent copies ev deeply enough that assigning IDs and sorting leave
// the caller's slices alone.
func cloneEvent(ev schedule.Event) schedule.Event {
	ev.Days = slices.Clone(ev.Days)
	for d := range ev.Days {
		ev.Days[d].Talks = slices.Clone(ev.Days[d].Talks)
		for i := range ev.Days[d].Talks {
			ev.Days[d].Talks[i] = cloneTalk(ev.Days[d].Talks[i])
		}
	}
	return ev
}

// cloneTalk copies a talk's slices.
func cloneTalk(t schedule.Talk) schedule.Talk {
	t.Speakers = slices.Clone(t.Speakers)
	t.Items = slices.Clone(t.Items)
	for i := range t.Items {
		t.Items[i].Speakers = slices.Clone(t.Items[i].Speakers)
	}
	return t
}
