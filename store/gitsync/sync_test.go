package gitsync

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFirstSyncCommitsTheFormAndPushesTheNewBranch(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a := w.clone("a")
	nb := newToy(map[string]string{"ev/talk1.md": "- keynote\n", "ev/event.txt": "DevOpsDays\n"})
	res := w.sync(a, nb)
	if !res.Committed || !res.Pushed || res.PushWaits || res.Merged {
		t.Fatalf("first sync: %+v, want committed and pushed", res)
	}
	if got := w.remoteForm(); !sameText(got, nb.text()) {
		t.Fatalf("remote holds %v, want %v", got, nb.text())
	}
	if got := gitT(t, a, "config", "branch.main.remote"); got != "origin" {
		t.Errorf("the branch tracks %q after the first push, want origin", got)
	}
	if s := res.String(); s != "committed; pushed" {
		t.Errorf("result says %q", s)
	}
}

func TestASecondLaptopGetsTheNotesAndBothSidesChangesMerge(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a, b := w.clone("a"), w.clone("b")
	nbA := newToy(map[string]string{"t1.md": "one\n", "t2.md": "two\n", "t3.md": "three\n"})
	w.sync(a, nbA)

	nbB := newToy(nil)
	res := w.sync(b, nbB)
	if !res.Merged || res.Applied != 3 {
		t.Fatalf("second laptop's first sync: %+v, want 3 files merged in", res)
	}
	if !sameText(nbB.text(), nbA.text()) {
		t.Fatalf("second laptop has %v, want %v", nbB.text(), nbA.text())
	}

	nbA.set("t1.md", "one, edited on a\n")
	nbA.set("t3.md", "three from a\n")
	nbB.set("t2.md", "two, edited on b\n")
	nbB.set("t3.md", "three from b\n")
	nbB.set("t4.md", "new on b\n")
	w.sync(a, nbA)
	res = w.sync(b, nbB)
	if !res.Merged || !res.Pushed {
		t.Fatalf("b's sync after both changed: %+v", res)
	}
	if parents := strings.Fields(gitT(t, b, "log", "-1", "--format=%P")); len(parents) != 2 {
		t.Errorf("the merge commit has parents %v, want two", parents)
	}
	w.sync(a, nbA)
	want := map[string]string{
		"t1.md": "one, edited on a\n",
		"t2.md": "two, edited on b\n",
		"t3.md": "three from a\n\nthree from b\n",
		"t4.md": "new on b\n",
	}
	for name, nb := range map[string]*toyBook{"a": nbA, "b": nbB} {
		if !sameText(nb.text(), want) {
			t.Errorf("laptop %s ends with %v, want %v", name, nb.text(), want)
		}
	}
	if got := w.remoteForm(); !sameText(got, want) {
		t.Errorf("remote ends with %v, want %v", got, want)
	}
	// A's last sync followed the remote: no merge commit of its own.
	if gitT(t, a, "rev-parse", "HEAD") != gitT(t, w.bare, "rev-parse", "main") {
		t.Errorf("a is not at the remote's commit after its sync")
	}
}

func TestSyncOfNothingNewMakesNoCommitAndPushesNothing(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a := w.clone("a")
	nb := newToy(map[string]string{"t.md": "x\n"})
	w.sync(a, nb)
	before := gitT(t, a, "rev-parse", "HEAD")
	res := w.sync(a, nb)
	if res.Committed || res.Pushed || res.Merged {
		t.Fatalf("sync of nothing new: %+v", res)
	}
	if after := gitT(t, a, "rev-parse", "HEAD"); after != before {
		t.Fatalf("sync of nothing new moved HEAD from %s to %s", before, after)
	}
	if n := gitT(t, a, "rev-list", "--count", "HEAD"); n != "1" {
		t.Fatalf("%s commits after two syncs of one change, want 1", n)
	}
	if s := res.String(); s != "nothing new" {
		t.Errorf("result says %q", s)
	}
}

