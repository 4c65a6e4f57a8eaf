package store

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/schedule"
)

// RemovedTalk is what DeleteTalk took out of the notebook: the talk with
// its items, where it sat, and the records of its notes and Abouts, so
// that RestoreTalk can put all of it back with the same IDs. A user who
// deleted the wrong talk gets it back whole, notes included.
type RemovedTalk struct {
	// EventID is the event the talk was in.
	EventID uint64
	// Date is the talk's day.
	Date string
	// Talk is the talk as stored, with its items.
	Talk schedule.Talk
	// SlotID is the slot the talk was an item of; 0 for a talk.
	SlotID uint64
	// Index is the talk's place among its day's talks, or among its
	// slot's items.
	Index int
	// outlines and abouts are the raw records kept under the talk's ID
	// and its items' IDs, copied out of the transaction.
	outlines map[uint64][]record
	abouts   map[uint64][]byte
}

// record is one key and value of a bucket.
type record struct{ key, value []byte }

// DeleteTalk removes a talk or item from the schedule, with its notes and
// Abouts and those of a slot's items, and returns all of it for
// RestoreTalk. A day left with no talks goes too.
func (nb *Notebook) DeleteTalk(eventID, talkID uint64) (RemovedTalk, error) {
	removed := RemovedTalk{EventID: eventID, outlines: map[uint64][]record{}, abouts: map[uint64][]byte{}}
	err := nb.editEvent(eventID, func(b buckets, ev *schedule.Event) error {
		date, slotID, index, t := locateTalk(ev, talkID)
		if t == nil {
			return ErrNotFound
		}
		removed.Date, removed.SlotID, removed.Index, removed.Talk = date, slotID, index, cloneTalk(*t)
		for _, id := range idsOf(*t) {
			removed.outlines[id] = copyRecords(b.outlines.Bucket(idKey(id)))
			if v := b.abouts.Get(idKey(id)); v != nil {
				removed.abouts[id] = bytes.Clone(v)
			}
			if err := forgetTalk(b, id); err != nil {
				return err
			}
		}
		removeTalk(ev, talkID)
		return nil
	})
	if err != nil {
		return RemovedTalk{}, fmt.Errorf("delete talk %d: %w", talkID, err)
	}
	return removed, nil
}

// RestoreTalk puts back a talk DeleteTalk removed, in one transaction: on
// its day (made again if it went), at its place, with its notes and
// Abouts under the same IDs. It fails, changing nothing, when the event is
// gone, when the slot an item was in is gone, or when the talk is back
// already.
func (nb *Notebook) RestoreTalk(r RemovedTalk) error {
	err := nb.editEvent(r.EventID, func(b buckets, ev *schedule.Event) error {
		for _, id := range idsOf(r.Talk) {
			if findTalk(ev, id) != nil {
				return fmt.Errorf("talk %d is in the schedule already", id)
			}
			if b.outlines.Bucket(idKey(id)) != nil {
				return fmt.Errorf("talk %d has notes already", id)
			}
		}
		if err := putBack(ev, r); err != nil {
			return err
		}
		for id, recs := range r.outlines {
			if err := writeRecords(b.outlines, id, recs); err != nil {
				return err
			}
		}
		for id, v := range r.abouts {
			if err := b.abouts.Put(idKey(id), bytes.Clone(v)); err != nil {
				return fmt.Errorf("put about %d: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("restore talk %d %q: %w", r.Talk.ID, r.Talk.Title, err)
	}
	return nil
}

// putBack inserts the removed talk into ev where it was.
func putBack(ev *schedule.Event, r RemovedTalk) error {
	t := cloneTalk(r.Talk)
	if r.SlotID != 0 {
		slot := findTalk(ev, r.SlotID)
		if slot == nil {
			return fmt.Errorf("its slot %d: %w", r.SlotID, ErrNotFound)
		}
		slot.Items = slices.Insert(slot.Items, min(max(r.Index, 0), len(slot.Items)), t)
		return nil
	}
	d := ev.DayIndex(r.Date)
	if d < 0 {
		insertTalk(ev, r.Date, t)
		return nil
	}
	talks := ev.Days[d].Talks
	ev.Days[d].Talks = slices.Insert(talks, min(max(r.Index, 0), len(talks)), t)
	return nil
}

// locateTalk finds a talk or item in ev: its day, its slot (0 for a
// talk), its place among the day's talks or the slot's items, and a
// pointer to it; t is nil when ev has no such talk.
func locateTalk(ev *schedule.Event, id uint64) (date string, slotID uint64, index int, t *schedule.Talk) {
	for d := range ev.Days {
		day := &ev.Days[d]
		for i := range day.Talks {
			if day.Talks[i].ID == id {
				return day.Date, 0, i, &day.Talks[i]
			}
			for j := range day.Talks[i].Items {
				if day.Talks[i].Items[j].ID == id {
					return day.Date, day.Talks[i].ID, j, &day.Talks[i].Items[j]
				}
			}
		}
	}
	return "", 0, 0, nil
}

// idsOf is a talk's ID and its items'.
func idsOf(t schedule.Talk) []uint64 {
	ids := []uint64{t.ID}
	for _, item := range t.Items {
		ids = append(ids, item.ID)
	}
	return ids
}

// copyRecords copies every record of a talk's outline bucket out of the
// transaction; nil for a talk without one.
func copyRecords(talk *bolt.Bucket) []record {
	if talk == nil {
		return nil
	}
	var out []record
	c := talk.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		out = append(out, record{bytes.Clone(k), bytes.Clone(v)})
	}
	return out
}

// writeRecords makes a talk's outline bucket again from its records.
func writeRecords(outlines *bolt.Bucket, talkID uint64, recs []record) error {
	if len(recs) == 0 {
		return nil
	}
	talk, err := outlines.CreateBucket(idKey(talkID))
	if err != nil {
		return fmt.Errorf("outline of talk %d: %w", talkID, err)
	}
	for _, r := range recs {
		// bbolt keeps keys and values until commit: each gets its own copy.
		if err := talk.Put(bytes.Clone(r.key), bytes.Clone(r.value)); err != nil {
			return fmt.Errorf("outline of talk %d: %w", talkID, err)
		}
	}
	return nil
}
