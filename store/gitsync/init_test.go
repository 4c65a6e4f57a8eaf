package gitsync

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInitSetsUpFromAnEmptyRemoteAndFromOneWithNotes(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a := filepath.Join(w.root, "new", "a")
	if err := Init(testCtx(t), a, w.bare, Options{}); err != nil {
		t.Fatalf("init from an empty remote: %v", err)
	}
	nbA := newToy(map[string]string{"t.md": "x\n"})
	if res := w.sync(a, nbA); !res.Pushed {
		t.Fatalf("first sync after init: %+v", res)
	}
	// A third laptop joining later gets everything.
	c := filepath.Join(w.root, "c")
	if err := Init(testCtx(t), c, w.bare, Options{}); err != nil {
		t.Fatalf("init from a remote with notes: %v", err)
	}
	nbC := newToy(nil)
	w.sync(c, nbC)
	if !sameText(nbC.text(), nbA.text()) {
		t.Fatalf("the laptop that joined has %v, want %v", nbC.text(), nbA.text())
	}
}

func TestInitRefusesAFolderWithFilesAndAnUnreachableRemote(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	full := filepath.Join(w.root, "full")
	write(t, filepath.Join(full, "keep.txt"), "mine")
	err := Init(testCtx(t), full, w.bare, Options{})
	if err == nil || !strings.Contains(err.Error(), "already holds files") {
		t.Fatalf("init into a folder with files: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(full, "keep.txt")); string(b) != "mine" {
		t.Fatalf("the folder's file changed: %q", b)
	}
	err = Init(testCtx(t), filepath.Join(w.root, "off"), "http://127.0.0.1:1/notes.git", Options{})
	if err == nil || !strings.Contains(err.Error(), "cannot be reached") {
		t.Fatalf("init from an unreachable remote: %v", err)
	}
}
