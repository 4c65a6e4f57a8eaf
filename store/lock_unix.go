//go:build !windows && !plan9 && !solaris && !aix && !android

package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// lockNotebook takes the lock bbolt takes on a notebook opened for
// writing (flock, exclusive), so that no lanyard has it open while it is
// replaced; ErrLocked if one does after lockTimeout. A notebook that does
// not exist needs no lock. unlock lets go, and may be called more than
// once.
func lockNotebook(path string) (unlock func() error, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return func() error { return nil }, nil
	}
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockTimeout)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) || time.Now().After(deadline) {
			if errors.Is(err, syscall.EWOULDBLOCK) {
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

// holdTemp takes a lock on a temporary file being written, which its
// process holds until it closes the file or ends however it ends: a
// temporary file nobody holds is one a crash left (see tempInUse).
func holdTemp(f *os.File) error {
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return fmt.Errorf("lock %s: %w", f.Name(), err)
	}
	return nil
}

// tempInUse reports whether a temporary file is still being written: some
// process holds its lock. One that cannot be opened counts as in use.
func tempInUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true
	}
	defer f.Close()
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil
}
