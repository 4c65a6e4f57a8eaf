package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"lanyard/store"
	"lanyard/store/owner"
)

// The commands run beside a lanyard that has the notebook open ask it
// through the notebook's socket (see package owner): the reading ones for
// a copy of the notebook, which they read as they would the notebook; the
// writing ones stop before touching anything.

// openFromOwner opens a copy of the notebook at path from the lanyard
// that has it open, as the notebook at path; nil, nil when no lanyard
// answers, and the command opens the notebook itself.
func openFromOwner(path string) (*store.Notebook, error) {
	file, err := copyFromOwner(path)
	if err != nil || file == "" {
		return nil, err
	}
	return store.OpenSnapshot(file, path)
}

// copyFromOwner asks the lanyard that has the notebook at path open for
// a copy of it, into a file private to the user, and returns that file's
// path; "" when no lanyard answers. The caller removes the file.
func copyFromOwner(path string) (string, error) {
	c, err := owner.Dial(path)
	switch {
	case errors.Is(err, owner.ErrNoOwner):
		return "", nil
	case err != nil:
		return "", err
	}
	dir, err := owner.PrivateDir()
	if err != nil {
		return "", err
	}
	removeLeftCopies(dir, time.Now())
	f, err := os.CreateTemp(dir, copyPrefix+"*.db") // 0600
	if err != nil {
		return "", fmt.Errorf("make a file for the copy of %s: %w", path, err)
	}
	err = errors.Join(c.Snapshot(f), f.Close())
	if err != nil {
		return "", errors.Join(fmt.Errorf("copy %s: %w", path, err), os.Remove(f.Name()))
	}
	return f.Name(), nil
}

// copyPrefix starts the name of every copy of a notebook a command reads.
const copyPrefix = "copy-"

// staleCopyAge is how old a copy must be to be taken as left by a
// command that was killed while it read it: reading one takes seconds.
const staleCopyAge = time.Hour

// removeLeftCopies removes the copies in dir that commands killed while
// reading them left behind. Errors are left for the next time: a leftover
// costs only space, and one still open (on Windows) cannot go yet.
func removeLeftCopies(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), copyPrefix) {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < staleCopyAge {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			continue // still there; the next command tries again
		}
	}
}

// refuseBesideOwner stops a command that writes the notebook at path
// while a lanyard has it open, before it reads or writes a thing: two
// processes must never write one notebook. Without an answer from one
// (none runs, or its socket is not to be used) the command goes on, and
// the notebook's lock refuses it if a lanyard holds it after all.
func refuseBesideOwner(path string) error {
	c, err := owner.Dial(path)
	switch {
	case err == nil:
		return fmt.Errorf("lanyard is open on %s (pid %d): quit it (ctrl+c), then run this again", path, c.Pid())
	case errors.Is(err, owner.ErrVersion):
		return fmt.Errorf("lanyard is open on %s: quit it (ctrl+c), then run this again", path)
	}
	return nil
}

// openToWrite opens the user's notebook for a command that writes it,
// refusing while a lanyard has it open.
func (g *globals) openToWrite() (*store.Notebook, error) {
	path, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	if err := refuseBesideOwner(path); err != nil {
		return nil, err
	}
	return g.open()
}
