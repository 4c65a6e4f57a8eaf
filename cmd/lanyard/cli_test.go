package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// These tests run lanyard's commands in-process, through run, on a
// notebook of their own, and read what a user would read.

// harbourFile is the fixture schedule: two days of invented talks.
const harbourFile = "testdata/harbour.txt"

// result is what one lanyard command printed and how it exited.
type result struct {
	stdout, stderr string
	code           int
}

// lanyard runs lanyard with args against the notebook at db.
func lanyard(t *testing.T, db string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"--db", db}, args...), &out, &errOut)
	return result{stdout: out.String(), stderr: errOut.String(), code: code}
}

// mustLanyard runs lanyard and fails the test unless it succeeded.
func mustLanyard(t *testing.T, db string, args ...string) string {
	t.Helper()
	r := lanyard(t, db, args...)
	if r.code != 0 {
		t.Fatalf("lanyard %v: exit %d\nstderr: %s", args, r.code, r.stderr)
	}
	if r.stderr != "" {
		t.Errorf("lanyard %v wrote to stderr on success: %q", args, r.stderr)
	}
	return r.stdout
}

// mustFail runs lanyard, fails the test unless it exited 1 with a message
// on stderr and nothing on stdout, and returns the message.
func mustFail(t *testing.T, db string, args ...string) string {
	t.Helper()
	r := lanyard(t, db, args...)
	if r.code != 1 {
		t.Fatalf("lanyard %v: exit %d, want 1\nstdout: %s", args, r.code, r.stdout)
	}
	if !strings.HasPrefix(r.stderr, "lanyard: ") {
		t.Errorf("lanyard %v: stderr %q does not start with \"lanyard: \"", args, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("lanyard %v failed but wrote to stdout: %q", args, r.stdout)
	}
	return r.stderr
}

// newDB returns the path of a notebook that does not exist yet.
func newDB(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "notes.db")
}

// emptyDB returns the path of a notebook that exists and holds nothing.
func emptyDB(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	withNotebook(t, db, func(*store.Notebook) {})
	return db
}

// importHarbour imports the fixture as "Harbour Ops Days" in Lisbon time
// into a fresh notebook and returns the notebook's path.
func importHarbour(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	return db
}

// writeFile writes a fixture of the test's own into its temp folder.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// withNotebook opens the notebook at db for f and closes it after, so the
// next command can open it.
func withNotebook(t *testing.T, db string, f func(nb *store.Notebook)) {
	t.Helper()
	nb, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := nb.Close(); err != nil {
			t.Error(err)
		}
	}()
	f(nb)
}

// events lists the notebook's events as the store holds them.
func events(t *testing.T, db string) []sched.Event {
	t.Helper()
	var evs []sched.Event
	withNotebook(t, db, func(nb *store.Notebook) {
		var err error
		if evs, err = nb.Events(); err != nil {
			t.Fatal(err)
		}
	})
	return evs
}

// talkID finds the ID of the talk or item titled title in any event.
func talkID(t *testing.T, db, title string) uint64 {
	t.Helper()
	for _, ev := range events(t, db) {
		for _, d := range ev.Days {
			for _, talk := range d.Talks {
				if talk.Title == title {
					return talk.ID
				}
				for _, item := range talk.Items {
					if item.Title == title {
						return item.ID
					}
				}
			}
		}
	}
	t.Fatalf("no talk titled %q", title)
	return 0
}

// bullet is one line of notes to save: its text and how deep it sits.
type bullet struct {
	depth int
	text  string
}

// saveNotes appends bullets to a talk's outline, as typing them would.
func saveNotes(t *testing.T, db string, talk uint64, bullets ...bullet) {
	t.Helper()
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range bullets {
			row := o.Append(b.text)
			for range b.depth {
				if !o.Indent(row) {
					t.Fatalf("cannot indent %q to depth %d", b.text, b.depth)
				}
			}
		}
		if err := nb.SaveOutline(talk, o.TakeChanges()); err != nil {
			t.Fatal(err)
		}
	})
}

// notesOf returns a talk's bullets, indented two spaces a level.
func notesOf(t *testing.T, db string, talk uint64) []string {
	t.Helper()
	var lines []string
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		lines = outlineLines(o)
	})
	return lines
}

func outlineLines(o *doc.Outline) []string {
	var lines []string
	for i := range o.Len() {
		n := o.At(i)
		lines = append(lines, strings.Repeat("  ", n.Depth)+n.Text)
	}
	return lines
}
