package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

// soundNotebookBytes returns the bytes of a closed notebook with the
// fixture event and enough bullets to fill several pages, and its
// high-water mark: the length its pages take, which may be less than the
// file's.
func soundNotebookBytes(t testing.TB, bullets int) (file []byte, used int64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	gen := outline.Generate(bullets, 7)
	if err := nb.SaveOutline(findTitle(t, ev, "Shipping on a Friday").ID, outline.Changes{Put: gen.Nodes()}); err != nil {
		t.Fatal(err)
	}
	err = nb.db.View(func(tx *bolt.Tx) error {
		used = tx.Size()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}
	file, err = os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return file, used
}

// refusedUntouched writes content to a notebook file, opens it and checks
// it, and fails the test unless both refuse it with an error that wraps
// want and contains the phrases, and the file is byte for byte and time
// for time as it was. It returns Open's error.
func refusedUntouched(t *testing.T, content []byte, want error, phrases ...string) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lanyard.db")
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	nb, openErr := Open(path)
	if openErr == nil {
		closeNow(t, nb)
		t.Fatal("Open accepted the file")
	}
	_, checkErr := Check(path)
	for what, err := range map[string]error{"Open": openErr, "Check": checkErr} {
		if !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", what, err, want)
		}
		for _, p := range append([]string{path}, phrases...) {
			if !strings.Contains(err.Error(), p) {
				t.Errorf("%s: %q does not say %q", what, err, p)
			}
		}
	}
	if got := readFile(t, path); !bytes.Equal(got, content) {
		t.Error("the refused file was changed")
	}
	if mod := stat(t, path).ModTime(); !mod.Equal(old) {
		t.Errorf("the refused file's time changed from %v to %v", old, mod)
	}
	if _, err := os.Stat(BackupDir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("refusing the file made a backups folder: %v", err)
	}
	return openErr
}

func TestATruncatedNotebookIsRefusedUntouched(t *testing.T) {
	file, used := soundNotebookBytes(t, 3000)
	const page = 4096
	if used < 8*page {
		t.Fatalf("the fixture uses %d bytes: too few pages to cut", used)
	}
	for _, at := range []int64{100, page, page + 100, 2 * page, 3*page + 77, used / 2 / page * page, used/2 + 1234, used - page, used - 1} {
		t.Run(fmt.Sprint(at), func(t *testing.T) {
			refusedUntouched(t, file[:at], ErrCorrupt, "is damaged", "lanyard restore lists the backups")
		})
	}
}

func TestANotebookCutInItsUnusedTailStillOpens(t *testing.T) {
	file, used := soundNotebookBytes(t, 3000)
	if int64(len(file)) == used {
		t.Skip("the file has no unused tail")
	}
	path := filepath.Join(t.TempDir(), "lanyard.db")
	if err := os.WriteFile(path, file[:used], 0o600); err != nil {
		t.Fatal(err)
	}
	if r := mustCheck(t, path); r.Bullets != 3000 {
		t.Errorf("check found %d bullets, want 3000", r.Bullets)
	}
}

func TestGarbageIsRefusedUntouched(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	garbage := make([]byte, 64<<10)
	for i := range garbage {
		garbage[i] = byte(rng.Uint32())
	}
	refusedUntouched(t, garbage, ErrCorrupt, "is damaged", "garbage", "lanyard restore lists the backups")
}

func TestAnEmptyFileIsRefusedAsALostNotebook(t *testing.T) {
	refusedUntouched(t, nil, ErrCorrupt, "is empty (0 bytes)", "lanyard restore lists the backups", "delete the file")
}

func TestATextFileIsRefusedAsTheWrongPath(t *testing.T) {
	text := []byte("09:00 Opening keynote\n09:45 Queues in practice — Ana Ferreira\n")
	refusedUntouched(t, text, ErrCorrupt, "is a text file, not a lanyard notebook", "--db")
}

func TestAnotherProgramsDatabaseIsRefusedUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("widgets"))
		if err != nil {
			return err
		}
		return b.Put([]byte("sprocket"), []byte("42"))
	})
	if err := errors.Join(err, db.Close()); err != nil {
		t.Fatal(err)
	}
	refusedUntouched(t, readFile(t, path), ErrCorrupt, "is not a lanyard notebook")
}

