package store

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Bucket and key names. They are part of the file format: never rename.
var (
	metaBucket     = []byte("meta")
	eventsBucket   = []byte("events")
	outlinesBucket = []byte("outlines")
	// aboutsBucket holds each talk's About (abstract, links) under its talk
	// ID, apart from the event's record so that opening a schedule never
	// decodes them.
	aboutsBucket = []byte("abouts")
	// syncBucket holds what lanyard sync needs to know the notebook's
	// events, talks and bullets by their sync identities (see syncids.go):
	// sub-buckets syncEvents and syncTalks map a local ID to its sync ID,
	// and syncBullets holds one sub-bucket per talk doing the same for
	// its bullets.
	syncBucket  = []byte("sync")
	syncEvents  = []byte("events")
	syncTalks   = []byte("talks")
	syncBullets = []byte("bullets")

	versionKey    = []byte("version")
	lastOpenedKey = []byte("last_opened")
	// identityKey holds the notebook's identity: random, made when the
	// notebook is (or when a lanyard that knows it first opens an older
	// one), and carried by every copy of it. Backups are told apart by it.
	identityKey = []byte("identity")
)

// migration moves a notebook's data from one schema version to the next,
// inside the transaction that then records the new version.
type migration func(tx *bolt.Tx) error

// schema is the format this binary writes: its version, and the migrations
// that bring an older file up to it.
type schema struct {
	version uint64
	// migrations[n] moves a file from version n to n+1.
	migrations map[uint64]migration
}

// current is the schema of this lanyard. Version 1 is the first; a change
// to the layout or the encodings adds a migration and bumps the version.
//
// Version 2 added bullets' kinds and folds to the node record. Version 1
// records still decode (as plain, unfolded bullets), so its migration
// moves no data; the bump is there so that an older lanyard refuses a
// notebook it would misread, saying it is newer, not damaged.
//
// Version 3 added the abouts bucket. Its migration makes the bucket; the
// bump keeps an older lanyard from re-importing into the notebook and
// leaving the talks' abstracts as they were.
//
// Version 4 added the sync bucket, and the conflict bit of a node's
// flags. The bump keeps an older lanyard from editing a synced notebook
// without keeping its sync identities.
//
// Version 5 writes events in the binary encoding of eventcodec.go instead
// of JSON, which a start spent most of its own time decoding. Its
// migration re-encodes every event; an older lanyard would read the new
// records as damage.
var current = schema{version: 5, migrations: map[uint64]migration{
	1: func(*bolt.Tx) error { return nil },
	2: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(aboutsBucket)
		return err
	},
	3: createSyncBuckets,
	4: encodeEventsBinary,
}}

// encodeEventsBinary rewrites every event record in the binary encoding.
// A record that does not decode stays as it is, for the check to name.
func encodeEventsBinary(tx *bolt.Tx) error {
	events := tx.Bucket(eventsBucket)
	if events == nil {
		return nil
	}
	rewritten := map[string][]byte{}
	err := events.ForEach(func(k, v []byte) error {
		if v == nil {
			return nil
		}
		if ev, err := decodeEvent(v); err == nil {
			rewritten[string(k)] = appendEvent(nil, ev)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	for k, v := range rewritten {
		if err := events.Put([]byte(k), v); err != nil {
			return fmt.Errorf("rewrite event %x: %w", k, err)
		}
	}
	return nil
}

// createSyncBuckets makes the sync bucket and its sub-buckets.
func createSyncBuckets(tx *bolt.Tx) error {
	top, err := tx.CreateBucketIfNotExists(syncBucket)
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", syncBucket, err)
	}
	for _, name := range [][]byte{syncEvents, syncTalks, syncBullets} {
		if _, err := top.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s/%s: %w", syncBucket, name, err)
		}
	}
	return nil
}

// prepare checks the file's version and brings it to s: a new file gets
// the buckets and the version, an older one is migrated, a newer one is
// refused before anything is written.
func (s schema) prepare(db *bolt.DB, path string) error {
	var have uint64
	fresh, identified := false, false
	err := db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			fresh = true
			return nil
		}
		identified = meta.Get(identityKey) != nil
		v, err := decodeID(meta.Get(versionKey))
		if err != nil {
			return damaged(path, "it has no readable schema version", err)
		}
		have = v
		return nil
	})
	switch {
	case err != nil:
		return err
	case fresh:
		if err := db.Update(s.create); err != nil {
			return fmt.Errorf("open %s: %w", path, err)
		}
	case have > s.version:
		return newer(path, have, s.version)
	case have < s.version:
		if err := db.Update(func(tx *bolt.Tx) error { return s.migrate(tx, have) }); err != nil {
			return fmt.Errorf("open %s: %w", path, err)
		}
	}
	if !fresh && !identified {
		if err := db.Update(setIdentity); err != nil {
			return fmt.Errorf("open %s: %w", path, err)
		}
	}
	return nil
}

