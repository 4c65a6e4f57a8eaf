package store

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestRestoreRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, talk := notedNotebook(t, path, "before the backup")
	backup, err := nb.BackupNow(at(t, day1, "10:00"))
	if err != nil {
		t.Fatal(err)
	}
	writeNotes(t, nb, talk, "typed after the backup")
	closeNow(t, nb)

	previous, err := Restore(path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := notesIn(t, path, talk), []string{"before the backup"}; !slices.Equal(got, want) {
		t.Errorf("restored notes %q, want %q", got, want)
	}
	if got, want := notesIn(t, previous, talk), []string{"before the backup", "typed after the backup"}; !slices.Equal(got, want) {
		t.Errorf("the replaced notebook kept %q, want %q", got, want)
	}
	if f, ok := parseBackupName("lanyard.db", filepath.Base(previous)); !ok || f.kind != BackupBeforeRestore {
		t.Errorf("the replaced notebook was kept as %q, not as a before-restore backup", previous)
	}
}

func TestRestoreIsRefusedWhileTheNotebookIsOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	backup, err := nb.BackupNow(at(t, day1, "10:00"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(path, backup); !errors.Is(err, ErrLocked) {
		t.Fatalf("Restore of an open notebook: %v, want ErrLocked", err)
	}
	if kinds := kindsIn(t, path); !slices.Equal(kinds, []BackupKind{BackupManual}) {
		t.Errorf("a refused restore left backups %v", kinds)
	}
}

func TestRestoreReplacesADamagedNotebookAndKeepsItsBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, talk := notedNotebook(t, path, "saved in time")
	backup, err := nb.BackupNow(at(t, day1, "10:00"))
	if err != nil {
		t.Fatal(err)
	}
	closeNow(t, nb)
	whole := readFile(t, path)
	cut := whole[:len(whole)/3]
	if err := os.WriteFile(path, cut, 0o600); err != nil {
		t.Fatal(err)
	}
	previous, err := Restore(path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, previous); string(got) != string(cut) {
		t.Error("the damaged notebook was not kept byte for byte")
	}
	if got := notesIn(t, path, talk); !slices.Equal(got, []string{"saved in time"}) {
		t.Errorf("restored notes %q", got)
	}
}

func TestRestoreRefusesABackupThatIsNotSound(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, talk := notedNotebook(t, path, "keep me")
	closeNow(t, nb)
	bad := filepath.Join(BackupDir(path), "lanyard-2026-05-14.db")
	if err := os.MkdirAll(filepath.Dir(bad), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("not a notebook\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(path, bad); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Restore from a text file: %v, want ErrCorrupt", err)
	}
	if got := notesIn(t, path, talk); !slices.Equal(got, []string{"keep me"}) {
		t.Errorf("a refused restore changed the notes to %q", got)
	}
}
