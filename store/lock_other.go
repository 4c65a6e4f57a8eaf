//go:build plan9 || solaris || aix || android

package store

import (
	"os"
	"time"
)

// lockNotebook cannot take bbolt's lock on these systems (bbolt uses
// fcntl or nothing there); Restore then relies on the user having closed
// lanyard.
func lockNotebook(string) (unlock func() error, err error) {
	return func() error { return nil }, nil
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
