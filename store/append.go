package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

// AppendNotes puts clip after the bullets a talk has, as its last
// top-level bullets stamped at, in one transaction: the quick capture of
// lanyard add when no lanyard has the notebook open. The talk must be in
// an event (ErrNotFound otherwise), so that no outline is written for a
// talk nobody can open.
func (nb *Notebook) AppendNotes(talkID uint64, clip outline.Clip, at time.Time) error {
	err := nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		if err := talkExists(b.events, talkID); err != nil {
			return err
		}
		o := outline.New()
		if talk := b.outlines.Bucket(idKey(talkID)); talk != nil {
			nodes, err := readNodes(talk)
			if err != nil {
				return err
			}
			if o, err = outline.AdoptNodes(nodes); err != nil {
				return fmt.Errorf("%w: %w", ErrCorrupt, err)
			}
		}
		o.SetClock(func() time.Time { return at })
		o.AppendClip(clip)
		// The changes include any repair the load made, as a load and a
		// save by the app would write it.
		c := o.TakeChanges()
		return writeChanges(b.outlines, talkID, c.Put, c.Deleted)
	})
	if err != nil {
		return fmt.Errorf("add notes to talk %d: %w", talkID, err)
	}
	return nil
}

// talkExists returns ErrNotFound unless an event has the talk or item.
func talkExists(events *bolt.Bucket, talkID uint64) error {
	evs, err := readEvents(events)
	if err != nil {
		return err
	}
	for _, ev := range evs {
		for _, t := range ev.All() {
			if t.ID == talkID {
				return nil
			}
		}
	}
	return ErrNotFound
}
