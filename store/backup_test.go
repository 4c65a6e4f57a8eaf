package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// notedNotebook opens a notebook at path holding the fixture event with
// notes on one talk, and returns it with that talk's ID.
func notedNotebook(t *testing.T, path string, notes ...string) (*Notebook, uint64) {
	t.Helper()
	nb := openAt(t, path)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	talk := findTitle(t, ev, "Fsync is not a promise").ID
	writeNotes(t, nb, talk, notes...)
	return nb, talk
}

// mustCheck checks a notebook file and fails the test unless it is sound.
func mustCheck(t *testing.T, path string) Report {
	t.Helper()
	r, err := Check(path)
	if err != nil {
		t.Fatalf("check %s: %v\nproblems: %q", path, err, r.Problems)
	}
	return r
}

// notesIn opens the notebook file at path read-only and returns a talk's
// bullet texts.
func notesIn(t *testing.T, path string, talk uint64) []string {
	t.Helper()
	nb := openAt(t, path)
	defer closeNow(t, nb)
	return notesOf(t, nb, talk)
}

func TestABackupMadeWhileTheWriterCommitsIsSound(t *testing.T) {
	dir := t.TempDir()
	nb, talk := notedNotebook(t, filepath.Join(dir, "lanyard.db"), "first")
	w := nb.NewWriter(nil)
	o, err := nb.LoadOutline(talk)
	if err != nil {
		t.Fatal(err)
	}
	var (
		stop   atomic.Bool
		typing sync.WaitGroup
	)
	typing.Go(func() {
		for i := 0; !stop.Load(); i++ {
			o.Append(fmt.Sprintf("bullet %d typed during the backup", i))
			w.Save(talk, o.TakeChanges())
			time.Sleep(time.Millisecond)
		}
	})
	var backups []string
	for i := range 5 {
		time.Sleep(20 * time.Millisecond)
		path := filepath.Join(dir, fmt.Sprintf("copy%d.db", i))
		if err := nb.Backup(path); err != nil {
			t.Fatal(err)
		}
		backups = append(backups, path)
	}
	stop.Store(true)
	typing.Wait()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	grew := false
	for i, path := range backups {
		r := mustCheck(t, path)
		if r.Events != 1 || r.Bullets < 1 {
			t.Errorf("backup %d holds %d events, %d bullets; want 1 and some", i, r.Events, r.Bullets)
		}
		if i > 0 && r.Bullets > mustCheck(t, backups[0]).Bullets {
			grew = true
		}
	}
	if !grew {
		t.Error("no backup holds bullets typed after the first: the writer did not commit during the backups")
	}
}

func TestTheFirstOpenOfADayMakesOneDailyBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	morning := at(t, day1, "08:10")
	made, err := nb.DailyBackup(morning, 7)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(BackupDir(path), "lanyard.db-"+morning.Format("2006-01-02")+".db"); made != want {
		t.Fatalf("made %q, want %q", made, want)
	}
	mustCheck(t, made)
	if again, err := nb.DailyBackup(at(t, day1, "17:45"), 7); err != nil || again != "" {
		t.Errorf("second open of the day made %q, %v; want none", again, err)
	}
	next, err := nb.DailyBackup(at(t, day2, "08:00"), 7)
	if err != nil || next == "" {
		t.Errorf("first open of the next day made %q, %v; want one", next, err)
	}
	if got := kindsIn(t, path); !slices.Equal(got, []BackupKind{BackupDaily, BackupDaily}) {
		t.Errorf("backups = %v, want two daily", got)
	}
}

func TestDailyBackupsArePrunedToKeepAndOthersStay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	start := at(t, day1, "09:00")
	manual, err := nb.BackupNow(start.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for d := range 6 {
		if _, err := nb.DailyBackup(start.AddDate(0, 0, d), 3); err != nil {
			t.Fatal(err)
		}
	}
	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range list {
		names = append(names, b.Name)
	}
	want := []string{"lanyard.db-2026-05-19.db", "lanyard.db-2026-05-18.db", "lanyard.db-2026-05-17.db", filepath.Base(manual)}
	if !slices.Equal(names, want) {
		t.Errorf("after six days keeping 3: %q, want %q", names, want)
	}
}

func TestTodaysBackupIsKeptWhenOthersLookNewer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	ahead := at(t, day1, "09:00").AddDate(1, 0, 0) // a clock once set a year ahead
	for d := range 3 {
		if _, err := nb.DailyBackup(ahead.AddDate(0, 0, d), 2); err != nil {
			t.Fatal(err)
		}
	}
	today, err := nb.DailyBackup(at(t, day1, "09:00"), 2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(today); err != nil {
		t.Fatalf("today's backup was pruned: %v", err)
	}
	if kinds := kindsIn(t, path); len(kinds) != 2 {
		t.Errorf("keeping 2, there are %d daily backups", len(kinds))
	}
}

func TestKeepZeroMakesNoDailyBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	made, err := nb.DailyBackup(at(t, day1, "09:00"), 0)
	if err != nil || made != "" {
		t.Fatalf("keep=0 made %q, %v", made, err)
	}
	if _, err := os.Stat(BackupDir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("keep=0 made the backups folder: %v", err)
	}
}

