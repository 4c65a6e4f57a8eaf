package store

import (
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// The edits below are the ones a user makes to a schedule in the app: a
// mark, a talk added, corrected or deleted. Each is one transaction on the
// event's record; outlines are untouched except by DeleteTalk.

// SetAttended marks a talk or item as one the user goes to, or not.
func (nb *Notebook) SetAttended(eventID, talkID uint64, attended bool) error {
	err := nb.editEvent(eventID, func(_ buckets, ev *schedule.Event) error {
		t := findTalk(ev, talkID)
		if t == nil {
			return ErrNotFound
		}
		t.Attended = attended
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark talk %d attended=%v: %w", talkID, attended, err)
	}
	return nil
}

// SetWatchLater marks a talk or item as one the user means to watch as a
// recording, or not. It is kept apart from Attended: a user may mark both,
// going to one talk and catching the clashing one later.
func (nb *Notebook) SetWatchLater(eventID, talkID uint64, later bool) error {
	err := nb.editEvent(eventID, func(_ buckets, ev *schedule.Event) error {
		t := findTalk(ev, talkID)
		if t == nil {
			return ErrNotFound
		}
		t.WatchLater = later
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark talk %d watch-later=%v: %w", talkID, later, err)
	}
	return nil
}

// AddTalkWithNotes adds a talk, as AddTalk does, with notes: the records
// of a new outline (outline.New, the bullets added, TakeChanges). It is one
// transaction: the talk and its notes are stored together, or neither is.
func (nb *Notebook) AddTalkWithNotes(eventID uint64, date string, t schedule.Talk, notes outline.Changes) (schedule.Talk, error) {
	t, err := nb.addTalk(eventID, date, t, &notes)
	if err != nil {
		return schedule.Talk{}, fmt.Errorf("add talk %q with notes to event %d on %s: %w", t.Title, eventID, date, err)
	}
	return t, nil
}

// addTalk adds a talk to an event's day and, unless notes is nil, its
// notes, in one transaction.
func (nb *Notebook) addTalk(eventID uint64, date string, t schedule.Talk, notes *outline.Changes) (schedule.Talk, error) {
	t = cloneTalk(t)
	err := nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		ev, err := readEvent(b.events, eventID)
		if err != nil {
			return err
		}
		if err := assignIDs(b.events, &t); err != nil {
			return err
		}
		insertTalk(&ev, date, t)
		if err := writeEvent(b.events, ev); err != nil || notes == nil {
			return err
		}
		if err := writeChanges(b.outlines, t.ID, notes.Put, notes.Deleted); err != nil {
			return fmt.Errorf("notes: %w", err)
		}
		if nb.importFault != nil {
			return nb.importFault()
		}
		return nil
	})
	return t, err
}

// UpdateTalk replaces a talk's details (title, times, speakers, room,
// track, kind) with t's and moves it to day date if it changed day. An
// item keeps its place in its slot. The talk is marked Manual, so that a
// re-import never drops it; its notes, ID, items and source ID stay.
func (nb *Notebook) UpdateTalk(eventID uint64, date string, t schedule.Talk) (schedule.Talk, error) {
	var saved schedule.Talk
	err := nb.editEvent(eventID, func(_ buckets, ev *schedule.Event) error {
		old := findTalk(ev, t.ID)
		if old == nil {
			return ErrNotFound
		}
		merged := cloneTalk(*old)
		merged.Title, merged.Start, merged.End = t.Title, t.Start, t.End
		merged.Speakers, merged.Room, merged.Track = slices.Clone(t.Speakers), t.Room, t.Track
		merged.Kind, merged.Attended, merged.Manual = t.Kind, t.Attended, true
		saved = merged
		if isItem(ev, t.ID) {
			*old = merged
			return nil
		}
		removeTalk(ev, t.ID)
		insertTalk(ev, date, merged)
		return nil
	})
	if err != nil {
		return schedule.Talk{}, fmt.Errorf("update talk %d %q: %w", t.ID, t.Title, err)
	}
	return saved, nil
}

// editEvent reads an event, lets edit change it and writes it back, all in
// one transaction: an error from edit changes nothing.
func (nb *Notebook) editEvent(eventID uint64, edit func(buckets, *schedule.Event) error) error {
	return nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		ev, err := readEvent(b.events, eventID)
		if err != nil {
			return err
		}
		if err := edit(b, &ev); err != nil {
			return err
		}
		return writeEvent(b.events, ev)
	})
}

// findTalk returns a pointer into ev to the talk or item with that ID.
func findTalk(ev *schedule.Event, id uint64) *schedule.Talk {
	for _, t := range ev.All() {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// isItem reports whether id is an item inside a slot.
func isItem(ev *schedule.Event, id uint64) bool {
	for _, d := range ev.Days {
		if _, slot := d.Find(id); slot != nil {
			return true
		}
	}
	return false
}

// removeTalk takes the talk or item with that ID out of ev, and the day
// with it if the day is left empty.
func removeTalk(ev *schedule.Event, id uint64) {
	for d := range ev.Days {
		day := &ev.Days[d]
		for i := range day.Talks {
			if day.Talks[i].ID == id {
				day.Talks = slices.Delete(day.Talks, i, i+1)
				if len(day.Talks) == 0 {
					ev.Days = slices.Delete(ev.Days, d, d+1)
				}
				return
			}
			items := day.Talks[i].Items
			if j := slices.IndexFunc(items, func(t schedule.Talk) bool { return t.ID == id }); j >= 0 {
				day.Talks[i].Items = slices.Delete(items, j, j+1)
				return
			}
		}
	}
}
