package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// SyncTx is one transaction of lanyard sync over the notebook: what
// store/notesync needs to read the notebook as its synced form and to
// write a merge into it, with the sync identities it keeps. It is valid
// only inside the function given to SyncView or SyncUpdate; the slices
// and strings it returns are copies that outlive it.
type SyncTx struct {
	tx *bolt.Tx
	b  buckets
	// sync is the sync bucket; nil in a read of a notebook from before
	// schema version 4 (opened without an upgrade), which has none.
	sync *bolt.Bucket
}

// SyncView runs fn over the notebook in one read transaction: a
// consistent picture even while the writer commits keystrokes.
func (nb *Notebook) SyncView(fn func(*SyncTx) error) error {
	err := nb.view(func(tx *bolt.Tx) error {
		st, err := newSyncTx(tx)
		if err != nil {
			return err
		}
		return fn(st)
	})
	if err != nil {
		return fmt.Errorf("read %s for sync: %w", nb.path, err)
	}
	return nil
}

// SyncUpdate runs fn in one write transaction: if fn (or the commit)
// fails, nothing it wrote stays.
func (nb *Notebook) SyncUpdate(fn func(*SyncTx) error) error {
	err := nb.update(func(tx *bolt.Tx) error {
		st, err := newSyncTx(tx)
		if err != nil {
			return err
		}
		if st.sync == nil {
			if err := createSyncBuckets(tx); err != nil {
				return err
			}
			st.sync = tx.Bucket(syncBucket)
		}
		return fn(st)
	})
	if err != nil {
		return fmt.Errorf("write sync into %s: %w", nb.path, err)
	}
	return nil
}

func newSyncTx(tx *bolt.Tx) (*SyncTx, error) {
	b, err := openBuckets(tx)
	if err != nil {
		return nil, err
	}
	return &SyncTx{tx: tx, b: b, sync: tx.Bucket(syncBucket)}, nil
}

// Identity is the notebook's identity (see Notebook.Identity).
func (st *SyncTx) Identity() string { return readIdentity(st.tx) }

// Events returns every event, in ID order.
func (st *SyncTx) Events() ([]schedule.Event, error) { return readEvents(st.b.events) }

// PutEvent stores ev under its ID, replacing what was there.
func (st *SyncTx) PutEvent(ev schedule.Event) error {
	ev = cloneEvent(ev)
	sortSchedule(&ev)
	return writeEvent(st.b.events, ev)
}

// NewID returns a fresh ID for an event or a talk: events and talks share
// one sequence.
func (st *SyncTx) NewID() (uint64, error) {
	id, err := st.b.events.NextSequence()
	if err != nil {
		return 0, fmt.Errorf("next ID: %w", err)
	}
	return id, nil
}

// ForgetTalk removes a deleted talk's bullets and About.
func (st *SyncTx) ForgetTalk(talkID uint64) error { return forgetTalk(st.b, talkID) }

// Nodes returns a talk's bullet records, in ID order.
func (st *SyncTx) Nodes(talkID uint64) ([]outline.Node, error) {
	talk := st.b.outlines.Bucket(idKey(talkID))
	if talk == nil {
		return nil, nil
	}
	nodes, err := readNodes(talk)
	if err != nil {
		return nil, fmt.Errorf("outline of talk %d: %w", talkID, err)
	}
	return nodes, nil
}

// WriteNodes puts and deletes bullet records of a talk.
func (st *SyncTx) WriteNodes(talkID uint64, put []outline.Node, deleted []outline.ID) error {
	if len(put) == 0 && len(deleted) == 0 {
		return nil
	}
	return writeChanges(st.b.outlines, talkID, put, deleted)
}

// SyncIDs are the sync identities a notebook stored, by local ID. A local
// thing absent from them has its default identity (notesync decides it).
type SyncIDs map[uint64]string

// EventIDs returns the stored sync identities of events.
func (st *SyncTx) EventIDs() (SyncIDs, error) { return st.readIDs(st.sub(syncEvents)) }

// TalkIDs returns the stored sync identities of talks.
func (st *SyncTx) TalkIDs() (SyncIDs, error) { return st.readIDs(st.sub(syncTalks)) }

// BulletIDs returns the stored sync identities of a talk's bullets.
func (st *SyncTx) BulletIDs(talkID uint64) (SyncIDs, error) {
	bullets := st.sub(syncBullets)
	if bullets == nil {
		return SyncIDs{}, nil
	}
	return st.readIDs(bullets.Bucket(idKey(talkID)))
}

// SetEventID records an event's sync identity.
func (st *SyncTx) SetEventID(eventID uint64, syncID string) error {
	return putID(st.sub(syncEvents), eventID, syncID)
}

// SetTalkID records a talk's sync identity.
func (st *SyncTx) SetTalkID(talkID uint64, syncID string) error {
	return putID(st.sub(syncTalks), talkID, syncID)
}

// SetBulletID records the sync identity of a bullet of a talk.
func (st *SyncTx) SetBulletID(talkID uint64, bulletID outline.ID, syncID string) error {
	talk, err := st.sub(syncBullets).CreateBucketIfNotExists(idKey(talkID))
	if err != nil {
		return fmt.Errorf("sync bullets of talk %d: %w", talkID, err)
	}
	return putID(talk, uint64(bulletID), syncID)
}

// ForgetBulletIDs drops the sync identities of a talk's bullets, for a
// talk that is gone.
func (st *SyncTx) ForgetBulletIDs(talkID uint64) error {
	bullets := st.sub(syncBullets)
	if bullets.Bucket(idKey(talkID)) == nil {
		return nil
	}
	if err := bullets.DeleteBucket(idKey(talkID)); err != nil {
		return fmt.Errorf("forget sync bullets of talk %d: %w", talkID, err)
	}
	return nil
}

// sub returns a sub-bucket of the sync bucket, nil if there is none.
func (st *SyncTx) sub(name []byte) *bolt.Bucket {
	if st.sync == nil {
		return nil
	}
	return st.sync.Bucket(name)
}

func (st *SyncTx) readIDs(b *bolt.Bucket) (SyncIDs, error) {
	ids := SyncIDs{}
	if b == nil {
		return ids, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		id, err := decodeID(k)
		if err != nil {
			return fmt.Errorf("sync identity key: %w", err)
		}
		ids[id] = string(v)
		return nil
	})
	return ids, err
}

func putID(b *bolt.Bucket, id uint64, syncID string) error {
	if b == nil {
		return fmt.Errorf("no sync bucket: %w", ErrCorrupt)
	}
	if err := b.Put(idKey(id), []byte(syncID)); err != nil {
		return fmt.Errorf("put sync identity of %d: %w", id, err)
	}
	return nil
}