func TestOfflineCommitsLocallyAndTheNextSyncPushes(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a := w.clone("a")
	nb := newToy(map[string]string{"t.md": "x\n"})
	w.sync(a, nb)
	nb.set("t.md", "typed at the venue\n")
	// The remote's address now leads nowhere: a closed port.
	gitT(t, a, "config", "url.http://127.0.0.1:1/.insteadOf", w.bare)
	res := w.sync(a, nb)
	if !res.Committed || !res.PushWaits || res.Pushed || res.Offline == "" {
		t.Fatalf("offline sync: %+v, want committed and the push waiting", res)
	}
	if strings.HasPrefix(res.Offline, "fatal") || strings.Contains(res.Offline, "unable to access") {
		t.Errorf("the reason keeps git's preamble: %q", res.Offline)
	}
	if !strings.Contains(res.String(), "the push waits for the network") {
		t.Errorf("offline result says %q", res.String())
	}
	if got := w.remoteForm()["t.md"]; got != "x\n" {
		t.Fatalf("remote changed while offline: %q", got)
	}
	// Still offline, nothing new: still waiting, no new commit.
	head := gitT(t, a, "rev-parse", "HEAD")
	res = w.sync(a, nb)
	if res.Committed || !res.PushWaits {
		t.Fatalf("second offline sync: %+v", res)
	}
	if gitT(t, a, "rev-parse", "HEAD") != head {
		t.Fatal("second offline sync made a commit")
	}
	gitT(t, a, "config", "--unset", "url.http://127.0.0.1:1/.insteadOf")
	res = w.sync(a, nb)
	if !res.Pushed || res.PushWaits {
		t.Fatalf("back online: %+v, want pushed", res)
	}
	if got := w.remoteForm()["t.md"]; got != "typed at the venue\n" {
		t.Fatalf("remote after the network came back: %q", got)
	}
}

func TestFilesTheNotebookDroppedAreRemovedAndTheRestOfTheTreeIsLeft(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a := w.clone("a")
	readme := filepath.Join(a, "README.md")
	if err := os.WriteFile(readme, []byte("my notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gitT(t, a, "add", "README.md")
	gitT(t, a, "commit", "-q", "-m", "readme")
	nb := newToy(map[string]string{"ev/a.md": "a\n", "ev/b.md": "b\n", "other/c.md": "c\n"})
	w.sync(a, nb)
	nb.mu.Lock()
	delete(nb.files, "ev/b.md")
	delete(nb.files, "other/c.md")
	nb.mu.Unlock()
	w.sync(a, nb)
	if got := w.remoteForm(); !sameText(got, map[string]string{"ev/a.md": "a\n"}) {
		t.Fatalf("remote form %v, want only ev/a.md", got)
	}
	if _, err := os.Stat(filepath.Join(a, Folder, "other")); !os.IsNotExist(err) {
		t.Errorf("the emptied folder is still there: %v", err)
	}
	if b, err := os.ReadFile(readme); err != nil || string(b) != "my notes\n" {
		t.Errorf("README outside the form: %q, %v", b, err)
	}
}

func TestChangesOutsideTheFormComeWithTheMerge(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a, b := w.clone("a"), w.clone("b")
	nbA, nbB := newToy(map[string]string{"t.md": "x\n"}), newToy(nil)
	w.sync(a, nbA)
	w.sync(b, nbB)
	// b's user writes a README by hand and pushes it with git.
	if err := os.WriteFile(filepath.Join(b, "README.md"), []byte("from b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gitT(t, b, "add", "README.md")
	gitT(t, b, "commit", "-q", "-m", "readme")
	gitT(t, b, "push", "-q")
	nbA.set("t.md", "y\n")
	w.sync(a, nbA)
	if got, err := os.ReadFile(filepath.Join(a, "README.md")); err != nil || string(got) != "from b\n" {
		t.Fatalf("a's README after the merge: %q, %v", got, err)
	}
	if out := gitT(t, a, "status", "--porcelain"); out != "" {
		t.Fatalf("a's tree is not clean after the merge:\n%s", out)
	}
}

func TestAPathThatClimbsOutIsRefusedAndNothingIsWritten(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a := w.clone("a")
	for _, bad := range []string{"../escape.md", "/abs.md", "a//b.md", ".git/config", "a\\b.md", "a\x1bb.md", ""} {
		nb := newToy(map[string]string{bad: "x"})
		_, err := Sync(testCtx(t), a, nb, Options{})
		if !errors.Is(err, ErrBadForm) {
			t.Errorf("path %q: %v, want ErrBadForm", bad, err)
		}
	}
	if _, err := os.Stat(filepath.Join(w.root, "escape.md")); !os.IsNotExist(err) {
		t.Errorf("a file was written outside the folder: %v", err)
	}
	if out := gitT(t, a, "status", "--porcelain", "--untracked-files=all"); out != "" {
		t.Errorf("the tree changed: %s", out)
	}
}

func TestAGitPullByHandIsMergedIntoTheNotebookNotReverted(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	a, b := w.clone("a"), w.clone("b")
	nbA, nbB := newToy(map[string]string{"t.md": "x\n"}), newToy(nil)
	w.sync(a, nbA)
	w.sync(b, nbB)
	nbA.set("t.md", "changed on a\n")
	w.sync(a, nbA)
	gitT(t, b, "pull", "-q", "--ff-only")
	nbB.set("b.md", "typed on b\n")
	w.sync(b, nbB)
	want := map[string]string{"t.md": "changed on a\n", "b.md": "typed on b\n"}
	if !sameText(nbB.text(), want) || !sameText(w.remoteForm(), want) {
		t.Fatalf("after a pull by hand: notebook %v, remote %v, want %v", nbB.text(), w.remoteForm(), want)
	}
}