// setIdentity gives the notebook an identity if it has none.
func setIdentity(tx *bolt.Tx) error {
	meta := tx.Bucket(metaBucket)
	if meta.Get(identityKey) != nil {
		return nil
	}
	id := make([]byte, 16)
	if _, err := rand.Read(id); err != nil {
		return fmt.Errorf("make the notebook's identity: %w", err)
	}
	if err := meta.Put(identityKey, []byte(hex.EncodeToString(id))); err != nil {
		return fmt.Errorf("set the notebook's identity: %w", err)
	}
	return nil
}

// readIdentity returns the notebook's identity, "" if it has none (it was
// made by an older lanyard and not opened since).
func readIdentity(tx *bolt.Tx) string {
	if meta := tx.Bucket(metaBucket); meta != nil {
		return string(meta.Get(identityKey))
	}
	return ""
}

// create lays out an empty notebook.
func (s schema) create(tx *bolt.Tx) error {
	for _, name := range [][]byte{metaBucket, eventsBucket, outlinesBucket, aboutsBucket} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	if err := createSyncBuckets(tx); err != nil {
		return err
	}
	if err := setIdentity(tx); err != nil {
		return err
	}
	return setVersion(tx, s.version)
}

// migrate runs every migration from version have up to s.version in order.
// It all happens in the caller's transaction: a failure leaves the file at
// its old version.
func (s schema) migrate(tx *bolt.Tx, have uint64) error {
	for v := have; v < s.version; v++ {
		step, ok := s.migrations[v]
		if !ok {
			return fmt.Errorf("no migration from schema version %d: %w", v, ErrCorrupt)
		}
		if err := step(tx); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
	}
	return setVersion(tx, s.version)
}

func setVersion(tx *bolt.Tx, v uint64) error {
	if err := tx.Bucket(metaBucket).Put(versionKey, idKey(v)); err != nil {
		return fmt.Errorf("set schema version: %w", err)
	}
	return nil
}

// buckets are the notebook's top-level buckets inside one transaction.
type buckets struct {
	meta, events, outlines *bolt.Bucket
	// abouts is nil only in a read transaction on a file from before
	// schema version 3, which has none.
	abouts *bolt.Bucket
}

// open finds the top-level buckets; Open made sure they exist.
func openBuckets(tx *bolt.Tx) (buckets, error) {
	b := buckets{
		meta:     tx.Bucket(metaBucket),
		events:   tx.Bucket(eventsBucket),
		outlines: tx.Bucket(outlinesBucket),
		abouts:   tx.Bucket(aboutsBucket),
	}
	if b.meta == nil || b.events == nil || b.outlines == nil {
		return b, fmt.Errorf("missing bucket: %w", ErrCorrupt)
	}
	if b.abouts == nil && tx.Writable() {
		var err error
		if b.abouts, err = tx.CreateBucket(aboutsBucket); err != nil {
			return b, fmt.Errorf("create bucket %s: %w", aboutsBucket, err)
		}
	}
	return b, nil
}
