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
	cut := whole[:len(whole)/2]
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
