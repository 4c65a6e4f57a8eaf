package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// snapshotOf writes a copy of nb to a file of the test's and returns it.
func snapshotOf(t *testing.T, nb *Notebook) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "copy.db")
	f, err := os.OpenFile(file, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(nb.WriteSnapshot(f), f.Close()); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestASnapshotReadsAsTheNotebookItCopies(t *testing.T) {
	nb := openTest(t)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	talk := ev.Days[0].Talks[0].ID
	writeNotes(t, nb, talk, "kept in the copy")
	file := snapshotOf(t, nb)

	cp, err := OpenSnapshot(file, nb.Path())
	if err != nil {
		t.Fatal(err)
	}
	if cp.Path() != nb.Path() {
		t.Errorf("the copy's path is %s; want the notebook's, %s", cp.Path(), nb.Path())
	}
	if got := notesOf(t, cp, talk); len(got) != 1 || got[0] != "kept in the copy" {
		t.Errorf("the copy's notes are %q", got)
	}
	if _, err := cp.CreateEvent(fixtureEvent(t)); err == nil {
		t.Error("the copy took a write")
	}
	if err := cp.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the copy is left after Close: %v", err)
	}
}

func TestASnapshotThatIsNoNotebookIsRefusedAndRemoved(t *testing.T) {
	nb := openTest(t)
	file := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(file, []byte("not a notebook at all, not even close to one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenSnapshot(file, nb.Path()); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a garbled copy gives %v; want ErrCorrupt", err)
	}
	if _, err := os.Stat(file); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the garbled copy is left: %v", err)
	}
}

func TestCheckOfASnapshotReportsTheNotebook(t *testing.T) {
	nb := openTest(t)
	if _, err := nb.CreateEvent(fixtureEvent(t)); err != nil {
		t.Fatal(err)
	}
	file := snapshotOf(t, nb)
	r, err := CheckSnapshot(file, nb.Path())
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(nb.Path())
	if err != nil {
		t.Fatal(err)
	}
	if r.Path != nb.Path() || r.Size != info.Size() || r.Events != 1 || r.Talks == 0 {
		t.Errorf("check of the copy reports %s, %d bytes, %d events, %d talks; want %s, %d bytes, 1 event and its talks", r.Path, r.Size, r.Events, r.Talks, nb.Path(), info.Size())
	}
}