func TestANewerNotebookIsRefusedWithBothVersions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	newer := schema{version: 7, migrations: map[uint64]migration{}}
	for v := uint64(1); v < 7; v++ {
		newer.migrations[v] = func(*bolt.Tx) error { return nil }
	}
	closeNow(t, openSchemaTest(t, path, newer))
	want := fmt.Sprintf("was written by a newer lanyard (schema 7, this one knows %d): use that version, or lanyard restore", current.version)
	refusedUntouched(t, readFile(t, path), ErrNewerFormat, want)
}

func TestAGarbledPageIsDamageNotAPanic(t *testing.T) {
	file, _ := soundNotebookBytes(t, 3000)
	const page = 4096
	rng := rand.New(rand.NewPCG(3, 4))
	for _, p := range livePages(t, file)["all"] {
		t.Run(fmt.Sprint("page", p), func(t *testing.T) {
			bad := bytes.Clone(file)
			for i := p * page; i < (p+1)*page; i++ {
				bad[i] = byte(rng.Uint32())
			}
			path := filepath.Join(t.TempDir(), "lanyard.db")
			if err := os.WriteFile(path, bad, 0o600); err != nil {
				t.Fatal(err)
			}
			r, err := Check(path)
			if err == nil {
				t.Fatalf("Check found page %d of garbage sound: %+v", p, r)
			}
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "lanyard restore") {
				t.Errorf("Check: %v, want ErrCorrupt with advice", err)
			}
			if got := readFile(t, path); !bytes.Equal(got, bad) {
				t.Error("Check changed the file")
			}
			useNotebook(t, path)
		})
	}
}

// livePages returns the pages of a notebook file that hold data or the
// free list, by type: garbling a free page harms nothing.
func livePages(t *testing.T, file []byte) map[string][]int64 {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pages.db")
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	live := make(map[string][]int64)
	err = db.Update(func(tx *bolt.Tx) error {
		for id := 2; ; id++ {
			info, err := tx.Page(id)
			if err != nil || info == nil {
				return err
			}
			if info.Type != "free" {
				live[info.Type] = append(live[info.Type], int64(id))
				live["all"] = append(live["all"], int64(id))
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return live
}

func TestALoopOfPagesIsRefusedNotFollowed(t *testing.T) {
	file, _ := soundNotebookBytes(t, 3000)
	branches := livePages(t, file)["branch"]
	if len(branches) == 0 {
		t.Fatal("the fixture has no branch page")
	}
	// Point the first child of a branch page back at the page itself:
	// bbolt would descend into it for ever.
	const page = 4096
	p := branches[0]
	looped := bytes.Clone(file)
	binary.NativeEndian.PutUint64(looped[p*page+16+8:], uint64(p))
	refusedUntouched(t, looped, ErrCorrupt, "is damaged", "reached twice")
}

func TestAFreeListNamingAPageInUseIsRefused(t *testing.T) {
	file, _ := soundNotebookBytes(t, 3000)
	pages := livePages(t, file)
	if len(pages["freelist"]) == 0 || len(pages["leaf"]) == 0 {
		t.Fatalf("the fixture has pages %v", pages)
	}
	// Make the free list name a leaf page: the next save would write over
	// the notes on it.
	const page = 4096
	at := pages["freelist"][0] * page
	bad := bytes.Clone(file)
	binary.NativeEndian.PutUint16(bad[at+10:], 1)
	binary.NativeEndian.PutUint64(bad[at+16:], uint64(pages["leaf"][0]))
	refusedUntouched(t, bad, ErrCorrupt, "is damaged", "in use")
}

// useNotebook opens the notebook at path and reads everything in it, as
// lanyard would, to show that a damaged file gives errors and no panic.
// It returns the first error.
func useNotebook(t testing.TB, path string) error {
	t.Helper()
	nb, err := Open(path)
	if err != nil {
		return err
	}
	defer func() {
		if err := nb.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}()
	if _, err := nb.LastOpened(); err != nil {
		return err
	}
	events, err := nb.Events()
	if err != nil {
		return err
	}
	var first error
	for _, ev := range events {
		if _, err := nb.TalksWithNotes(ev.ID); err != nil && first == nil {
			first = err
		}
		for _, tk := range ev.All() {
			if _, err := nb.LoadOutline(tk.ID); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}