func TestAMigrationIsPrecededByABackupOfTheOldNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	old := openSchemaTest(t, path, firstSchema)
	ev, err := old.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	talk := findTitle(t, ev, "Ignites").Items[1].ID
	writeNotes(t, old, talk, "leases expire", "clocks drift")
	closeNow(t, old)
	before := dumpFile(t, path)

	fake := schema{version: 3, migrations: map[uint64]migration{
		1: func(tx *bolt.Tx) error { return tx.Bucket(metaBucket).Put([]byte("moved"), []byte("yes")) },
		2: func(*bolt.Tx) error { return nil },
	}}
	closeNow(t, openSchemaTest(t, path, fake))

	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Kind != BackupBeforeMigration || !strings.HasSuffix(list[0].Name, "-before-v3.db") {
		t.Fatalf("backups after migrating: %+v, want one before-v3", list)
	}
	backup := dumpFile(t, list[0].Path)
	if !equalDumps(backup, before) {
		t.Errorf("the backup differs from the notebook before migrating:\nbackup %q\nbefore %q", backup, before)
	}
	if after := dumpFile(t, path); equalDumps(after, before) {
		t.Error("the migration changed nothing: the test does not show the backup is older")
	}
	if list[0].Report.Schema != 1 || list[0].Report.Bullets != 2 {
		t.Errorf("backup report %+v, want schema 1 with 2 bullets", list[0].Report)
	}
}

func TestOpenRefusesToMigrateWhenItCannotBackUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	closeNow(t, openSchemaTest(t, path, firstSchema))
	// A file where the backups folder should be makes the backup fail.
	if err := os.WriteFile(BackupDir(path), []byte("in the way"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "back up before upgrading") {
		t.Fatalf("Open without a way to back up: %v, want a refusal to upgrade", err)
	}
	if after := readFile(t, path); string(after) != string(before) {
		t.Error("the notebook changed although it was not backed up")
	}
}

func TestBackupsAreListedNewestFirstWithKindAndCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "one", "two", "three")
	if _, err := nb.DailyBackup(at(t, day1, "08:00"), 7); err != nil {
		t.Fatal(err)
	}
	manual, err := nb.BackupNow(at(t, day1, "11:30"))
	if err != nil {
		t.Fatal(err)
	}
	if again, err := nb.BackupNow(at(t, day1, "11:30")); err != nil || again == manual {
		t.Fatalf("a second backup in the same second: %q, %v; want a new name", again, err)
	}
	dir := BackupDir(path)
	for _, stray := range []string{"other-2026-05-14.db", ".lanyard-2026-05-15.db.tmp-123", "lanyard-notes.db", "lanyard-2026-05-14-2.db"} {
		if err := os.WriteFile(filepath.Join(dir, stray), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range list {
		got = append(got, fmt.Sprintf("%s %s", b.Name, b.Kind))
		if b.Err != nil || b.Report.Events != 1 || b.Report.Bullets != 3 || b.Size == 0 {
			t.Errorf("%s: %+v, err %v; want sound with 1 event, 3 bullets", b.Name, b.Report, b.Err)
		}
	}
	want := []string{
		"lanyard.db-2026-05-14T113000-2.db manual",
		"lanyard.db-2026-05-14T113000.db manual",
		"lanyard.db-2026-05-14.db daily",
	}
	if !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
}

func TestBackupNeverOverwritesAFile(t *testing.T) {
	dir := t.TempDir()
	nb, _ := notedNotebook(t, filepath.Join(dir, "lanyard.db"), "a note")
	target := filepath.Join(dir, "mine.txt")
	if err := os.WriteFile(target, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := nb.Backup(target); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("Backup over an existing file: %v, want fs.ErrExist", err)
	}
	if err := nb.Backup(nb.Path()); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("Backup over the notebook itself: %v, want fs.ErrExist", err)
	}
	if got := readFile(t, target); string(got) != "precious" {
		t.Errorf("the file became %q", got)
	}
}

func TestNotebookAndBackupsArePrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	daily, err := nb.DailyBackup(at(t, day1, "08:00"), 7)
	if err != nil {
		t.Fatal(err)
	}
	manual, err := nb.BackupNow(at(t, day1, "12:00"))
	if err != nil {
		t.Fatal(err)
	}
	copied := filepath.Join(filepath.Dir(path), "elsewhere", "copy.db")
	if err := nb.Backup(copied); err != nil {
		t.Fatal(err)
	}
	closeNow(t, nb)
	previous, err := Restore(path, daily)
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Dir(path), BackupDir(path), filepath.Dir(copied)} {
		if mode := stat(t, dir).Mode().Perm(); mode != 0o700 {
			t.Errorf("folder %s has mode %o, want 700", dir, mode)
		}
	}
	for _, file := range []string{path, daily, manual, copied, previous} {
		if mode := stat(t, file).Mode().Perm(); mode != 0o600 {
			t.Errorf("file %s has mode %o, want 600", file, mode)
		}
	}
}

// kindsIn lists the kinds of the notebook's backups, newest first.
func kindsIn(t *testing.T, path string) []BackupKind {
	t.Helper()
	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []BackupKind
	for _, b := range list {
		kinds = append(kinds, b.Kind)
	}
	return kinds
}

// dumpFile reads every bucket, key and value of a bbolt file into a map
// from a path of bucket names and key to the value, to compare contents.
func dumpFile(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := make(map[string]string)
	var walk func(prefix string, b *bolt.Bucket) error
	walk = func(prefix string, b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			key := prefix + "/" + string(k)
			if v == nil {
				return walk(key, b.Bucket(k))
			}
			out[key] = string(v)
			return nil
		})
	}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error { return walk(string(name), b) })
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func equalDumps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
