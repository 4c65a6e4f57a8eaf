package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// An existing notebook is opened in two steps. vet opens it read-only and
// looks at it: the header, the length, the schema version, the buckets; a
// file lanyard cannot use is refused before anything could write to it,
// because bbolt writes as it opens a file for writing (it records the free
// pages, and on Windows grows the file to its mapping). Only then is it
// opened for writing. A file that does not exist is made by create.

// vet refuses a file lanyard cannot use, leaving it exactly as it was:
// damaged, another program's, a newer lanyard's, or held by another
// lanyard. When the file is older than s and will be migrated, it is
// backed up first, from the same read-only view, so the backup is the
// notebook exactly as it was before the migration.
func vet(path string, s schema, now time.Time) error {
	db, err := openVetted(path, trustCleanClose)
	if err != nil {
		return err
	}
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			have, fresh, err := readSchema(tx, path, s.version)
			if err != nil || fresh || have >= s.version {
				return err
			}
			if _, err := backupBeforeMigration(tx, path, s.version, now); err != nil {
				return fmt.Errorf("open %s: back up before upgrading it to schema %d (nothing was changed): %w", path, s.version, err)
			}
			return nil
		})
	})
	return errors.Join(asRefusal(path, err), closeDB(db, path))
}

// openReadOnly opens an existing notebook for reading only, sharing the
// lock with other readers: a lanyard that has it open for writing makes it
// ErrLocked. A file of no bytes, one whose header is not bbolt's, and one
// whose pages bbolt could not follow safely (see pages.go) are refused.
// Its pages are walked whatever the clean-close record says: for check,
// and for the commands that read, whose time nobody waits on as on the
// first frame.
func openReadOnly(path string) (*bolt.DB, error) {
	return openVetted(path, walkAlways)
}

// How openVetted treats the clean-close record (see cleanclose.go).
const (
	walkAlways      = false
	trustCleanClose = true
)

// openVetted is openReadOnly, its walk skipped when trust is set and the
// file is as lanyard last closed it clean.
func openVetted(path string, trust bool) (*bolt.DB, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("there is no notebook at %s: %w", path, fs.ErrNotExist)
	}
	if err != nil {
		return nil, err
	}
	if info.Size() == 0 {
		return nil, emptyFile(path)
	}
	// Opening read-only, bbolt reads the header pages (which carry
	// checksums) and nothing else; the lock it takes keeps writers out
	// while the pages are walked.
	db, _, err := boltOpen(path, true)
	if err != nil {
		return nil, err
	}
	if err := vetPages(path, trust); err != nil {
		return nil, errors.Join(err, closeDB(db, path))
	}
	return db, nil
}

// vetPages refuses a file whose pages bbolt could not follow safely. With
// trust, a file lanyard closed clean and nothing changed since is not
// walked.
func vetPages(path string, trust bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	if trust && closedClean(path, f) {
		return nil
	}
	pageWalks.Add(1)
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	l, ok := readLayout(f)
	if !ok {
		return damaged(path, "neither of its header pages is valid", nil)
	}
	problems := walkPages(f, l, info.Size())
	if len(problems) == 0 {
		return nil
	}
	return damagedPages(path, problems)
}

// openWritable opens a notebook vet has passed (or create made) for
// writing, and returns what the file it opened is, for sameFile. When
// path names another file by the time the lock was taken (a restore put a
// new one in place while this open waited for the lock), the database is
// closed and the error wraps ErrReplaced: the caller opens path again.
func openWritable(path string) (*bolt.DB, os.FileInfo, error) {
	db, opened, err := boltOpen(path, false)
	if err != nil {
		return nil, nil, err
	}
	if err := sameFile(path, opened); err != nil {
		return nil, nil, errors.Join(err, closeDB(db, path))
	}
	return db, opened, nil
}

// sameFile returns an error wrapping ErrReplaced if path no longer names
// the file opened: another file is there, or none. It costs one stat. A
// stat that fails otherwise (a folder made unreadable) tells nothing, and
// the file open is then the best place to write.
func sameFile(path string, opened os.FileInfo) error {
	now, err := os.Stat(path)
	switch {
	case err == nil && !os.SameFile(now, opened):
		return fmt.Errorf("%s: %w", path, ErrReplaced)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s is gone: %w", path, ErrReplaced)
	}
	return nil
}

