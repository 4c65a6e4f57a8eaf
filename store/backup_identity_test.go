package store

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// listed returns the names Backups lists for the notebook at path, each
// with its doubt after a colon when it has one.
func listed(t *testing.T, path string) []string {
	t.Helper()
	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range list {
		name := b.Name
		if b.Doubt != "" {
			name += ": doubt"
		}
		names = append(names, name)
	}
	return names
}

// Two notebooks whose names differ only in their extension each get their
// own daily backup, and restore offers each only its own.
func TestNotebooksSharingANameStemKeepTheirOwnBackups(t *testing.T) {
	dir := t.TempDir()
	dbPath, boltPath := filepath.Join(dir, "notes.db"), filepath.Join(dir, "notes.bolt")
	db, _ := notedNotebook(t, dbPath, "in notes.db")
	bolted, _ := notedNotebook(t, boltPath, "in notes.bolt")
	morning := at(t, day1, "09:00")
	for _, nb := range []*Notebook{db, bolted} {
		made, err := nb.DailyBackup(morning, 7)
		if err != nil || made == "" {
			t.Fatalf("%s: daily backup %q, %v; want one made", nb.Path(), made, err)
		}
	}
	closeNow(t, db)
	closeNow(t, bolted)
	if got, want := listed(t, dbPath), []string{"notes.db-2026-05-14.db"}; !slices.Equal(got, want) {
		t.Errorf("notes.db lists %q, want %q", got, want)
	}
	if got, want := listed(t, boltPath), []string{"notes.bolt-2026-05-14.db"}; !slices.Equal(got, want) {
		t.Errorf("notes.bolt lists %q, want %q", got, want)
	}
}

// Backups an older lanyard named by the stem ("notes-2026-05-13.db") are
// still listed: for the notebook whose identity they hold, and, when they
// hold none, for a notebook no other file shares the stem with, or with a
// doubt when one does.
func TestBackupsUnderOlderNamesGoToTheirNotebook(t *testing.T) {
	dir := t.TempDir()
	dbPath, boltPath := filepath.Join(dir, "notes.db"), filepath.Join(dir, "notes.bolt")
	db, _ := notedNotebook(t, dbPath, "in notes.db")
	backups := BackupDir(dbPath)
	if err := db.Backup(filepath.Join(backups, "notes-2026-05-12.db")); err != nil {
		t.Fatal(err)
	}
	anonymous := filepath.Join(backups, "notes-2026-05-13.db")
	if err := db.Backup(anonymous); err != nil {
		t.Fatal(err)
	}
	closeNow(t, db)
	forgetIdentity(t, anonymous) // as an older lanyard made it

	if got, want := listed(t, dbPath), []string{"notes-2026-05-13.db", "notes-2026-05-12.db"}; !slices.Equal(got, want) {
		t.Errorf("alone in its folder, notes.db lists %q, want %q", got, want)
	}

	bolted, _ := notedNotebook(t, boltPath, "in notes.bolt")
	closeNow(t, bolted)
	if got, want := listed(t, dbPath), []string{"notes-2026-05-13.db: doubt", "notes-2026-05-12.db"}; !slices.Equal(got, want) {
		t.Errorf("beside notes.bolt, notes.db lists %q, want %q", got, want)
	}
	if got, want := listed(t, boltPath), []string{"notes-2026-05-13.db: doubt"}; !slices.Equal(got, want) {
		t.Errorf("notes.bolt lists %q, want only the backup it may own, in doubt: %q", got, want)
	}
	list, err := Backups(boltPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) == 1 && !strings.Contains(list[0].Doubt, "notes.db") {
		t.Errorf("the doubt does not name the other notebook: %q", list[0].Doubt)
	}
}

// A notebook made anew where one was lost still lists the lost one's
// backups, saying they were made from another notebook.
func TestBackupsOfALostNotebookAreListedWithADoubt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "lost")
	if _, err := nb.DailyBackup(at(t, day1, "09:00"), 7); err != nil {
		t.Fatal(err)
	}
	closeNow(t, nb)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	closeNow(t, openAt(t, path))
	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || !strings.Contains(list[0].Doubt, "another notebook") {
		t.Fatalf("listed %+v; want the lost notebook's backup, in doubt", list)
	}
}

// forgetIdentity takes the identity out of a notebook file, as one an
// older lanyard wrote.
func forgetIdentity(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket(metaBucket).Delete(identityKey) })
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}
