//go:build unix

package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// closedCleanAt writes a sound notebook of 3,000 bullets to a file and
// has lanyard open and close it, which leaves its clean-close record. It
// returns the file's path and bytes.
func closedCleanAt(t *testing.T) (path string, file []byte) {
	t.Helper()
	file, _ = soundNotebookBytes(t, 3000)
	path = filepath.Join(t.TempDir(), "lanyard.db")
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	// Not openAt: its cleanup checks the file, which the tests damage.
	nb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	closeNow(t, nb)
	if _, err := os.Stat(cleanRecordPath(path)); err != nil {
		t.Fatalf("a clean close left no record: %v", err)
	}
	return path, readFile(t, path)
}

func TestANotebookClosedCleanOpensWithoutAPageWalk(t *testing.T) {
	path, _ := closedCleanAt(t)
	walks := pageWalks.Load()
	nb := openAt(t, path)
	if n := pageWalks.Load() - walks; n != 0 {
		t.Errorf("opening a notebook as lanyard closed it walked its pages %d times", n)
	}
	writeNotes(t, nb, 99, "a note the next open must not trust blindly")
	closeNow(t, nb)
	walks = pageWalks.Load()
	closeNow(t, openAt(t, path))
	if n := pageWalks.Load() - walks; n != 0 {
		t.Errorf("opening after a session that wrote and closed clean walked %d times", n)
	}
	walks = pageWalks.Load()
	if _, err := Check(path); err != nil {
		t.Fatal(err)
	}
	if pageWalks.Load() == walks {
		t.Error("lanyard check trusted the clean-close record: it must walk every page")
	}
}

// A file changed in place after lanyard closed it clean, its time of
// modification set back as a sync tool or a careless copy would, is
// walked: the damage is refused, and the file left as it was.
func TestDamageAfterACleanCloseIsStillRefusedUntouched(t *testing.T) {
	path, file := closedCleanAt(t)
	branches := livePages(t, file)["branch"]
	if len(branches) == 0 {
		t.Fatal("the fixture has no branch page")
	}
	before := stat(t, path)
	// Point the first child of a branch page back at the page itself:
	// bbolt would descend into it for ever.
	const page = 4096
	p := branches[0]
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	var loop [8]byte
	binary.NativeEndian.PutUint64(loop[:], uint64(p))
	if _, err := f.WriteAt(loop[:], p*page+16+8); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, before.ModTime(), before.ModTime()); err != nil {
		t.Fatal(err)
	}
	damaged := readFile(t, path)
	nb, err := Open(path)
	if err == nil {
		closeNow(t, nb)
		t.Fatal("Open accepted a file damaged after its clean close")
	}
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "reached twice") {
		t.Errorf("Open: %v, want ErrCorrupt saying a page is reached twice", err)
	}
	if !bytes.Equal(readFile(t, path), damaged) {
		t.Error("the refused file was changed")
	}
	if mod := stat(t, path).ModTime(); !mod.Equal(before.ModTime()) {
		t.Errorf("the refused file's time changed from %v to %v", before.ModTime(), mod)
	}
}

// Another file in the notebook's place (a restore, a copy put back) is
// not the one the record speaks of, even with the same bytes.
func TestAFileInTheNotebooksPlaceIsWalked(t *testing.T) {
	path, file := closedCleanAt(t)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	walks := pageWalks.Load()
	closeNow(t, openAt(t, path))
	if pageWalks.Load() == walks {
		t.Error("a new file with the notebook's name was trusted by the old file's record")
	}
}

// A record torn or garbled (a crash while it was written) is no record.
func TestAGarbledRecordIsNoRecord(t *testing.T) {
	path, _ := closedCleanAt(t)
	record := readFile(t, cleanRecordPath(path))
	for _, bad := range [][]byte{nil, record[:len(record)/2], bytes.ToUpper(record)} {
		if err := os.WriteFile(cleanRecordPath(path), bad, 0o600); err != nil {
			t.Fatal(err)
		}
		walks := pageWalks.Load()
		if err := vetPages(path, trustCleanClose); err != nil {
			t.Fatal(err)
		}
		if pageWalks.Load() == walks {
			t.Errorf("the record %q spared the walk", bad)
		}
	}
}
