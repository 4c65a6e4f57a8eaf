package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"lanyard/store"
	"lanyard/store/gitsync"
)

// toySyncBook stands for the notebook's synced form in these tests of
// the wiring: a map of files with a merge that takes both sides' files.
type toySyncBook struct {
	mu      sync.Mutex
	files   gitsync.Files
	changed []uint64
}

func (b *toySyncBook) Files() (gitsync.Files, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := gitsync.Files{}
	for p, v := range b.files {
		out[p] = v
	}
	return out, nil
}

func (b *toySyncBook) Merge(base, ours, theirs gitsync.Files) (gitsync.Files, error) {
	out := gitsync.Files{}
	for p, v := range theirs {
		out[p] = v
	}
	for p, v := range ours {
		if _, was := base[p]; !was || string(base[p]) != string(v) {
			out[p] = v
		}
	}
	return out, nil
}

func (b *toySyncBook) Apply(ours, merged gitsync.Files) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for p, v := range merged {
		if string(ours[p]) != string(v) {
			b.files[p] = v
			b.changed = append(b.changed, uint64(len(p)))
		}
	}
	return nil
}

func (b *toySyncBook) Changed() []uint64 { return b.changed }

// useToyBook points newSyncBook at book for the test, checking that the
// sync was handed an open notebook.
func useToyBook(t *testing.T, book *toySyncBook) {
	t.Helper()
	saved := newSyncBook
	newSyncBook = func(nb *store.Notebook) gitsync.Notebook {
		if nb == nil {
			t.Error("the sync was given no notebook")
		}
		return book
	}
	t.Cleanup(func() { newSyncBook = saved })
}

// gitWorld is a bare repository for the command's tests, with git kept
// from the user's config.
func gitWorld(t *testing.T) (root, bare string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed: the sync tests run real git (CI installs it)")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(home, ".gitconfig"))
	if err := os.WriteFile(filepath.Join(home, ".gitconfig"), []byte("[user]\n\tname = T\n\temail = t@example.org\n[init]\n\tdefaultBranch = main\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	root = t.TempDir()
	bare = filepath.Join(root, "remote.git")
	if out, err := exec.Command("git", "init", "-q", "--bare", bare).CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	return root, bare
}

func TestSyncInitSetsUpSyncsAndSaysSoInOneLine(t *testing.T) {
	root, bare := gitWorld(t)
	book := &toySyncBook{files: gitsync.Files{"ev/t.md": []byte("- a note\n")}}
	useToyBook(t, book)
	db := emptyDB(t)
	dir := filepath.Join(root, "a")
	out := mustLanyard(t, db, "sync", "--init", dir, bare)
	want := "set up " + dir + " from " + bare + "\nsynced: committed; pushed\n"
	if out != want {
		t.Fatalf("lanyard sync --init printed %q, want %q", out, want)
	}
	if out := mustLanyard(t, db, "sync", dir); out != "synced: nothing new\n" {
		t.Errorf("a second sync printed %q", out)
	}
	// A second laptop gets the note, and the line counts talks.
	other := &toySyncBook{files: gitsync.Files{}}
	useToyBook(t, other)
	out = mustLanyard(t, emptyDB(t), "sync", "--init", filepath.Join(root, "b"), bare)
	if !strings.HasSuffix(out, "synced: 1 talk changed; nothing new\n") && !strings.HasSuffix(out, "synced: 1 talk changed\n") {
		t.Errorf("the second laptop's sync printed %q", out)
	}
	if string(other.files["ev/t.md"]) != "- a note\n" {
		t.Errorf("the second laptop's notebook holds %q", other.files)
	}
}

func TestSyncTakesDIRFromTheConfigAndSaysWhenThereIsNone(t *testing.T) {
	root, bare := gitWorld(t)
	useToyBook(t, &toySyncBook{files: gitsync.Files{"t.md": []byte("x\n")}})
	db := emptyDB(t)
	t.Setenv("LANYARD_CONFIG", os.DevNull)
	msg := mustFail(t, db, "sync")
	if !strings.Contains(msg, "[sync] dir") {
		t.Errorf("sync without DIR or config says %q", msg)
	}
	dir := filepath.Join(root, "clone")
	if out, err := exec.Command("git", "clone", "-q", bare, dir).CombinedOutput(); err != nil {
		t.Fatalf("git clone: %v\n%s", err, out)
	}
	cfg := writeFile(t, "config.toml", "[sync]\ndir = \""+filepath.ToSlash(dir)+"\"\n")
	t.Setenv("LANYARD_CONFIG", cfg)
	if out := mustLanyard(t, db, "sync"); out != "synced: committed; pushed\n" {
		t.Errorf("sync of the config's dir printed %q", out)
	}
}

func TestSyncRefusalsExitNonZeroWithTheirMessage(t *testing.T) {
	root, _ := gitWorld(t)
	book := &toySyncBook{files: gitsync.Files{"t.md": []byte("x\n")}}
	useToyBook(t, book)
	db := emptyDB(t)
	msg := mustFail(t, db, "sync", filepath.Join(root, "nowhere"))
	if !strings.Contains(msg, "no folder") || !strings.Contains(msg, "--init") {
		t.Errorf("sync of a missing folder says %q", msg)
	}
	msg = mustFail(t, db, "sync", t.TempDir())
	if !strings.Contains(msg, "not a git working tree") {
		t.Errorf("sync of a plain folder says %q", msg)
	}
	if msg := mustFail(t, db, "sync", "--init", filepath.Join(root, "x")); !strings.Contains(msg, "REMOTE") {
		t.Errorf("--init without REMOTE says %q", msg)
	}
}

func TestSyncOfflineCommitsAndExitsZero(t *testing.T) {
	root, bare := gitWorld(t)
	useToyBook(t, &toySyncBook{files: gitsync.Files{"t.md": []byte("x\n")}})
	dir := filepath.Join(root, "clone")
	if out, err := exec.Command("git", "clone", "-q", bare, dir).CombinedOutput(); err != nil {
		t.Fatalf("git clone: %v\n%s", err, out)
	}
	if out, err := exec.Command("git", "-C", dir, "config", "url.http://127.0.0.1:1/.insteadOf", bare).CombinedOutput(); err != nil {
		t.Fatalf("git config: %v\n%s", err, out)
	}
	out := mustLanyard(t, emptyDB(t), "sync", dir)
	if !strings.HasPrefix(out, "committed; the push waits for the network (") {
		t.Errorf("offline sync printed %q", out)
	}
}
