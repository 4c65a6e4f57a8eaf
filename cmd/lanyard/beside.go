package main

import (
	"errors"
	"fmt"
	"os"

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
	f, err := os.CreateTemp(dir, "copy-*.db") // 0600
	if err != nil {
		return "", fmt.Errorf("make a file for the copy of %s: %w", path, err)
	}
	err = errors.Join(c.Snapshot(f), f.Close())
	if err != nil {
		return "", errors.Join(fmt.Errorf("copy %s from the lanyard that has it open (pid %d): %w", path, c.Pid(), err), os.Remove(f.Name()))
	}
	return f.Name(), nil
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
