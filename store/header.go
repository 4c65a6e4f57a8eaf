package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// A bbolt file has two header pages (0 and 1) and writes each commit's
// header into the older one, so a header zeroed or garbled (a torn write,
// a bad copy) loses nothing while the other is sound: bbolt reads the
// sound one, and the next commit writes over the broken one. lanyard
// repairs it at once when it opens the notebook for writing, and check
// says so rather than failing on it: bbolt's own check stops at the first
// header page it cannot read.

// brokenHeader returns which header page of the file at path is broken
// while the other is sound (0 or 1), and the page size; ok is false when
// both are sound, or both are broken (and the file is refused anyway).
func brokenHeader(path string) (page int, pageSize uint64, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	size := readMetaSize(f)
	_, _, first := readMeta(f, 0)
	_, _, second := readMeta(f, int64(size))
	switch {
	case first && !second:
		return 1, size, true
	case second && !first:
		return 0, size, true
	}
	return 0, 0, false
}

// headerWarning is what check says of a broken header page.
func headerWarning(page int) string {
	return fmt.Sprintf("its header page %d is unreadable (zeroed or garbled); the other header is sound and nothing is lost: "+
		"lanyard rewrites it the next time it opens the notebook (lanyard backup does)", page)
}

// repairHeader writes the broken header page of an open notebook, if it
// has one, by committing an empty transaction: bbolt writes the new
// header into the older page, which is the broken one.
func repairHeader(db *bolt.DB, path string) error {
	if _, _, broken := brokenHeader(path); !broken {
		return nil
	}
	if err := db.Update(func(*bolt.Tx) error { return nil }); err != nil {
		return fmt.Errorf("repair the header of %s: %w", path, err)
	}
	return nil
}

// checkPagesMended runs bbolt's check of the pages of the file at path,
// whose header page broken is broken, on a copy with that header mended
// from the sound one: bbolt's check reads both headers and stops at a
// broken one, and would check nothing else. It returns what it found.
func checkPagesMended(path string, broken int, pageSize uint64) ([]string, error) {
	tmp, err := os.CreateTemp("", "lanyard-check-*.db")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	err = mendedCopy(path, tmp, broken, pageSize)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return nil, err
	}
	db, err := bolt.Open(tmp.Name(), 0o600, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
	if err != nil {
		return nil, err
	}
	var problems []string
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				problems = append(problems, err.Error())
			}
			return nil
		})
	})
	if closeErr := db.Close(); err == nil && !errors.Is(closeErr, berrors.ErrDatabaseNotOpen) {
		err = closeErr
	}
	return problems, err
}

// mendedCopy copies the file at path to dst with the broken header page
// replaced by the sound one, renumbered: the header's checksum does not
// cover the page number, so the copy is a file bbolt reads whole.
func mendedCopy(path string, dst *os.File, broken int, pageSize uint64) error {
	src, err := os.Open(path)
	if err != nil {
		return err
	}
	defer src.Close()
	if _, err := io.Copy(dst, src); err != nil {
		return err
	}
	sound := make([]byte, pageSize)
	if _, err := src.ReadAt(sound, int64(1-broken)*int64(pageSize)); err != nil {
		return err
	}
	binary.NativeEndian.PutUint64(sound, uint64(broken))
	_, err = dst.WriteAt(sound, int64(broken)*int64(pageSize))
	return err
}
