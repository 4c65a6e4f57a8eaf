package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/adrg/xdg"
	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

func TestReopenKeepsEventsAndNestedNotes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb := openAt(t, path)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	talk := findTitle(t, ev, "Fsync is not a promise")
	o := outline.New()
	o.Append("takeaways")
	o.Append("fsync can lie on some disks")
	o.Indent(1)
	o.Append("ask about barriers")
	o.Indent(2)
	o.Indent(2) // now a child of "fsync can lie"
	o.Append("")
	o.Append("café 東京 🎉 → follow-up")
	if err := nb.SaveOutline(talk.ID, o.TakeChanges()); err != nil {
		t.Fatal(err)
	}
	if err := nb.SetLastOpened(ev.ID); err != nil {
		t.Fatal(err)
	}
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}

	nb = openAt(t, path)
	got, err := nb.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(normalized(got), normalized(ev)) {
		t.Errorf("event after reopen:\n got %+v\nwant %+v", got, ev)
	}
	loaded, err := nb.LoadOutline(talk.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameNodes(t, loaded.Nodes(), o.Nodes())
	if depths := []int{loaded.At(0).Depth, loaded.At(1).Depth, loaded.At(2).Depth}; !slices.Equal(depths, []int{0, 1, 2}) {
		t.Errorf("depths of the nested bullets = %v, want [0 1 2]", depths)
	}
	if c := loaded.TakeChanges(); !c.Empty() {
		t.Errorf("a sound outline loads with pending changes %+v", c)
	}
	if last, err := nb.LastOpened(); err != nil || last != ev.ID {
		t.Errorf("LastOpened after reopen = %d, %v; want %d", last, err, ev.ID)
	}
}

// TestSecondOpenIsLockedQuickly times the second Open in its own time:
// by the clock, less what the threads running Go, one at a time, waited
// for a CPU meanwhile.
func TestSecondOpenIsLockedQuickly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	first := openAt(t, path)

	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	before := cpuWaits()
	start := time.Now()
	second, err := Open(path)
	elapsed := ownTime{wall: time.Since(start), waited: waitedSince(before, "")}
	if err == nil {
		closeNow(t, second)
		t.Fatal("a second Open of an open notebook succeeded")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if elapsed.own() >= time.Second {
		t.Errorf("second Open took %v to report the lock, want under 1s", elapsed)
	}
	t.Logf("locked reported after %v", elapsed)

	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	openAt(t, path) // the lock goes with the first notebook
}

func TestNewerFormatLeavesFileUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb := openAt(t, path)
	if _, err := nb.CreateEvent(fixtureEvent(t)); err != nil {
		t.Fatal(err)
	}
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}
	newer := schema{
		version:    current.version + 1,
		migrations: map[uint64]migration{current.version: func(*bolt.Tx) error { return nil }},
	}
	closeNow(t, openSchemaTest(t, path, newer)) // a newer lanyard upgraded the file
	before := readFile(t, path)

	_, err := Open(path)
	if !errors.Is(err, ErrNewerFormat) {
		t.Fatalf("Open of a newer notebook: %v, want ErrNewerFormat", err)
	}
	if after := readFile(t, path); !bytes.Equal(before, after) {
		t.Error("refusing a newer notebook changed the file")
	}
	closeNow(t, openSchemaTest(t, path, newer)) // and let go of it
}

func TestOpenCreatesPrivateFolderAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "lanyard")
	path := filepath.Join(dir, "lanyard.db")
	openAt(t, path)
	for _, p := range []string{dir, filepath.Dir(dir)} {
		if mode := stat(t, p).Mode().Perm(); mode != 0o700 {
			t.Errorf("created folder %s has mode %o, want 700", p, mode)
		}
	}
	if mode := stat(t, path).Mode().Perm(); mode != 0o600 {
		t.Errorf("created file has mode %o, want 600", mode)
	}
}

func TestOpenLeavesAnExistingFolderAlone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "shared")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil { // whatever the umask
		t.Fatal(err)
	}
	openAt(t, filepath.Join(dir, "lanyard.db"))
	if mode := stat(t, dir).Mode().Perm(); mode != 0o755 {
		t.Errorf("existing folder changed to mode %o, want 755 kept", mode)
	}
}

func TestMigrationsRunInOrderOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	closeNow(t, openSchemaTest(t, path, firstSchema))
	// A schema one newer than this lanyard's, whose every step checks that
	// the step before it ran first.
	var ran []string
	fake := schema{version: current.version + 1, migrations: map[uint64]migration{}}
	for v := uint64(1); v < fake.version; v++ {
		fake.migrations[v] = func(tx *bolt.Tx) error {
			ran = append(ran, fmt.Sprintf("%d→%d", v, v+1))
			meta := tx.Bucket(metaBucket)
			if v > 1 && meta.Get([]byte(fmt.Sprintf("step%d", v))) == nil {
				return fmt.Errorf("%d→%d ran without the step before it", v, v+1)
			}
			return meta.Put([]byte(fmt.Sprintf("step%d", v+1)), []byte("done"))
		}
	}
	closeNow(t, openSchemaTest(t, path, fake))
	var want []string
	for v := uint64(1); v < fake.version; v++ {
		want = append(want, fmt.Sprintf("%d→%d", v, v+1))
	}
	if !slices.Equal(ran, want) {
		t.Fatalf("migrations ran %v, want %v", ran, want)
	}
	closeNow(t, openSchemaTest(t, path, fake))
	if len(ran) != len(want) {
		t.Errorf("reopening an upgraded file ran migrations again: %v", ran)
	}
	if _, err := Open(path); !errors.Is(err, ErrNewerFormat) {
		t.Errorf("this lanyard opened a version-%d file: %v", fake.version, err)
	}
}

func TestFailedMigrationLeavesOldVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	closeNow(t, openSchemaTest(t, path, firstSchema))
	boom := errors.New("disk full")
	failing := schema{version: 2, migrations: map[uint64]migration{
		1: func(tx *bolt.Tx) error {
			if err := tx.Bucket(metaBucket).Put([]byte("half"), []byte("done")); err != nil {
				return err
			}
			return boom
		},
	}}
	if _, err := openSchema(path, failing); !errors.Is(err, boom) {
		t.Fatalf("failing migration: %v, want %v", err, boom)
	}
	missing := schema{version: 2, migrations: map[uint64]migration{}}
	if _, err := openSchema(path, missing); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("missing migration: %v, want ErrCorrupt", err)
	}
	nb := openAt(t, path) // still version 1, and unlocked
	err := nb.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(metaBucket).Get([]byte("half")) != nil {
			return errors.New("the failed migration's write was kept")
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

func TestDefaultPathIsUnderXDGDataHome(t *testing.T) {
	t.Cleanup(xdg.Reload) // after the environment is restored
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	xdg.Reload()
	got, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "lanyard", "lanyard.db"); got != want {
		t.Errorf("DefaultPath = %q, want %q", got, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "lanyard")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("DefaultPath created something: %v", err)
	}
}

func TestLastOpened(t *testing.T) {
	nb := openTest(t)
	if id, err := nb.LastOpened(); err != nil || id != 0 {
		t.Fatalf("LastOpened of a new notebook = %d, %v; want 0", id, err)
	}
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := nb.SetLastOpened(ev.ID + 1000); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetLastOpened of no event: %v, want ErrNotFound", err)
	}
	if err := nb.SetLastOpened(ev.ID); err != nil {
		t.Fatal(err)
	}
	if id, err := nb.LastOpened(); err != nil || id != ev.ID {
		t.Errorf("LastOpened = %d, %v; want %d", id, err, ev.ID)
	}
}

// openSchemaTest opens path with a fake schema.
// firstSchema is lanyard's first file format, to make old notebooks with.
var firstSchema = schema{version: 1, migrations: map[uint64]migration{}}

func TestAVersionOneNotebookOpensAndIsUpgraded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	closeNow(t, openSchemaTest(t, path, firstSchema))
	nb := openAt(t, path)
	err := nb.db.View(func(tx *bolt.Tx) error {
		v, err := decodeID(tx.Bucket(metaBucket).Get(versionKey))
		if err == nil && v != current.version {
			err = fmt.Errorf("version %d after opening, want %d", v, current.version)
		}
		return err
	})
	if err != nil {
		t.Error(err)
	}
}

func openSchemaTest(t *testing.T, path string, s schema) *Notebook {
	t.Helper()
	nb, err := openSchema(path, s)
	if err != nil {
		t.Fatalf("open with schema %d: %v", s.version, err)
	}
	return nb
}

func closeNow(t *testing.T, nb *Notebook) {
	t.Helper()
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func stat(t *testing.T, path string) os.FileInfo {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi
}
