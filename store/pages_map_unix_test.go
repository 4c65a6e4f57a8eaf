//go:build unix

package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Another program may cut the file short while the walk reads its
// mapped pages: the walk reports it as damage, where an unguarded read
// of the mapping would kill lanyard with SIGBUS.
func TestAFileCutDuringTheWalkIsAProblemNotACrash(t *testing.T) {
	file, used := soundNotebookBytes(t, 3000)
	path := filepath.Join(t.TempDir(), "lanyard.db")
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, ok := readLayout(f)
	if !ok {
		t.Fatal("no valid header page")
	}
	whole, unmap, err := mapPages(f, uint64(used))
	if err != nil {
		t.Skip("cannot map the file:", err)
	}
	defer func() {
		if err := unmap(); err != nil {
			t.Error(err)
		}
	}()
	if err := f.Truncate(2 * int64(l.pageSize)); err != nil {
		t.Fatal(err)
	}
	w := &pageWalk{f: f, l: l, seen: newPageSet(l.pages), whole: whole}
	w.seen.add(0)
	w.seen.add(1)
	w.guardedWalk()
	if len(w.problems) == 0 || !strings.Contains(strings.Join(w.problems, "; "), "reading it failed") {
		t.Errorf("walking pages cut away found %q, want a read failure", w.problems)
	}
}

// A sound file is walked in place (mapped) and found sound; the walk
// allocates nothing per page.
func TestTheWalkOfASoundFileFindsNothingAndAllocatesLittle(t *testing.T) {
	file, _ := soundNotebookBytes(t, 3000)
	path := filepath.Join(t.TempDir(), "lanyard.db")
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, ok := readLayout(f)
	if !ok {
		t.Fatal("no valid header page")
	}
	var problems []string
	allocs := testing.AllocsPerRun(5, func() { problems = walkPages(f, l, int64(len(file))) })
	if len(problems) > 0 {
		t.Fatalf("a sound file has problems: %q", problems)
	}
	if l.pages < 20 {
		t.Fatalf("the fixture has %d pages: too few to tell", l.pages)
	}
	if allocs > float64(l.pages)/4 {
		t.Errorf("the walk of %d pages made %.0f allocations: it should make a few, not some per page", l.pages, allocs)
	}
}
