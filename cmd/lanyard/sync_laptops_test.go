package main

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// These tests sync real notebooks through real git, as two laptops
// would: each imported the conference's schedule on its own, then took
// notes, and the bare repository stands for the private one on a forge.

// harbourTalks returns the IDs of the first two talks of the fixture.
func harbourTalks(t *testing.T, db string) (first, second uint64) {
	t.Helper()
	var ids []uint64
	withNotebook(t, db, func(nb *store.Notebook) {
		evs, err := nb.Events()
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range evs[0].Days {
			for _, tk := range d.Talks {
				if tk.Kind == sched.KindTalk {
					ids = append(ids, tk.ID)
				}
			}
		}
	})
	if len(ids) < 2 {
		t.Fatalf("the fixture has %d talks", len(ids))
	}
	return ids[0], ids[1]
}

// editBullet runs edit on the row of talk's outline whose text is was.
func editBullet(t *testing.T, db string, talk uint64, was string, edit func(o *doc.Outline, row int)) {
	t.Helper()
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < o.Len(); i++ {
			if o.At(i).Text == was {
				edit(o, i)
				if err := nb.SaveOutline(talk, o.TakeChanges()); err != nil {
					t.Fatal(err)
				}
				return
			}
		}
		t.Fatalf("talk %d has no bullet %q", talk, was)
	})
}

// post is the notebook's Markdown post of the whole event.
func post(t *testing.T, db string) string {
	t.Helper()
	return mustLanyard(t, db, "export", "--event", "Harbour")
}

// commits counts the commits the remote holds.
func commits(t *testing.T, bare string) int {
	t.Helper()
	out, err := exec.Command("git", "-C", bare, "rev-list", "--all", "--count").CombinedOutput()
	if err != nil {
		t.Fatalf("git rev-list: %v\n%s", err, out)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// syncAll syncs the laptops in turn, then the first again, so that each
// holds what every other wrote.
func syncAll(t *testing.T, laptops ...[2]string) {
	t.Helper()
	for _, l := range append(laptops, laptops[0]) {
		mustLanyard(t, l[0], "sync", l[1])
	}
}

// samePosts checks that every laptop's post is the first one's and holds
// each of texts.
func samePosts(t *testing.T, texts []string, dbs ...string) {
	t.Helper()
	want := post(t, dbs[0])
	for _, db := range dbs[1:] {
		if got := post(t, db); got != want {
			t.Fatalf("the laptops' posts differ:\n--- first\n%s\n--- other\n%s", want, got)
		}
	}
	for _, text := range texts {
		if !strings.Contains(want, text) {
			t.Errorf("the post lost %q:\n%s", text, want)
		}
	}
}

func TestTwoLaptopsSyncThroughGitAndLoseNothing(t *testing.T) {
	root, bare := gitWorld(t)
	a, b := importHarbour(t), importHarbour(t)
	dirA, dirB := filepath.Join(root, "a"), filepath.Join(root, "b")
	mustLanyard(t, a, "sync", "--init", dirA, bare)
	mustLanyard(t, b, "sync", "--init", dirB, bare)
	laptopA, laptopB := [2]string{a, dirA}, [2]string{b, dirB}
	talk1, talk2 := harbourTalks(t, a)

	// Notes in different talks, and additions to the same talk.
	mustLanyard(t, a, "add", "--talk", strconv.FormatUint(talk1, 10), "alpha wrote this in talk one")
	mustLanyard(t, b, "add", "--talk", strconv.FormatUint(talk2, 10), "beta wrote this in talk two")
	mustLanyard(t, b, "add", "--talk", strconv.FormatUint(talk1, 10), "beta wrote this in talk one")
	syncAll(t, laptopA, laptopB)
	samePosts(t, []string{"alpha wrote this in talk one", "beta wrote this in talk two", "beta wrote this in talk one"}, a, b)

	// The same bullet changed on both laptops keeps both texts.
	set := func(text string) func(o *doc.Outline, row int) {
		return func(o *doc.Outline, row int) { o.SetText(row, text) }
	}
	editBullet(t, a, talk1, "alpha wrote this in talk one", set("alpha as A corrected it"))
	editBullet(t, b, talk1, "alpha wrote this in talk one", set("alpha as B corrected it"))
	syncAll(t, laptopA, laptopB)
	samePosts(t, []string{"alpha as A corrected it", "alpha as B corrected it"}, a, b)

	// Deleted on one laptop, changed on the other: kept, with the change.
	editBullet(t, a, talk2, "beta wrote this in talk two", func(o *doc.Outline, row int) { o.DeleteSubtree(row) })
	editBullet(t, b, talk2, "beta wrote this in talk two", set("beta kept this in talk two"))
	syncAll(t, laptopA, laptopB)
	samePosts(t, []string{"beta kept this in talk two"}, a, b)

	// A sync of nothing new makes no commit.
	before := commits(t, bare)
	if out := mustLanyard(t, a, "sync", dirA); out != "synced: nothing new\n" {
		t.Errorf("a sync of nothing new printed %q", out)
	}
	mustLanyard(t, b, "sync", dirB)
	if after := commits(t, bare); after != before {
		t.Errorf("syncs of nothing new made %d commits", after-before)
	}

	// Offline at the venue: the note is committed, the push waits and the
	// sync still succeeds; back online, the next sync pushes it.
	offline := func(on bool) {
		args := []string{"-C", dirA, "config", "url.http://127.0.0.1:1/.insteadOf", bare}
		if !on {
			args = []string{"-C", dirA, "config", "--unset", "url.http://127.0.0.1:1/.insteadOf"}
		}
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git config: %v\n%s", err, out)
		}
	}
	offline(true)
	mustLanyard(t, a, "add", "--talk", strconv.FormatUint(talk2, 10), "alpha wrote this with no network")
	if out := mustLanyard(t, a, "sync", dirA); !strings.HasPrefix(out, "committed; the push waits for the network") {
		t.Errorf("an offline sync printed %q", out)
	}
	offline(false)
	syncAll(t, laptopA, laptopB)
	samePosts(t, []string{"alpha wrote this with no network"}, a, b)

	// A third laptop, with no notebook yet, joins later and gets it all.
	c := newDB(t)
	mustLanyard(t, c, "sync", "--init", filepath.Join(root, "c"), bare)
	samePosts(t, []string{"alpha as A corrected it", "alpha as B corrected it", "beta kept this in talk two", "alpha wrote this with no network"}, a, b, c)
}
