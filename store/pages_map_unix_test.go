//go:build unix

package store

import (
	"bytes"
	"encoding/binary"
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

// mapEveryFile makes the walk map files of every size for the rest of the
// test, as it does big ones: the damage fixtures are small.
func mapEveryFile(t *testing.T) {
	was := readWholeBelow
	readWholeBelow = 0
	t.Cleanup(func() { readWholeBelow = was })
}

// The damage the walk exists for is found as well when it reads a mapped
// file as when it reads a copy.
func TestTheMappedWalkRefusesDamage(t *testing.T) {
	mapEveryFile(t)
	file, _ := soundNotebookBytes(t, 3000)
	pages := livePages(t, file)
	const page = 4096
	t.Run("a loop", func(t *testing.T) {
		p := pages["branch"][0]
		looped := bytes.Clone(file)
		binary.NativeEndian.PutUint64(looped[p*page+16+8:], uint64(p))
		refusedUntouched(t, looped, ErrCorrupt, "is damaged", "reached twice")
	})
	t.Run("a free list naming a page in use", func(t *testing.T) {
		at := pages["freelist"][0] * page
		bad := bytes.Clone(file)
		binary.NativeEndian.PutUint16(bad[at+10:], 1)
		binary.NativeEndian.PutUint64(bad[at+16:], uint64(pages["leaf"][0]))
		refusedUntouched(t, bad, ErrCorrupt, "is damaged", "in use")
	})
	t.Run("a garbled leaf", func(t *testing.T) {
		p := pages["leaf"][len(pages["leaf"])/2]
		bad := bytes.Clone(file)
		for i := p * page; i < (p+1)*page; i++ {
			bad[i] = 0xA5
		}
		refusedUntouched(t, bad, ErrCorrupt, "is damaged")
	})
	t.Run("a sound file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "lanyard.db")
		if err := os.WriteFile(path, file, 0o600); err != nil {
			t.Fatal(err)
		}
		if r := mustCheck(t, path); r.Bullets != 3000 {
			t.Errorf("check found %d bullets, want 3000", r.Bullets)
		}
	})
}
