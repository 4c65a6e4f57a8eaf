package store

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// openTest opens a fresh notebook in a temporary folder. On cleanup it
// checks the file's consistency with bbolt's tx.Check and closes it.
func openTest(t testing.TB) *Notebook {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "lanyard.db"))
}

// openAt opens the notebook at path with the same cleanup as openTest. A
// test that closes the notebook itself (to reopen it, say) still gets the
// file checked: cleanup then opens it read-only to look.
func openAt(t testing.TB, path string) *Notebook {
	t.Helper()
	nb, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { checkAndClose(t, nb) })
	return nb
}

// checkAndClose runs tx.Check on the notebook's file and closes it.
func checkAndClose(t testing.TB, nb *Notebook) {
	t.Helper()
	err := checkDB(nb.db)
	if errors.Is(err, berrors.ErrDatabaseNotOpen) {
		checkClosedFile(t, nb.path)
		return
	}
	if err != nil {
		t.Errorf("check %s: %v", nb.path, err)
	}
	if err := nb.Close(); err != nil {
		t.Errorf("cleanup: %v", err)
	}
}

// checkClosedFile checks a notebook file nobody has open.
func checkClosedFile(t testing.TB, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Errorf("check %s: %v", path, err)
		return
	}
	if err := checkDB(db); err != nil {
		t.Errorf("check %s: %v", path, err)
	}
	if err := db.Close(); err != nil {
		t.Errorf("check %s: close: %v", path, err)
	}
}

// checkDB returns every inconsistency tx.Check finds, joined.
func checkDB(db *bolt.DB) error {
	return db.View(func(tx *bolt.Tx) error {
		var errs []error
		for err := range tx.Check() {
			errs = append(errs, err)
		}
		return errors.Join(errs...)
	})
}

// venue is the fixture's time zone, fixed so that tests need no tzdata.
var venue = time.FixedZone("WEST", 60*60)

// at is a time on a fixture day, in venue time: at("2026-05-14", "09:30").
func at(t testing.TB, date, clock string) time.Time {
	t.Helper()
	ts, err := time.ParseInLocation("2006-01-02 15:04", date+" "+clock, venue)
	if err != nil {
		t.Fatalf("fixture time: %v", err)
	}
	return ts
}

// talkAt makes a talk of the fixture.
func talkAt(t testing.TB, date, from, to, title string, speakers ...string) schedule.Talk {
	t.Helper()
	return schedule.Talk{
		Start:    at(t, date, from),
		End:      at(t, date, to),
		Title:    title,
		Speakers: speakers,
		Kind:     schedule.KindTalk,
	}
}

const (
	day1 = "2026-05-14"
	day2 = "2026-05-15"
)

// fixtureEvent is an invented two-day conference with a break, a slot of
// ignite talks, talks with and without SourceIDs and one with two
// speakers.
func fixtureEvent(t testing.TB) schedule.Event {
	t.Helper()
	registration := talkAt(t, day1, "08:30", "09:00", "Registration")
	registration.Kind = schedule.KindBreak
	backpressure := talkAt(t, day1, "09:00", "09:45", "Backpressure all the way down", "Ana Ferreira")
	backpressure.SourceID = "qss-101"
	backpressure.Room = "Main hall"
	ignites := talkAt(t, day1, "11:00", "11:30", "Ignites")
	ignites.Kind = schedule.KindSlot
	ignites.Items = []schedule.Talk{
		{Title: "Tiny queues", Speakers: []string{"Rui Sá"}, Kind: schedule.KindTalk},
		{Title: "Leases in anger", Speakers: []string{"Ivo Brandt"}, Kind: schedule.KindTalk},
		{Title: "A map is not a tree", Speakers: []string{"Mei Tan"}, Kind: schedule.KindTalk},
	}
	lunch := talkAt(t, day1, "12:00", "13:00", "Lunch")
	lunch.Kind = schedule.KindBreak
	compaction := talkAt(t, day2, "09:30", "10:15", "Compaction for the rest of us", "Noor Haddad")
	compaction.SourceID = "qss-201"
	return schedule.Event{
		Name: "Quiet Systems Summit 2026",
		TZ:   "Europe/Lisbon",
		Days: []schedule.Day{
			{Date: day1, Talks: []schedule.Talk{
				registration,
				backpressure,
				talkAt(t, day1, "10:00", "10:40", "Fsync is not a promise", "Tomasz Wilk"),
				ignites,
				lunch,
			}},
			{Date: day2, Talks: []schedule.Talk{
				compaction,
				talkAt(t, day2, "10:30", "11:15", "Shipping on a Friday", "Lars Okafor", "Pia Lund"),
			}},
		},
	}
}

// findTitle returns the talk or item with that title; it fails the test
// if there is none.
func findTitle(t testing.TB, ev schedule.Event, title string) schedule.Talk {
	t.Helper()
	var found *schedule.Talk
	for _, tk := range ev.All() {
		if tk.Title == title && found == nil {
			found = tk
		}
	}
	if found == nil {
		t.Fatalf("event %q has no talk %q", ev.Name, title)
	}
	return *found
}

// hasTitle reports whether the event has a talk or item with that title.
func hasTitle(ev schedule.Event, title string) bool {
	found := false
	for _, tk := range ev.All() {
		found = found || tk.Title == title
	}
	return found
}

// titles lists a day's talks and items in order, items after their slot.
func titles(d schedule.Day) []string {
	var out []string
	for _, tk := range d.Talks {
		out = append(out, tk.Title)
		for _, it := range tk.Items {
			out = append(out, it.Title)
		}
	}
	return out
}

// normalized returns ev with every time in UTC without a monotonic
// reading, so that events can be compared after a trip through JSON.
func normalized(ev schedule.Event) schedule.Event {
	ev = cloneEvent(ev)
	for _, tk := range ev.All() {
		tk.Start, tk.End = tk.Start.UTC(), tk.End.UTC()
	}
	return ev
}

// writeNotes gives a talk top-level bullets with these texts, after any it
// has, and returns the outline as saved.
func writeNotes(t testing.TB, nb *Notebook, talkID uint64, texts ...string) *outline.Outline {
	t.Helper()
	o, err := nb.LoadOutline(talkID)
	if err != nil {
		t.Fatalf("load notes: %v", err)
	}
	for _, text := range texts {
		o.Append(text)
	}
	if err := nb.SaveOutline(talkID, o.TakeChanges()); err != nil {
		t.Fatalf("save notes: %v", err)
	}
	return o
}

// notesOf returns a talk's bullet texts in preorder.
func notesOf(t testing.TB, nb *Notebook, talkID uint64) []string {
	t.Helper()
	o, err := nb.LoadOutline(talkID)
	if err != nil {
		t.Fatalf("load notes of %d: %v", talkID, err)
	}
	var out []string
	for _, n := range o.Nodes() {
		out = append(out, n.Text)
	}
	return out
}

// sameNodes compares stored outlines: IDs, parents, order keys, depths,
// texts, kinds, folds and creation instants.
func sameNodes(t testing.TB, got, want []outline.Node) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d nodes, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.ID != w.ID || g.Parent != w.Parent || g.Order != w.Order || g.Depth != w.Depth ||
			g.Text != w.Text || g.Kind != w.Kind || g.Folded != w.Folded || !g.Created.Equal(w.Created) {
			t.Fatalf("row %d: got %+v, want %+v", i, g, w)
		}
	}
}

// median returns the middle of the durations.
func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
