package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/schedule"
)

// About returns what the schedule said a talk is about; the zero About if
// it said nothing or there is no such talk.
func (nb *Notebook) About(talkID uint64) (schedule.About, error) {
	var a schedule.About
	err := nb.view(func(tx *bolt.Tx) error {
		var err error
		a, err = readAbout(tx.Bucket(aboutsBucket), talkID)
		return err
	})
	if err != nil {
		return a, fmt.Errorf("about talk %d: %w", talkID, err)
	}
	return a, nil
}

// Abouts returns the About of every talk of an event that has one, by
// talk ID. It reads a conference's worth of text: call it off the path to
// the first frame.
func (nb *Notebook) Abouts(eventID uint64) (map[uint64]schedule.About, error) {
	out := make(map[uint64]schedule.About)
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
			a, err := readAbout(b.abouts, t.ID)
			if err != nil {
				return err
			}
			if !a.IsZero() {
				out[t.ID] = a
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("abouts of event %d: %w", eventID, err)
	}
	return out, nil
}

// readAbout decodes one talk's About; abouts may be nil (an older file).
func readAbout(abouts *bolt.Bucket, talkID uint64) (schedule.About, error) {
	var a schedule.About
	if abouts == nil {
		return a, nil
	}
	v := abouts.Get(idKey(talkID))
	if v == nil {
		return a, nil
	}
	if err := json.Unmarshal(v, &a); err != nil {
		return a, fmt.Errorf("about %d: %w: %w", talkID, ErrCorrupt, err)
	}
	return a, nil
}

// writeAbout stores a talk's About, or removes it when a is zero.
func writeAbout(abouts *bolt.Bucket, talkID uint64, a schedule.About) error {
	if a.IsZero() {
		return abouts.Delete(idKey(talkID))
	}
	v, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode about %d: %w", talkID, err)
	}
	if err := abouts.Put(idKey(talkID), v); err != nil {
		return fmt.Errorf("put about %d: %w", talkID, err)
	}
	return nil
}

// writeImportedAbouts stores the About of each talk an import brought (a
// non-nil About, zero when the source said nothing, which clears an old
// one) and leaves alone the talks it kept from before (nil).
func writeImportedAbouts(abouts *bolt.Bucket, ev *schedule.Event) error {
	for _, t := range ev.All() {
		if t.About == nil {
			continue
		}
		if err := writeAbout(abouts, t.ID, *t.About); err != nil {
			return err
		}
		t.About = nil
	}
	return nil
}

// forgetTalk removes what the notebook keeps under a deleted talk's ID:
// its bullets and its About.
func forgetTalk(b buckets, talkID uint64) error {
	if err := deleteOutline(b.outlines, talkID); err != nil {
		return err
	}
	if err := b.abouts.Delete(idKey(talkID)); err != nil {
		return fmt.Errorf("delete about %d: %w", talkID, err)
	}
	return nil
}

// Identity returns the notebook's identity: random, made when the notebook
// was created and shared by its backups, so that what is made from the
// notebook (an export's UIDs) can be told from another notebook's. It is
// "" for a notebook an older lanyard made and only read since.
func (nb *Notebook) Identity() (string, error) {
	var id string
	err := nb.view(func(tx *bolt.Tx) error {
		id = readIdentity(tx)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("identity: %w", err)
	}
	return id, nil
}