// boltOpen is bolt.Open with lanyard's options, guarded, with its errors
// made into ErrLocked or a refusal that says what is wrong with the file.
// It returns what the file it opened is.
func boltOpen(path string, readOnly bool) (*bolt.DB, os.FileInfo, error) {
	var file *os.File
	opts := &bolt.Options{
		Timeout:  lockTimeout,
		ReadOnly: readOnly,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		},
	}
	var db *bolt.DB
	err := guard(func() error {
		var err error
		db, err = bolt.Open(path, 0o600, opts)
		return err
	})
	var p *panicError
	switch {
	case err == nil:
		info, err := file.Stat()
		if err != nil {
			return nil, nil, errors.Join(fmt.Errorf("open %s: %w", path, err), closeDB(db, path))
		}
		return db, info, nil
	case errors.As(err, &p):
		// bbolt panicked half way and never closed the file; closing it
		// also lets go of the lock.
		var closeErr error
		if file != nil {
			closeErr = file.Close()
		}
		return nil, nil, errors.Join(asRefusal(path, err), closeErr)
	case errors.Is(err, berrors.ErrTimeout):
		return nil, nil, fmt.Errorf("open %s: %w", path, ErrLocked)
	}
	return nil, nil, openError(path, err)
}

// openError says what bbolt's refusal to open path means.
func openError(path string, err error) error {
	var (
		pathErr *fs.PathError
		errno   syscall.Errno
	)
	if errors.As(err, &pathErr) {
		// The system's reason alone: the message names the file once.
		err = pathErr.Err
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("open %s: %w (ls -l %s shows who may read and write it)", path, err, path)
	case pathErr != nil, errors.As(err, &errno):
		return fmt.Errorf("open %s: %w", path, err) // the system's: no such file, no memory
	case errors.Is(err, berrors.ErrInvalid):
		return notBbolt(path, readHead(path), err)
	case errors.Is(err, berrors.ErrChecksum):
		return damaged(path, "its header's checksums do not match", err)
	case errors.Is(err, berrors.ErrVersionMismatch):
		return damaged(path, "its header has a bbolt version lanyard does not know", err)
	case strings.Contains(err.Error(), "file size too small"):
		// bbolt's words (it has no error value for it) for a file cut
		// short before its second header page.
		return damaged(path, "it is cut short: "+err.Error(), err)
	}
	return damaged(path, err.Error(), err)
}

// readHead returns the first bytes of a file, to tell text from garbage;
// nil if it cannot be read.
func readHead(path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil
	}
	return head[:n]
}

// readSchema reads the schema version of the file at path and checks that
// it is a notebook: fresh is a bbolt file with nothing in it yet (made by
// an older lanyard that stopped before laying it out), which Open lays
// out. A version newer than know is refused before anything else is
// looked at, since a newer layout may differ in any way.
func readSchema(tx *bolt.Tx, path string, know uint64) (have uint64, fresh bool, err error) {
	meta := tx.Bucket(metaBucket)
	if meta == nil {
		if k, _ := tx.Cursor().First(); k != nil {
			return 0, false, foreign(path)
		}
		return 0, true, nil
	}
	have, err = decodeID(meta.Get(versionKey))
	switch {
	case err != nil:
		return 0, false, damaged(path, "it has no readable schema version", err)
	case have == 0:
		return 0, false, damaged(path, "its schema version is 0", nil)
	case have > know:
		return have, false, newer(path, have, know)
	}
	for _, name := range [][]byte{eventsBucket, outlinesBucket} {
		if tx.Bucket(name) == nil {
			return have, false, damaged(path, fmt.Sprintf("its %q bucket is missing", name), nil)
		}
	}
	return have, false, nil
}

// create makes a new notebook at path, which does not exist. It is laid
// out in a temporary file and linked into place whole, so that a crash
// never leaves an empty or half-made file under the notebook's name, which
// Open would refuse as a notebook lost. If another lanyard made the file
// meanwhile, that one is kept.
func create(path string, s schema) error {
	tmp, err := tempFile(filepath.Dir(path), filepath.Base(path))
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	name := tmp.Name()
	err = tmp.Close()
	if err == nil {
		err = layOut(name, s)
	}
	if err == nil {
		err = place(name, path, false)
	}
	if errors.Is(err, fs.ErrExist) {
		err = nil
	}
	if err != nil {
		err = fmt.Errorf("create %s: %w", path, err)
	}
	return errors.Join(err, removeIfExists(name))
}

// layOut makes the empty file at path a new notebook of schema s.
func layOut(path string, s schema) error {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		return err
	}
	return errors.Join(db.Update(s.create), db.Close())
}

// closeDB closes a database opened here, saying which.
func closeDB(db *bolt.DB, path string) error {
	if err := db.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	return nil
}
