package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// lockNotebook takes the lock bbolt takes on a notebook opened for
// writing (LockFileEx, exclusive, on the byte range bbolt uses), so that
// no lanyard has it open while it is replaced; ErrLocked if one does after
// lockTimeout. A notebook that does not exist needs no lock. unlock lets
// go, and may be called more than once.
func lockNotebook(path string) (unlock func() error, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return func() error { return nil }, nil
	}
	if err != nil {
		return nil, err
	}
	const allOnes = 1<<32 - 1 // bbolt locks one byte at offset -1
	deadline := time.Now().Add(lockTimeout)
	for {
		err = windows.LockFileEx(windows.Handle(f.Fd()),
			windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
			&windows.Overlapped{Offset: allOnes, OffsetHigh: allOnes})
		if err == nil {
			break
		}
		if !errors.Is(err, windows.ERROR_LOCK_VIOLATION) || time.Now().After(deadline) {
			if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
				err = ErrLocked
			}
			return nil, errors.Join(fmt.Errorf("lock %s: %w", path, err), f.Close())
		}
		time.Sleep(lockPoll)
	}
	closed := false
	return func() error {
		if closed {
			return nil
		}
		closed = true
		return f.Close() // closing the file lets go of the lock
	}, nil
}

// holdTemp does nothing here: tempInUse goes by the file's age instead.
func holdTemp(*os.File) error { return nil }

// tempInUse reports whether a temporary file may still be being written:
// without a lock to ask, one untouched for staleTempAge is taken as left
// by a crash.
func tempInUse(path string) bool {
	info, err := os.Stat(path)
	return err != nil || time.Since(info.ModTime()) < staleTempAge
}
