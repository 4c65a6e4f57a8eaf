package store

import (
	"errors"
	"fmt"
	"io"
	"os"

	bolt "go.etcd.io/bbolt"
)

// WriteSnapshot writes a consistent copy of the notebook to w, from one
// read transaction: the notebook as of one instant, while the writer
// keeps committing. It is what a running lanyard hands the commands run
// beside it (see package owner).
func (nb *Notebook) WriteSnapshot(w io.Writer) error {
	err := nb.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(w)
		return err
	})
	if err != nil {
		return fmt.Errorf("copy %s: %w", nb.path, err)
	}
	return nil
}

// OpenSnapshot opens file, a copy WriteSnapshot made of the notebook at
// realPath, for reading only, as the notebook at realPath: Path, the
// messages and the backups folder are realPath's, so that a command reads
// the copy and says exactly what it says of the notebook itself. Close
// closes the copy and removes file. A copy lanyard cannot read, or one of
// an older schema (which the running lanyard would have upgraded), is
// refused, and file is removed then too.
func OpenSnapshot(file, realPath string) (*Notebook, error) {
	db, err := openReadOnly(file)
	if err != nil {
		return nil, errors.Join(err, removeIfExists(file))
	}
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			have, fresh, err := readSchema(tx, realPath, current.version)
			if err == nil && (fresh || have < current.version) {
				err = fmt.Errorf("the copy of %s that the running lanyard sent is of schema %d, not %d: %w", realPath, have, current.version, ErrCorrupt)
			}
			return err
		})
	})
	if err != nil {
		return nil, errors.Join(asRefusal(realPath, err), closeDB(db, file), removeIfExists(file))
	}
	return &Notebook{db: db, path: realPath, snapshot: file}, nil
}

// CheckSnapshot is Check of file, a copy WriteSnapshot made of the
// notebook at realPath, reporting realPath and its size on disk, so that
// lanyard check says the same of a notebook open in a running lanyard as
// of one closed. It leaves file for the caller to remove.
func CheckSnapshot(file, realPath string) (Report, error) {
	r, err := check(file, realPath)
	if info, statErr := os.Stat(realPath); statErr == nil {
		r.Size = info.Size()
	}
	return r, err
}
