package store

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// OpenReadOnly opens an existing notebook for reading only, for commands
// that list or export: it creates nothing (no file, no folder) and
// writes nothing, so a mistyped path stays a mistake and a notebook the
// user may only read (chmod 0400, a read-only mount) can still be read.
// A path with no file gives an error that wraps fs.ErrNotExist. It shares
// the lock with other readers; a lanyard that has the notebook open for
// writing makes it ErrLocked, as Open does. A damaged or foreign file is
// refused as Open refuses it. A notebook of an older schema is opened
// with Open instead, which upgrades it, since its records may need the
// migration to be read right.
//
// Every write to the returned notebook fails.
func OpenReadOnly(path string) (*Notebook, error) {
	db, err := openReadOnly(path)
	if err != nil {
		return nil, err
	}
	var upgrade bool
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			have, fresh, err := readSchema(tx, path, current.version)
			upgrade = fresh || have < current.version
			return err
		})
	})
	if err != nil {
		return nil, errors.Join(asRefusal(path, err), closeDB(db, path))
	}
	if upgrade {
		if err := closeDB(db, path); err != nil {
			return nil, err
		}
		return Open(path)
	}
	return &Notebook{db: db, path: path}, nil
}

// OpenUnchanged opens an existing notebook for reading as OpenReadOnly
// does, but leaves the file exactly as it was in every case: a notebook
// that needs an upgrade is refused with ErrNeedsUpgrade instead, and a
// notebook lanyard closed clean is not walked page by page, so that the
// open stays quick at any size. It is for the shell's completion, which
// runs at a keypress and must never change a notebook.
func OpenUnchanged(path string) (*Notebook, error) {
	db, err := openVetted(path, trustCleanClose)
	if err != nil {
		return nil, err
	}
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			have, fresh, err := readSchema(tx, path, current.version)
			if err == nil && (fresh || have < current.version) {
				err = fmt.Errorf("%s: %w", path, ErrNeedsUpgrade)
			}
			return err
		})
	})
	if err != nil {
		return nil, errors.Join(asRefusal(path, err), closeDB(db, path))
	}
	return &Notebook{db: db, path: path}, nil
}
