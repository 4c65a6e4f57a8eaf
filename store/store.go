// Package store keeps lanyard's notebook in one bbolt file: the events with
// their schedules, and one outline of bullets per talk. Every operation is a
// single bbolt transaction, so a crash leaves either all of an operation or
// none of it. Edits made while typing go through a Writer, the one goroutine
// that coalesces and commits them off the UI.
//
// Layout: bucket "meta" holds the schema version and the last opened event;
// bucket "events" maps an 8-byte big-endian event ID to the event as JSON;
// bucket "outlines" holds one sub-bucket per talk (8-byte big-endian talk
// ID) mapping node IDs to nodes in the compact encoding of codec.go.
package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"
	bolt "go.etcd.io/bbolt"
)

// lockTimeout is how long Open waits for another process to let go of the
// file before reporting ErrLocked. bbolt polls the lock every 50 ms and
// gives up only after the whole timeout, so half a second keeps the promise
// that a second lanyard hears "open elsewhere" in well under a second.
const lockTimeout = 500 * time.Millisecond

// lockPoll is how often Restore tries the lock again, as bbolt does.
const lockPoll = 50 * time.Millisecond

// reopenFor bounds how long Open keeps opening the notebook again because
// the file it locked was replaced meanwhile: a restore replaces it once,
// so a second try nearly always holds.
const reopenFor = 5 * time.Second

// Notebook is an open notebook file. Its methods are safe for concurrent
// use: bbolt serialises writers and lets readers run beside them.
type Notebook struct {
	db   *bolt.DB
	path string
	// opened is the file db has open: every write transaction first checks
	// that path still names it (see sameFile).
	opened os.FileInfo
	// importFault, when set by a test, fails ImportEvent and
	// AddTalkWithNotes after all of their writes, to show that the
	// transaction then leaves nothing behind.
	importFault func() error
	// writeFault, when set by a test before NewWriter, is called inside
	// each writer commit after its writes; an error rolls the commit back,
	// as a full or failing disk would.
	writeFault func() error
	// snapshot is the copy of the notebook at path this one was read
	// from, removed on Close; "" when it is the file at path itself.
	snapshot string
}

// DefaultPath returns where the notebook lives when no path is given:
// $XDG_DATA_HOME/lanyard/lanyard.db. It creates nothing; Open does.
func DefaultPath() (string, error) {
	if xdg.DataHome == "" {
		return "", errors.New("default notebook path: no data directory (set XDG_DATA_HOME or HOME)")
	}
	return filepath.Join(xdg.DataHome, "lanyard", "lanyard.db"), nil
}

// Open opens the notebook at path, creating it (and its folder, private to
// the user) if it does not exist, and upgrading its schema if it was
// written by an older lanyard, after backing it up (see Backups). A
// notebook held by another process gives ErrLocked after about half a
// second. A file lanyard cannot use is refused without a byte of it
// changed, with an error worded for the user that says what is wrong and
// what to do: ErrNewerFormat for a newer lanyard's, ErrCorrupt for an
// empty, cut short, garbled or foreign file. Open never panics on a
// damaged file, and neither do the notebook's reads and writes.
func Open(path string) (*Notebook, error) {
	return openSchema(path, current)
}

// openSchema is Open with the schema to bring the file to; tests pass a
// fake one to exercise migrations.
func openSchema(path string, s schema) (*Notebook, error) {
	// Only a folder we create gets 0700: an existing one is the user's
	// choice, and tightening it could break whatever else lives there.
	if err := privateDir(filepath.Dir(path)); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	deadline := time.Now().Add(reopenFor)
	for {
		db, opened, err := openOnce(path, s)
		switch {
		case err == nil:
			return &Notebook{db: db, path: path, opened: opened}, nil
		case !errors.Is(err, ErrReplaced):
			return nil, err
		case time.Now().After(deadline):
			return nil, fmt.Errorf("open %s: it was replaced each time lanyard opened it for %v (a restore, or a sync tool?); try again: %w",
				path, reopenFor, err)
		}
	}
}

// openOnce vets (or creates) the file at path, opens it for writing and
// brings it to schema s. An error wrapping ErrReplaced means path named
// another file by the time the lock was taken: open it again.
func openOnce(path string, s schema) (*bolt.DB, os.FileInfo, error) {
	_, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err = create(path, s)
	case err == nil:
		err = vet(path, s, time.Now())
	}
	if err != nil {
		return nil, nil, err
	}
	db, opened, err := openWritable(path)
	if err != nil {
		return nil, nil, err
	}
	if err := guard(func() error { return errors.Join(repairHeader(db, path), s.prepare(db, path)) }); err != nil {
		return nil, nil, errors.Join(asRefusal(path, err), db.Close())
	}
	return db, opened, nil
}

// view runs fn in a read transaction, guarded: a damaged page gives
// ErrCorrupt, not a crash.
func (nb *Notebook) view(fn func(tx *bolt.Tx) error) error {
	return guard(func() error { return nb.db.View(fn) })
}

// update runs fn in a write transaction, guarded like view; bbolt rolls
// the transaction back before the panic reaches the guard. It first checks
// that the notebook's path still names the file open (one stat): a file
// replaced or moved away is not written to, and the error wraps
// ErrReplaced.
func (nb *Notebook) update(fn func(tx *bolt.Tx) error) error {
	if nb.opened != nil {
		if err := sameFile(nb.path, nb.opened); err != nil {
			return err
		}
	}
	return guard(func() error { return nb.db.Update(fn) })
}

// Close closes the file and releases the lock. A Writer made from the
// notebook must be closed first.
//
// A notebook opened for writing leaves a clean-close record beside the
// file (see cleanclose.go), which spares the next open its page walk.
func (nb *Notebook) Close() error {
	var mark []byte
	if nb.snapshot == "" && !nb.db.IsReadOnly() {
		// Taken before the lock goes: no other lanyard writes meanwhile.
		mark = markClean(nb.path)
	}
	if err := nb.db.Close(); err != nil {
		return errors.Join(fmt.Errorf("close %s: %w", nb.path, err), nb.removeSnapshot())
	}
	if mark != nil {
		recordClean(nb.path, mark)
	}
	return nb.removeSnapshot()
}

// removeSnapshot removes the copy a notebook from OpenSnapshot was read
// from; it is nothing for a notebook opened from its own file.
func (nb *Notebook) removeSnapshot() error {
	if nb.snapshot == "" {
		return nil
	}
	return removeIfExists(nb.snapshot)
}

// Path returns the file the notebook was opened from.
func (nb *Notebook) Path() string { return nb.path }
