package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/adrg/xdg"

	"lanyard/store"
)

// readingCommands are the commands that only read the notebook.
var readingCommands = [][]string{{"events"}, {"talks"}, {"export"}}

func TestReadingCommandsOnAMistypedDBSaySoAndCreateNothing(t *testing.T) {
	for _, args := range readingCommands {
		t.Run(args[0], func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "typo", "notes.db")
			msg := mustFail(t, db, args...)
			if !strings.Contains(msg, "no notebook at "+db) || !strings.Contains(msg, "--db") {
				t.Errorf("lanyard %s: %q should say there is no notebook at %s and point at --db", args[0], msg, db)
			}
			if _, err := os.Stat(filepath.Join(dir, "typo")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("lanyard %s made the folder of the mistyped notebook (stat: %v)", args[0], err)
			}
		})
	}
}

func TestReadingCommandsOnTheDefaultNotebookBeforeAnyImportSayHowToStart(t *testing.T) {
	t.Cleanup(xdg.Reload) // after the environment is restored
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("LANYARD_DB", "")
	xdg.Reload()
	def, err := store.DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"events"}, &out, &errOut); code != 1 {
		t.Fatalf("events before any import: exit %d, want 1", code)
	}
	if msg := errOut.String(); !strings.Contains(msg, def) || !strings.Contains(msg, "lanyard import schedule FILE") {
		t.Errorf("events before any import said %q; want the default notebook named and how to make it", msg)
	}
	if _, err := os.Stat(filepath.Dir(def)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("events before any import made %s (stat: %v)", filepath.Dir(def), err)
	}
}

func TestReadingCommandsReadBesideAnotherReaderAndChangeNothing(t *testing.T) {
	db, _ := harbourWithNotes(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	// Another reader (lanyard check, a second lanyard talks) shares the
	// notebook; only a writer would have to wait for it.
	other, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := other.Close(); err != nil {
			t.Error(err)
		}
	}()
	for _, args := range readingCommands {
		if out := mustLanyard(t, db, args...); out == "" {
			t.Errorf("lanyard %s printed nothing", args[0])
		}
	}
	if after, err := os.ReadFile(db); err != nil || !bytes.Equal(before, after) {
		t.Errorf("reading commands changed the notebook (read: %v)", err)
	}
}

func TestReadingCommandsReadANotebookTheUserMayOnlyRead(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file: run as a user to see a read-only notebook")
	}
	db, _ := harbourWithNotes(t)
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Dir(db), 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.Chmod(filepath.Dir(db), 0o700); err != nil {
			t.Error(err)
		}
	})
	for _, args := range readingCommands {
		mustLanyard(t, db, args...)
	}
	msg := mustFail(t, db, "import", "schedule", harbourFile)
	if strings.Count(msg, db) != 2 || !strings.Contains(msg, "permission denied") || !strings.Contains(msg, "ls -ld") {
		t.Errorf("importing into a read-only notebook said %q; want permission denied, the file named once and what to look at", msg)
	}
}
