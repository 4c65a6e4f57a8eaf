package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenReadOnlyCreatesNothingWhereThereIsNoNotebook(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "typo", "notes.db")
	_, err := OpenReadOnly(path)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("OpenReadOnly of a missing notebook: %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "typo")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenReadOnly made the folder of a missing notebook (stat: %v)", err)
	}
}

func TestOpenReadOnlyReadsBesideAnotherReaderAndWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb := openAt(t, path)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	closeNow(t, nb)
	before := readFile(t, path)

	first, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer closeNow(t, first)
	// A second reader shares the lock: two lanyard talks at once, or one
	// beside lanyard check, both read.
	second, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("a second read-only open beside the first: %v", err)
	}
	defer closeNow(t, second)
	got, err := second.EventByName(ev.Name)
	if err != nil || got.ID != ev.ID {
		t.Fatalf("EventByName(%q) = %d, %v; want event %d", ev.Name, got.ID, err, ev.ID)
	}
	if err := second.SetLastOpened(ev.ID); err == nil {
		t.Error("a write to a notebook opened read-only succeeded")
	}
	if after := readFile(t, path); !bytes.Equal(before, after) {
		t.Error("reading a notebook opened read-only changed the file")
	}
}

func TestOpenReadOnlyStillUpgradesAnOlderNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	closeNow(t, openSchemaTest(t, path, firstSchema))
	nb, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer closeNow(t, nb)
	if _, err := nb.Events(); err != nil {
		t.Fatal(err)
	}
}

func TestPermissionDeniedNamesTheFileOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	err := openError(path, &fs.PathError{Op: "open", Path: path, Err: fs.ErrPermission})
	if n := strings.Count(err.Error(), path); n != 2 || !strings.Contains(err.Error(), "ls -l "+path) {
		t.Errorf("message %q names the file %d times, want once and once in the ls -l hint", err, n)
	}
	if !errors.Is(err, fs.ErrPermission) {
		t.Errorf("message %q lost fs.ErrPermission", err)
	}
}

func TestOpenUnchangedRefusesAnOlderNotebookAndLeavesIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	closeNow(t, openSchemaTest(t, path, firstSchema))
	before := readFile(t, path)
	_, err := OpenUnchanged(path)
	if !errors.Is(err, ErrNeedsUpgrade) {
		t.Fatalf("OpenUnchanged of an older notebook: %v, want ErrNeedsUpgrade", err)
	}
	if after := readFile(t, path); !bytes.Equal(before, after) {
		t.Error("OpenUnchanged changed an older notebook")
	}
	// The same notebook once upgraded opens, and reads.
	closeNow(t, openAt(t, path))
	nb, err := OpenUnchanged(path)
	if err != nil {
		t.Fatal(err)
	}
	defer closeNow(t, nb)
	if _, err := nb.Events(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenUnchangedMakesNothingWhereThereIsNoNotebook(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "typo", "notes.db")
	if _, err := OpenUnchanged(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("OpenUnchanged of a missing notebook: %v, want fs.ErrNotExist", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("OpenUnchanged made %v", entries)
	}
}
