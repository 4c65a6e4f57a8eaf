package notesync

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/store"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// laptop is one notebook that syncs, with the form of its last sync (the
// base git's merge-base would give).
type laptop struct {
	name string
	nb   *store.Notebook
	book *Book
	base map[string][]byte
}

// remote stands in for the git repository: the form last pushed.
type remote struct {
	latest map[string][]byte
	pushes int
}

func openLaptop(t testing.TB, name string) *laptop {
	t.Helper()
	nb, err := store.Open(filepath.Join(t.TempDir(), name+".db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := nb.Close(); err != nil {
			t.Error(err)
		}
	})
	return &laptop{name: name, nb: nb, book: New(nb)}
}

// sync does what lanyard sync does, with the remote in memory: commit,
// and if the remote moved on, merge, apply and push the merge. It checks
// that the notebook then reads back as exactly the merge.
func (r *remote) sync(t testing.TB, l *laptop) {
	t.Helper()
	ours, err := l.book.Files()
	if err != nil {
		t.Fatalf("%s: files: %v", l.name, err)
	}
	if r.latest == nil || sameFiles(r.latest, l.base) {
		r.latest, l.base = ours, ours
		r.pushes++
		return
	}
	base := l.base
	if base == nil {
		base = map[string][]byte{}
	}
	merged, err := l.book.Merge(base, ours, r.latest)
	if err != nil {
		t.Fatalf("%s: merge: %v", l.name, err)
	}
	if err := l.book.Apply(ours, merged); err != nil {
		t.Fatalf("%s: apply: %v", l.name, err)
	}
	after, err := l.book.Files()
	if err != nil {
		t.Fatal(err)
	}
	if !sameFiles(after, merged) {
		dumpNodes(t, l)
		t.Fatalf("%s: after apply the notebook is not the merge:\n%s\nours:\n%s", l.name, diffFiles(merged, after), diffFiles(ours, merged))
	}
	r.latest, l.base = merged, merged
	r.pushes++
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for p, v := range a {
		if w, ok := b[p]; !ok || !bytes.Equal(v, w) {
			return false
		}
	}
	return true
}

// diffFiles shows the files that differ, whole, for a failing test.
func diffFiles(want, got map[string][]byte) string {
	var b strings.Builder
	for _, p := range union(want, got) {
		if !bytes.Equal(want[p], got[p]) {
			fmt.Fprintf(&b, "--- %s want:\n%s--- got:\n%s", p, want[p], got[p])
		}
	}
	return b.String()
}

func at(clock string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", clock)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// conference is the schedule both laptops import before their first
// sync.
func conference() schedule.Event {
	talk := func(clock, title, source string) schedule.Talk {
		return schedule.Talk{Start: at(clock), End: at(clock).Add(30 * time.Minute), Title: title,
			Speakers: []string{"Ada " + title}, Room: "Main", Kind: schedule.KindTalk, SourceID: source}
	}
	ign := schedule.Talk{Start: at("2026-05-14 11:00"), End: at("2026-05-14 11:30"), Title: "Ignites", Kind: schedule.KindSlot,
		Items: []schedule.Talk{{Title: "Toil", Kind: schedule.KindTalk, Start: at("2026-05-14 11:00")},
			{Title: "Dashboards", Kind: schedule.KindTalk, Start: at("2026-05-14 11:00")}}}
	return schedule.Event{Name: "Harbourside 2026", TZ: "Europe/Amsterdam", Days: []schedule.Day{
		{Date: "2026-05-14", Talks: []schedule.Talk{talk("2026-05-14 09:00", "Runbooks", "uid-1"),
			talk("2026-05-14 10:00", "Paging", "uid-2"), ign}},
		{Date: "2026-05-15", Talks: []schedule.Talk{talk("2026-05-15 09:00", "Terraform", ""),
			talk("2026-05-15 10:00", "Postmortems", "")}},
	}}
}

// importConference gives the laptop the conference and returns it.
func importConference(t testing.TB, l *laptop) schedule.Event {
	t.Helper()
	ev, err := l.nb.CreateEvent(conference())
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// talkID finds a talk of the laptop's one event by title.
func (l *laptop) talkID(t testing.TB, title string) uint64 {
	t.Helper()
	evs, err := l.nb.Events()
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		for _, tk := range ev.All() {
			if tk.Title == title {
				return tk.ID
			}
		}
	}
	t.Fatalf("%s has no talk %q", l.name, title)
	return 0
}

// edit loads a talk's outline, runs fn on it and saves what changed.
func (l *laptop) edit(t testing.TB, title string, fn func(o *outline.Outline)) {
	t.Helper()
	id := l.talkID(t, title)
	o, err := l.nb.LoadOutline(id)
	if err != nil {
		t.Fatal(err)
	}
	fn(o)
	if err := l.nb.SaveOutline(id, o.TakeChanges()); err != nil {
		t.Fatal(err)
	}
}

// texts are a talk's bullets in reading order, indented by depth, with
// a "!" before a conflict copy.
func (l *laptop) texts(t testing.TB, title string) []string {
	t.Helper()
	o, err := l.nb.LoadOutline(l.talkID(t, title))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range o.Nodes() {
		mark := ""
		if n.Conflict {
			mark = "!"
		}
		out = append(out, strings.Repeat("  ", n.Depth)+mark+n.Text)
	}
	return out
}

func wantTexts(t testing.TB, l *laptop, title string, want ...string) {
	t.Helper()
	if got := l.texts(t, title); !slices.Equal(got, want) {
		t.Errorf("%s: notes of %q:\n got %q\nwant %q", l.name, title, got, want)
	}
}

// sameNotebooks checks that two laptops hold the same notebook.
func sameNotebooks(t testing.TB, a, b *laptop) {
	t.Helper()
	fa, err := a.book.Files()
	if err != nil {
		t.Fatal(err)
	}
	fb, err := b.book.Files()
	if err != nil {
		t.Fatal(err)
	}
	if !sameFiles(fa, fb) {
		t.Fatalf("%s and %s differ:\n%s", a.name, b.name, diffFiles(fa, fb))
	}
}

func appendAll(o *outline.Outline, texts ...string) {
	for _, s := range texts {
		o.Append(s)
	}
}

// dumpNodes logs a notebook's bullet records with their sync identities,
// for a test that finds the notebook is not what the merge said.
func dumpNodes(t testing.TB, l *laptop) {
	err := l.nb.SyncView(func(st *store.SyncTx) error {
		evs, err := st.Events()
		if err != nil {
			return err
		}
		for _, ev := range evs {
			for _, tk := range ev.All() {
				nodes, err := st.Nodes(tk.ID)
				if err != nil {
					return err
				}
				ids, err := st.BulletIDs(tk.ID)
				if err != nil {
					return err
				}
				for _, n := range nodes {
					t.Logf("talk %d node %d parent %d order %s text %q sync %q", tk.ID, n.ID, n.Parent, n.Order, n.Text, ids[uint64(n.ID)])
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Log(err)
	}
}
