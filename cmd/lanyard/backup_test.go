package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/store"
)

// backedUpTo reads where `lanyard backup` says it wrote.
func backedUpTo(t *testing.T, out string) string {
	t.Helper()
	m := regexp.MustCompile(`Backed up .* to (.*) \(`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("lanyard backup said %q", out)
	}
	return m[1]
}

func TestBackupThenRestoreGoesBackAndKeepsTheNotesTypedSince(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Budgets for Error")
	saveNotes(t, db, talk, bullet{0, "before the backup"})
	made := backedUpTo(t, mustLanyard(t, db, "backup"))
	if filepath.Dir(made) != store.BackupDir(db) {
		t.Errorf("the backup went to %s, not the backups folder", made)
	}
	saveNotes(t, db, talk, bullet{0, "typed after the backup"})

	list := mustLanyard(t, db, "restore")
	for _, want := range []string{"newest first", "1  ", "manual", filepath.Base(made), "lanyard restore N"} {
		if !strings.Contains(list, want) {
			t.Errorf("the list does not show %q:\n%s", want, list)
		}
	}
	out := mustLanyard(t, db, "restore", "1")
	if !strings.Contains(out, "Restored "+db) {
		t.Errorf("restore said %q", out)
	}
	m := regexp.MustCompile(`kept as (.*)\n`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("restore does not say where the old notebook went: %q", out)
	}
	if got := notesOf(t, db, talk); !slices.Equal(got, []string{"before the backup"}) {
		t.Errorf("restored notes %q", got)
	}
	if got := notesOf(t, m[1], talk); !slices.Equal(got, []string{"before the backup", "typed after the backup"}) {
		t.Errorf("the replaced notebook holds %q", got)
	}
}

func TestRestoreTakesANameOrAFile(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Budgets for Error")
	saveNotes(t, db, talk, bullet{0, "in the named backup"})
	named := backedUpTo(t, mustLanyard(t, db, "backup"))
	file := filepath.Join(t.TempDir(), "usb.db")
	saveNotes(t, db, talk, bullet{0, "in the file"})
	mustLanyard(t, db, "backup", file)
	saveNotes(t, db, talk, bullet{0, "in neither"})

	mustLanyard(t, db, "restore", strings.TrimSuffix(filepath.Base(named), ".db"))
	if got := notesOf(t, db, talk); !slices.Equal(got, []string{"in the named backup"}) {
		t.Errorf("after restoring by name: %q", got)
	}
	mustLanyard(t, db, "restore", file)
	if got := notesOf(t, db, talk); !slices.Equal(got, []string{"in the named backup", "in the file"}) {
		t.Errorf("after restoring a file: %q", got)
	}
	if msg := mustFail(t, db, "restore", "9"); !strings.Contains(msg, "no backup number 9") {
		t.Errorf("restore 9: %q", msg)
	}
}

func TestRestoreIsRefusedWhileLanyardHasTheNotebookOpen(t *testing.T) {
	db := importHarbour(t)
	mustLanyard(t, db, "backup")
	withNotebook(t, db, func(*store.Notebook) {
		if msg := mustFail(t, db, "restore", "1"); !strings.Contains(msg, "open in another lanyard") {
			t.Errorf("restore of an open notebook: %q", msg)
		}
	})
}

func TestBackupNeverOverwritesAndNeedsANotebook(t *testing.T) {
	db := importHarbour(t)
	file := writeFile(t, "notes.txt", "mine")
	if msg := mustFail(t, db, "backup", file); !strings.Contains(msg, "never overwrites") {
		t.Errorf("backup over a file: %q", msg)
	}
	if got, err := os.ReadFile(file); err != nil || string(got) != "mine" {
		t.Errorf("the file is now %q, %v", got, err)
	}
	missing := newDB(t)
	if msg := mustFail(t, missing, "backup"); !strings.Contains(msg, "no notebook at") {
		t.Errorf("backup of no notebook: %q", msg)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("backing up no notebook made one")
	}
}

func TestRestoreWithNoBackupsSaysHowTheyAreMade(t *testing.T) {
	db := importHarbour(t)
	if out := mustLanyard(t, db, "restore"); !strings.Contains(out, "No backups") || !strings.Contains(out, "lanyard backup") {
		t.Errorf("restore with no backups: %q", out)
	}
}

func TestADamagedNotebookIsNamedWithTheWayBack(t *testing.T) {
	db := importHarbour(t)
	whole, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db, whole[:len(whole)/3], 0o600); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"events"}, {"backup"}, {"export"}} {
		msg := mustFail(t, db, cmd...)
		if !strings.Contains(msg, db+" is damaged") || !strings.Contains(msg, "lanyard restore lists the backups") {
			t.Errorf("lanyard %v on a damaged notebook: %q", cmd, msg)
		}
	}
}

// The start writes nothing before the first frame is drawn: the record of
// the event opened and the day's backup wait for it, and then both are
// made, the backup once a day.
func TestTheStartWritesNothingBeforeTheFirstFrame(t *testing.T) {
	db := importHarbour(t)
	mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Nights", "--tz", "Europe/Lisbon")
	withNotebook(t, db, func(nb *store.Notebook) {
		events, err := nb.Events()
		if err != nil || len(events) != 2 {
			t.Fatalf("events: %v, %v", events, err)
		}
		opened := events[0].ID
		if last, _ := nb.LastOpened(); last == opened {
			t.Fatalf("the fixture already has event %d as the last opened", opened)
		}
		before := fileBytes(t, db)
		frame := newFrameSignal()
		after := startAfterFirstFrame(frame, newCrashGuard(), nb, opened, 7, time.Now())
		time.Sleep(5 * frameSettle)
		if !bytes.Equal(fileBytes(t, db), before) {
			t.Fatal("the notebook was written before the first frame")
		}
		if backups, _ := os.ReadDir(store.BackupDir(db)); len(backups) != 0 {
			t.Fatalf("a backup was made before the first frame: %v", backups)
		}
		frame.end()
		var stderr bytes.Buffer
		after.wait(&stderr)
		if stderr.Len() != 0 {
			t.Fatalf("the work after the first frame said: %s", &stderr)
		}
		if last, err := nb.LastOpened(); last != opened || err != nil {
			t.Errorf("last opened after the first frame: %d, %v; want %d", last, err, opened)
		}
		backups, err := os.ReadDir(store.BackupDir(db))
		if err != nil || len(backups) != 1 {
			t.Fatalf("backups after the first frame: %v, %v; want today's", backups, err)
		}
		again := newFrameSignal()
		again.end()
		startAfterFirstFrame(again, newCrashGuard(), nb, opened, 7, time.Now()).wait(&stderr)
		if second, _ := os.ReadDir(store.BackupDir(db)); len(second) != 1 {
			t.Errorf("a second start the same day made another backup: %v", second)
		}
	})
}

// fileBytes reads a file whole.
func fileBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// waitForBackup waits for a running lanyard to make the day's backup of
// db, which it does just after its first frame.
func waitForBackup(t *testing.T, db string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		backups, _ := os.ReadDir(store.BackupDir(db))
		for _, b := range backups {
			if !strings.HasPrefix(b.Name(), ".") { // not one being written
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("lanyard made no backup of the notebook after its first frame")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
