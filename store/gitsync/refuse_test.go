package gitsync

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pending sets up a laptop whose sync would bring a change into its
// notebook: the remote has a commit it lacks. A refused sync must leave
// that notebook as it was.
func pending(t *testing.T) (w *world, dir string, nb *toyBook) {
	t.Helper()
	w = newWorld(t)
	a, b := w.clone("a"), w.clone("b")
	nbA := newToy(map[string]string{"t.md": "x\n"})
	w.sync(a, nbA)
	nb = newToy(nil)
	w.sync(b, nb)
	nbA.set("t.md", "changed on a\n")
	w.sync(a, nbA)
	nb.set("mine.md", "typed on b\n")
	nb.applies = 0
	return w, b, nb
}

func TestEachRefusalSaysWhatToDoAndLeavesTheNotebook(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		prepare func(t *testing.T, w *world, dir string) (syncDir string, opt Options)
		want    error
		says    string
	}{
		{"no git", func(t *testing.T, w *world, dir string) (string, Options) {
			return dir, Options{Git: filepath.Join(t.TempDir(), "git")}
		}, ErrNoGit, "install git"},
		{"DIR missing", func(t *testing.T, w *world, dir string) (string, Options) {
			return filepath.Join(w.root, "nowhere"), Options{}
		}, ErrNotRepo, "lanyard sync --init"},
		{"DIR not a working tree", func(t *testing.T, w *world, dir string) (string, Options) {
			return t.TempDir(), Options{}
		}, ErrNotRepo, "not a git working tree"},
		{"DIR inside a working tree", func(t *testing.T, w *world, dir string) (string, Options) {
			sub := filepath.Join(dir, Folder)
			return sub, Options{}
		}, ErrNotRepo, "sync that folder"},
		{"no remote", func(t *testing.T, w *world, dir string) (string, Options) {
			gitT(t, dir, "remote", "remove", "origin")
			return dir, Options{}
		}, ErrNoRemote, "git -C"},
		{"a merge half done", func(t *testing.T, w *world, dir string) (string, Options) {
			conflict(t, w, dir)
			return dir, Options{}
		}, ErrHalfDone, "git merge --abort"},
		{"a rebase half done", func(t *testing.T, w *world, dir string) (string, Options) {
			conflictRebase(t, w, dir)
			return dir, Options{}
		}, ErrHalfDone, "git rebase --abort"},
		{"hand edit outside the form", func(t *testing.T, w *world, dir string) (string, Options) {
			write(t, filepath.Join(dir, "README.md"), "draft\n")
			return dir, Options{}
		}, ErrDirty, "README.md"},
		{"hand edit in the form", func(t *testing.T, w *world, dir string) (string, Options) {
			write(t, filepath.Join(dir, Folder, "t.md"), "edited by hand\n")
			return dir, Options{}
		}, ErrDirty, "would be lost"},
		{"detached HEAD", func(t *testing.T, w *world, dir string) (string, Options) {
			gitT(t, dir, "checkout", "-q", "--detach")
			return dir, Options{}
		}, ErrDetached, "switch"},
		{"another branch than the one set", func(t *testing.T, w *world, dir string) (string, Options) {
			return dir, Options{Branch: "notes"}
		}, ErrDetached, "switch notes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			w, dir, nb := pending(t)
			before := nb.text()
			syncDir, opt := c.prepare(t, w, dir)
			head, _ := gitTry(dir, "rev-parse", "HEAD")
			_, err := Sync(testCtx(t), syncDir, nb, opt)
			if !errors.Is(err, c.want) {
				t.Fatalf("sync: %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("the message %q does not say %q", err, c.says)
			}
			if !sameText(nb.text(), before) || nb.applies != 0 {
				t.Errorf("the notebook changed: %v (applied %d times), was %v", nb.text(), nb.applies, before)
			}
			if after, _ := gitTry(dir, "rev-parse", "HEAD"); after != head {
				t.Errorf("HEAD moved from %s to %s", head, after)
			}
		})
	}
}

