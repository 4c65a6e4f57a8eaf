package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lanyard/store"
)

func TestCheckSaysWhatItCheckedAndOk(t *testing.T) {
	db := importHarbour(t)
	saveNotes(t, db, talkID(t, db, "Budgets for Error"), bullet{0, "error budgets are a contract"}, bullet{1, "spend them"})
	out := mustLanyard(t, db, "check")
	for _, want := range []string{"Checked " + db, "schema", "1 event", "15 talks", "2 bullets in 1 outline", "\nok\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckTakesABackupFile(t *testing.T) {
	db := importHarbour(t)
	file := filepath.Join(t.TempDir(), "copy.db")
	mustLanyard(t, db, "backup", file)
	if out := mustLanyard(t, db, "check", file); !strings.Contains(out, "Checked "+file) || !strings.HasSuffix(out, "ok\n") {
		t.Errorf("check of a backup: %q", out)
	}
}

func TestCheckOfADamagedNotebookExitsOneAndLeavesItAlone(t *testing.T) {
	db := importHarbour(t)
	whole, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	// Cut inside the first page after the two headers: whatever bbolt put
	// where (the upper half of a small file may hold only free pages),
	// that page is in use.
	cut := whole[:2*os.Getpagesize()+100]
	if err := os.WriteFile(db, cut, 0o600); err != nil {
		t.Fatal(err)
	}
	r := lanyard(t, db, "check")
	if r.code != 1 {
		t.Fatalf("check of a damaged notebook: exit %d, want 1\n%s", r.code, r.stdout)
	}
	if !strings.Contains(r.stderr, db+" is damaged") || !strings.Contains(r.stderr, "lanyard restore") {
		t.Errorf("check's message: %q", r.stderr)
	}
	if strings.Contains(r.stdout, "ok") {
		t.Errorf("check of a damaged notebook printed ok: %q", r.stdout)
	}
	if got, err := os.ReadFile(db); err != nil || string(got) != string(cut) {
		t.Errorf("check changed the damaged file (%v)", err)
	}
}

func TestCheckRefusesWhileLanyardHasTheNotebookOpen(t *testing.T) {
	db := importHarbour(t)
	withNotebook(t, db, func(*store.Notebook) {
		if msg := mustFail(t, db, "check"); !strings.Contains(msg, "open in another lanyard") {
			t.Errorf("check of an open notebook: %q", msg)
		}
	})
}

// A header page zeroed (a torn write, a bad copy) loses nothing, since
// bbolt keeps two: check says so, with what repairs it, and every other
// command reads the notebook as before; a backup, which opens it for
// writing, repairs it.
func TestCheckOfAZeroedHeaderPageSaysItIsRepairable(t *testing.T) {
	db := importHarbour(t)
	saveNotes(t, db, talkID(t, db, "Budgets for Error"), bullet{0, "error budgets are a contract"})
	for _, page := range []int64{0, 1} {
		f, err := os.OpenFile(db, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteAt(make([]byte, 4096), page*4096); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		out := mustLanyard(t, db, "check")
		want := "warning: its header page " + string(rune('0'+page)) + " is unreadable"
		if !strings.Contains(out, want) || !strings.Contains(out, "lanyard backup") || !strings.HasSuffix(out, "ok\n") {
			t.Errorf("check with header page %d zeroed:\n%s\nwant %q, what repairs it, and ok", page, out, want)
		}
		if strings.Contains(out, "panic") || strings.Contains(out, "problem") {
			t.Errorf("check with header page %d zeroed reports a problem:\n%s", page, out)
		}
		mustLanyard(t, db, "backup")
		if out := mustLanyard(t, db, "check"); strings.Contains(out, "warning") {
			t.Errorf("after a backup the header is still broken:\n%s", out)
		}
	}
}
