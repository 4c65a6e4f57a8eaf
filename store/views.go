package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/schedule"
)

// Where the user was in each event (schedule.Resume) is kept in the meta
// bucket under a key per event: a few bytes read once at start. A lanyard
// that does not know these keys ignores them, so they need no schema
// version.

// viewPrefix starts the meta key of an event's Resume; the event's ID
// follows, as 8 bytes.
var viewPrefix = []byte("view/")

// viewKey is the meta key of the event's Resume.
func viewKey(eventID uint64) []byte {
	return append(append([]byte{}, viewPrefix...), idKey(eventID)...)
}

// Resume returns where the user was in the event, the zero Resume when
// lanyard has not recorded it yet.
func (nb *Notebook) Resume(eventID uint64) (schedule.Resume, error) {
	var r schedule.Resume
	err := nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		v := b.meta.Get(viewKey(eventID))
		if v == nil {
			return nil
		}
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		return nil
	})
	if err != nil {
		return schedule.Resume{}, fmt.Errorf("where the user was in event %d: %w", eventID, err)
	}
	return r, nil
}

// SetResume records where the user is in the event. The app sends it
// through the writer (Writer.SaveResume); this is for commands and tests.
func (nb *Notebook) SetResume(eventID uint64, r schedule.Resume) error {
	err := nb.update(func(tx *bolt.Tx) error { return putResumes(tx, map[uint64]schedule.Resume{eventID: r}) })
	if err != nil {
		return fmt.Errorf("record where the user is in event %d: %w", eventID, err)
	}
	return nil
}

// putResumes writes Resumes by event ID. One for an event the notebook
// no longer has is dropped: a Resume never outlives its event.
func putResumes(tx *bolt.Tx, resumes map[uint64]schedule.Resume) error {
	b, err := openBuckets(tx)
	if err != nil {
		return err
	}
	for id, r := range resumes {
		if b.events.Get(idKey(id)) == nil {
			continue
		}
		v, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("event %d: %w", id, err)
		}
		if err := b.meta.Put(viewKey(id), v); err != nil {
			return fmt.Errorf("event %d: %w", id, err)
		}
	}
	return nil
}