func TestUnrelatedHistoriesAreRefusedAndTheNotebookKept(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a := w.clone("a")
	w.sync(a, newToy(map[string]string{"t.md": "x\n"}))
	other := filepath.Join(w.root, "other")
	gitT(t, w.root, "init", "-q", other)
	gitT(t, other, "remote", "add", "origin", w.bare)
	nb := newToy(map[string]string{"mine.md": "mine\n"})
	_, err := Sync(testCtx(t), other, nb, Options{})
	if !errors.Is(err, ErrUnrelated) || !strings.Contains(err.Error(), "--init") {
		t.Fatalf("sync of unrelated histories: %v", err)
	}
	if nb.applies != 0 || !sameText(nb.text(), map[string]string{"mine.md": "mine\n"}) {
		t.Fatalf("the notebook changed: %v", nb.text())
	}
	if got := w.remoteForm(); !sameText(got, map[string]string{"t.md": "x\n"}) {
		t.Fatalf("the remote changed: %v", got)
	}
}

func TestACrashBetweenApplyAndTheMergeCommitIsRepairedByTheNextSync(t *testing.T) {
	t.Parallel()
	w, b, nb := pending(t)
	crash := errors.New("the laptop died")
	nb.afterApply = func() error { return crash }
	if _, err := Sync(testCtx(t), b, nb, Options{}); !errors.Is(err, crash) {
		t.Fatalf("sync with a crash after Apply: %v", err)
	}
	nb.afterApply = nil
	nb.set("later.md", "typed after the crash\n")
	res := w.sync(b, nb)
	if !res.Pushed {
		t.Fatalf("repairing sync: %+v", res)
	}
	want := map[string]string{"t.md": "changed on a\n", "mine.md": "typed on b\n", "later.md": "typed after the crash\n"}
	if !sameText(nb.text(), want) {
		t.Fatalf("notebook after the repair: %v, want %v", nb.text(), want)
	}
	if got := w.remoteForm(); !sameText(got, want) {
		t.Fatalf("remote after the repair: %v, want %v", got, want)
	}
}

func TestASyncStoppedWhileWritingDIRIsRepairedNotTakenForHandEdits(t *testing.T) {
	t.Parallel()
	w, b, nb := pending(t)
	// What a sync stopped mid-write leaves: its marker, a half-written
	// form, a stray file.
	marker := gitT(t, b, "rev-parse", "--git-path", "lanyard-sync")
	write(t, filepath.Join(b, marker), "x")
	write(t, filepath.Join(b, Folder, "t.md"), "half wr")
	write(t, filepath.Join(b, Folder, "stray", "new.md"), "half")
	res := w.sync(b, nb)
	if !res.Pushed {
		t.Fatalf("sync after a stopped one: %+v", res)
	}
	want := map[string]string{"t.md": "changed on a\n", "mine.md": "typed on b\n"}
	if !sameText(nb.text(), want) || !sameText(w.remoteForm(), want) {
		t.Fatalf("notebook %v, remote %v, want %v", nb.text(), w.remoteForm(), want)
	}
	if _, err := os.Stat(filepath.Join(b, marker)); !os.IsNotExist(err) {
		t.Errorf("the marker is left: %v", err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// conflict leaves dir in a merge stopped by a conflict in README.md.
func conflict(t *testing.T, w *world, dir string) {
	t.Helper()
	third := w.clone("third")
	write(t, filepath.Join(third, "README.md"), "theirs\n")
	gitT(t, third, "add", "README.md")
	gitT(t, third, "commit", "-q", "-m", "theirs")
	gitT(t, third, "push", "-q")
	write(t, filepath.Join(dir, "README.md"), "ours\n")
	gitT(t, dir, "add", "README.md")
	gitT(t, dir, "commit", "-q", "-m", "ours")
	gitT(t, dir, "fetch", "-q")
	if out, err := gitTry(dir, "merge", "origin/main"); err == nil {
		t.Fatalf("the merge did not stop on a conflict:\n%s", out)
	}
}

// conflictRebase leaves dir in a rebase stopped by a conflict.
func conflictRebase(t *testing.T, w *world, dir string) {
	t.Helper()
	third := w.clone("third")
	write(t, filepath.Join(third, "README.md"), "theirs\n")
	gitT(t, third, "add", "README.md")
	gitT(t, third, "commit", "-q", "-m", "theirs")
	gitT(t, third, "push", "-q")
	write(t, filepath.Join(dir, "README.md"), "ours\n")
	gitT(t, dir, "add", "README.md")
	gitT(t, dir, "commit", "-q", "-m", "ours")
	gitT(t, dir, "fetch", "-q")
	if out, err := gitTry(dir, "rebase", "origin/main"); err == nil {
		t.Fatalf("the rebase did not stop on a conflict:\n%s", out)
	}
}
