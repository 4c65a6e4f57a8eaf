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
