package store

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"lanyard/store/schedule"
)

// importTest imports ev and fails the test on error.
func importTest(t *testing.T, nb *Notebook, ev schedule.Event) (schedule.Event, ImportSummary) {
	t.Helper()
	out, sum, err := nb.ImportEvent(ev)
	if err != nil {
		t.Fatalf("import %q: %v", ev.Name, err)
	}
	stored, err := nb.Event(out.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(normalized(stored), normalized(out)) {
		t.Fatalf("stored event differs from the one returned:\n got %+v\nwant %+v", stored, out)
	}
	return out, sum
}

// edit returns the talk or item with that title in ev, for a fixture to
// change; it fails the test if there is none.
func edit(t *testing.T, ev *schedule.Event, title string) *schedule.Talk {
	t.Helper()
	var found *schedule.Talk
	for _, tk := range ev.All() {
		if tk.Title == title {
			found = tk
		}
	}
	if found == nil {
		t.Fatalf("fixture has no %q", title)
	}
	return found
}

// remove deletes the talk or item with that title from ev.
func remove(ev *schedule.Event, title string) {
	for d := range ev.Days {
		day := &ev.Days[d]
		day.Talks = slices.DeleteFunc(day.Talks, func(tk schedule.Talk) bool { return tk.Title == title })
		for i := range day.Talks {
			day.Talks[i].Items = slices.DeleteFunc(day.Talks[i].Items, func(tk schedule.Talk) bool { return tk.Title == title })
		}
	}
}

func TestImportCreatesEvent(t *testing.T) {
	nb := openTest(t)
	ev, sum := importTest(t, nb, fixtureEvent(t))
	want := ImportSummary{Created: true, Days: 2, Talks: 10, Added: 10}
	if sum != want {
		t.Errorf("summary %+v, want %+v", sum, want)
	}
	ids := map[uint64]bool{ev.ID: true}
	for _, tk := range ev.All() {
		if tk.ID == 0 || ids[tk.ID] {
			t.Errorf("talk %q has ID %d, zero or used twice", tk.Title, tk.ID)
		}
		ids[tk.ID] = true
	}
}

func TestReimportingTheSameScheduleChangesNothing(t *testing.T) {
	nb := openTest(t)
	first, _ := importTest(t, nb, fixtureEvent(t))
	talk := findTitle(t, first, "Fsync is not a promise").ID
	item := findTitle(t, first, "Leases in anger").ID
	writeNotes(t, nb, talk, "fsync can lie")
	writeNotes(t, nb, item, "lease = lock with a clock")

	again, sum := importTest(t, nb, fixtureEvent(t))
	want := ImportSummary{Days: 2, Talks: 10, Unchanged: 10}
	if sum != want {
		t.Errorf("summary %+v, want %+v", sum, want)
	}
	if !reflect.DeepEqual(normalized(again), normalized(first)) {
		t.Errorf("re-import changed the event:\n got %+v\nwant %+v", again, first)
	}
	if got := notesOf(t, nb, talk); !slices.Equal(got, []string{"fsync can lie"}) {
		t.Errorf("talk notes after re-import: %q", got)
	}
	if got := notesOf(t, nb, item); !slices.Equal(got, []string{"lease = lock with a clock"}) {
		t.Errorf("item notes after re-import: %q", got)
	}
}

// TestReimportKeepsNotesThroughChanges re-imports a schedule in which
// talks were retitled, moved, removed and added, and checks every note
// and mark the user made is still where they would look for it.
func TestReimportKeepsNotesThroughChanges(t *testing.T) {
	nb := openTest(t)
	orig := fixtureEvent(t)
	edit(t, &orig, "Backpressure all the way down").Attended = true
	first, _ := importTest(t, nb, orig)
	id := func(title string) uint64 { return findTitle(t, first, title).ID }
	notes := map[string][]string{
		"Fsync is not a promise":        {"fsync can lie", "ask about barriers"},
		"Compaction for the rest of us": {"level vs tiered"},
		"Shipping on a Friday":          {"feature flags, not courage"},
		"Leases in anger":               {"clock skew bites"},
		"Tiny queues":                   {"queues of one"},
	}
	for title, texts := range notes {
		writeNotes(t, nb, id(title), texts...)
	}
	writeNotes(t, nb, id("Registration"), "") // opened, nothing typed
	early, err := nb.AddTalk(first.ID, "2026-05-13", schedule.Talk{
		Start: at(t, "2026-05-13", "19:00"), Title: "Pre-party chat", Kind: schedule.KindPage})
	if err != nil {
		t.Fatal(err)
	}
	writeNotes(t, nb, early.ID, "met the pager folks")
	hallway, err := nb.AddTalk(first.ID, day1, schedule.Talk{
		Start: at(t, day1, "10:40"), Title: "Hallway", Kind: schedule.KindPage})
	if err != nil {
		t.Fatal(err)
	}

	revised := fixtureEvent(t)
	revised.Name = "quiet systems SUMMIT 2026" // matched ignoring case
	revised.TZ = "Atlantic/Madeira"
	edit(t, &revised, "Fsync is not a promise").Title = "Fsync is a promise, mostly"
	moved := *edit(t, &revised, "Compaction for the rest of us")
	remove(&revised, moved.Title)
	moved.Title, moved.Start, moved.End = "Compaction, revisited", at(t, day1, "15:00"), at(t, day1, "15:45")
	revised.Days[0].Talks = append(revised.Days[0].Talks, moved)
	for _, title := range []string{"Shipping on a Friday", "Lunch", "Registration", "Leases in anger", "A map is not a tree"} {
		remove(&revised, title)
	}
	edit(t, &revised, "Tiny queues").Title = "Tinier queues"
	closing := talkAt(t, day2, "17:00", "17:15", "Closing remarks")
	closing.Kind = schedule.KindPlenary
	revised.Days[1].Talks = append(revised.Days[1].Talks, closing)

	got, sum := importTest(t, nb, revised)

	want := ImportSummary{Days: 2, Talks: 6, Added: 1, Updated: 3, Unchanged: 2, Dropped: 2, Removed: 3}
	if sum != want {
		t.Errorf("summary %+v, want %+v", sum, want)
	}
	if got.ID != first.ID || got.TZ != "Atlantic/Madeira" {
		t.Errorf("merged event %d in %q, want %d in Atlantic/Madeira", got.ID, got.TZ, first.ID)
	}
	for old, now := range map[string]string{
		"Fsync is not a promise":        "Fsync is a promise, mostly",
		"Compaction for the rest of us": "Compaction, revisited",
		"Shipping on a Friday":          "Shipping on a Friday",
		"Leases in anger":               "Leases in anger",
		"Tiny queues":                   "Tinier queues",
	} {
		tk := findTitle(t, got, now)
		if tk.ID != id(old) {
			t.Errorf("%q has ID %d, want %q's %d", now, tk.ID, old, id(old))
		}
		if texts := notesOf(t, nb, tk.ID); !slices.Equal(texts, notes[old]) {
			t.Errorf("notes of %q = %q, want %q", now, texts, notes[old])
		}
	}
	for _, title := range []string{"Shipping on a Friday", "Leases in anger"} {
		if !findTitle(t, got, title).Dropped {
			t.Errorf("%q, gone from the schedule but with notes, is not marked Dropped", title)
		}
	}
	if slot := findTitle(t, got, "Ignites"); !slices.ContainsFunc(slot.Items, func(tk schedule.Talk) bool { return tk.Title == "Leases in anger" }) {
		t.Errorf("the dropped item left its slot: %+v", slot.Items)
	}
	if !findTitle(t, got, "Shipping on a Friday").Start.Equal(at(t, day2, "10:30")) {
		t.Error("the dropped talk moved")
	}
	for _, title := range []string{"Lunch", "Registration", "A map is not a tree"} {
		if hasTitle(got, title) {
			t.Errorf("%q, gone from the schedule and without notes, was kept", title)
		}
	}
	if n := notesOf(t, nb, id("Registration")); len(n) != 0 {
		t.Errorf("the removed talk's empty bullets were kept: %q", n)
	}
	for _, page := range []schedule.Talk{early, hallway} {
		tk := findTitle(t, got, page.Title)
		if tk.ID != page.ID || tk.Dropped {
			t.Errorf("page %q became %+v, want it kept as it was", page.Title, tk)
		}
	}
	if texts := notesOf(t, nb, early.ID); !slices.Equal(texts, []string{"met the pager folks"}) {
		t.Errorf("page notes after re-import: %q", texts)
	}
	if !findTitle(t, got, "Backpressure all the way down").Attended {
		t.Error("re-import lost the attended mark")
	}
	if findTitle(t, got, "Closing remarks").ID == 0 {
		t.Error("the new talk has no ID")
	}
	wantDay2 := []string{"Shipping on a Friday", "Closing remarks"}
	if day := titles(got.Days[got.DayIndex(day2)]); !slices.Equal(day, wantDay2) {
		t.Errorf("day 2 is %q, want %q", day, wantDay2)
	}

	// The talk comes back: it is no longer Dropped and still has its notes.
	_, sum = importTest(t, nb, fixtureEvent(t))
	back, err := nb.Event(first.ID)
	if err != nil {
		t.Fatal(err)
	}
	shipping := findTitle(t, back, "Shipping on a Friday")
	if shipping.ID != id("Shipping on a Friday") || shipping.Dropped {
		t.Errorf("returning talk is %+v, want its old ID and not Dropped", shipping)
	}
	if sum.Dropped != 0 {
		t.Errorf("third import dropped %d talks, want 0", sum.Dropped)
	}
}

func TestDifferentSourceIDsAreDifferentTalks(t *testing.T) {
	nb := openTest(t)
	first, _ := importTest(t, nb, fixtureEvent(t))
	old := findTitle(t, first, "Backpressure all the way down")
	writeNotes(t, nb, old.ID, "credit-based flow control")

	revised := fixtureEvent(t)
	edit(t, &revised, old.Title).SourceID = "qss-999" // same slot, same title, another talk
	got, sum := importTest(t, nb, revised)

	var same []schedule.Talk
	for _, tk := range got.All() {
		if tk.Title == old.Title {
			same = append(same, *tk)
		}
	}
	if len(same) != 2 || sum.Added != 1 || sum.Dropped != 1 {
		t.Fatalf("got %d talks titled %q and %+v; want the old one dropped beside a new one", len(same), old.Title, sum)
	}
	for _, tk := range same {
		if (tk.ID == old.ID) != tk.Dropped {
			t.Errorf("talk %d (source %s) Dropped = %v", tk.ID, tk.SourceID, tk.Dropped)
		}
	}
}

func TestFailedImportChangesNothing(t *testing.T) {
	nb := openTest(t)
	first, _ := importTest(t, nb, fixtureEvent(t))
	blank := findTitle(t, first, "Registration").ID
	writeNotes(t, nb, blank, "")
	kept := findTitle(t, first, "Shipping on a Friday").ID
	writeNotes(t, nb, kept, "feature flags")
	before, err := nb.Events()
	if err != nil {
		t.Fatal(err)
	}

	revised := fixtureEvent(t)
	remove(&revised, "Registration")
	remove(&revised, "Shipping on a Friday")
	revised.Days = append(revised.Days, schedule.Day{Date: "2026-05-16", Talks: []schedule.Talk{talkAt(t, "2026-05-16", "09:00", "09:30", "Extra day")}})
	other := fixtureEvent(t)
	other.Name = "Another Summit"
	boom := errors.New("disk full")
	nb.importFault = func() error { return boom }
	for _, ev := range []schedule.Event{revised, other} {
		if _, _, err := nb.ImportEvent(ev); !errors.Is(err, boom) {
			t.Fatalf("import %q with a fault: %v, want %v", ev.Name, err, boom)
		}
	}
	nb.importFault = nil
	bad := fixtureEvent(t)
	bad.Days[1].Date = day1
	noName := fixtureEvent(t)
	noName.Name = "  "
	badDate := fixtureEvent(t)
	badDate.Days[0].Date = "14/05/2026"
	for _, ev := range []schedule.Event{bad, noName, badDate} {
		if _, _, err := nb.ImportEvent(ev); err == nil {
			t.Errorf("import of a bad schedule %q %v succeeded", ev.Name, []string{ev.Days[0].Date, ev.Days[1].Date})
		}
	}

	after, err := nb.Events()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, before) {
		t.Errorf("failed imports changed the events:\n got %+v\nwant %+v", after, before)
	}
	if n := notesOf(t, nb, blank); len(n) != 1 {
		t.Errorf("failed import removed a talk's bullets: %q", n)
	}
	if n := notesOf(t, nb, kept); !slices.Equal(n, []string{"feature flags"}) {
		t.Errorf("failed import changed notes: %q", n)
	}
	// Nor did it use up IDs: the next import numbers on from the first.
	ev, _ := importTest(t, nb, other)
	if maxID(first)+1 != ev.ID {
		t.Errorf("after failed imports the next event got ID %d, want %d", ev.ID, maxID(first)+1)
	}
}

// maxID is the largest ID in ev, its own or a talk's.
func maxID(ev schedule.Event) uint64 {
	m := ev.ID
	for _, tk := range ev.All() {
		m = max(m, tk.ID)
	}
	return m
}

func TestItemsFollowTheirNotesIntoAChangedSlot(t *testing.T) {
	nb := openTest(t)
	first, _ := importTest(t, nb, fixtureEvent(t))
	tiny := findTitle(t, first, "Tiny queues").ID
	writeNotes(t, nb, tiny, "queues of one")

	revised := fixtureEvent(t)
	slot := edit(t, &revised, "Ignites")
	slot.Title = "Lightning round" // renamed and moved: the slot itself no longer matches
	slot.Start, slot.End = at(t, day1, "11:30"), at(t, day1, "12:00")
	got, sum := importTest(t, nb, revised)

	if tk := findTitle(t, got, "Tiny queues"); tk.ID != tiny {
		t.Errorf("item in the changed slot has ID %d, want %d", tk.ID, tiny)
	}
	if texts := notesOf(t, nb, tiny); !slices.Equal(texts, []string{"queues of one"}) {
		t.Errorf("item notes after its slot changed: %q", texts)
	}
	if hasTitle(got, "Ignites") || sum.Removed != 1 || sum.Added != 1 {
		t.Errorf("summary %+v: want the old slot, without notes, replaced by the new one", sum)
	}
}

func TestDroppedItemsOfASlotThatBecameAnItemStayVisible(t *testing.T) {
	nb := openTest(t)
	first, _ := importTest(t, nb, fixtureEvent(t))
	leases := findTitle(t, first, "Leases in anger").ID
	writeNotes(t, nb, leases, "clock skew bites")

	// The organisers fold the ignites into a bigger slot, where "Ignites"
	// is now an item beside one of its former talks; "Leases in anger" is
	// gone from the schedule.
	revised := fixtureEvent(t)
	slot := edit(t, &revised, "Ignites")
	slot.Title = "Short talks"
	slot.Items = []schedule.Talk{
		{Title: "Ignites", Kind: schedule.KindTalk},
		{Title: "Tiny queues", Speakers: []string{"Rui Sá"}, Kind: schedule.KindTalk},
	}
	got, _ := importTest(t, nb, revised)

	if findTitle(t, got, "Ignites").ID != findTitle(t, first, "Ignites").ID {
		t.Fatal("the old slot did not match the new item: the scenario needs another fixture")
	}
	ev, date, tk, err := nb.FindTalk(leases)
	if err != nil || ev.ID != first.ID || date != day1 || !tk.Dropped {
		t.Errorf("FindTalk of the dropped item = %q on %s dropped=%v, %v; want it on %s, Dropped", tk.Title, date, tk.Dropped, err, day1)
	}
	with, err := nb.TalksWithNotes(first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !with[leases] {
		t.Error("the dropped item's notes are not listed")
	}
	for _, tk := range got.All() {
		if tk.Kind != schedule.KindSlot && len(tk.Items) > 0 {
			t.Errorf("%q holds items %+v: nothing reads items nested that deep", tk.Title, tk.Items)
		}
	}
}

// TestReimportMatchesTitlesIgnoringCaseAsSearchDoes: a schedule that
// capitalises a talk's title in Greek (the final sigma becomes Σ) or drops
// an emoji's style selector still names the same talk, whose notes stay.
func TestReimportMatchesTitlesIgnoringCaseAsSearchDoes(t *testing.T) {
	nb := openTest(t)
	ev := fixtureEvent(t)
	ev.Days[0].Talks = append(ev.Days[0].Talks,
		talkAt(t, day1, "16:00", "16:30", "Σίσυφος in production"),
		talkAt(t, day1, "16:30", "17:00", "We ❤\uFE0F runbooks"))
	first, _ := importTest(t, nb, ev)
	greek, heart := findTitle(t, first, "Σίσυφος in production").ID, findTitle(t, first, "We ❤\uFE0F runbooks").ID
	writeNotes(t, nb, greek, "the boulder is the backlog")
	writeNotes(t, nb, heart, "runbooks as tests")

	revised := fixtureEvent(t)
	revised.Days[0].Talks = append(revised.Days[0].Talks,
		talkAt(t, day1, "16:00", "16:30", "ΣΊΣΥΦΟΣ IN PRODUCTION"),
		talkAt(t, day1, "16:30", "17:00", "We ❤ Runbooks"))
	got, sum := importTest(t, nb, revised)
	if findTitle(t, got, "ΣΊΣΥΦΟΣ IN PRODUCTION").ID != greek || findTitle(t, got, "We ❤ Runbooks").ID != heart {
		t.Errorf("the renamed talks got new IDs (summary %+v): their notes are left behind", sum)
	}
	if sum.Added != 0 || sum.Dropped != 0 {
		t.Errorf("summary %+v: want the two talks kept, none added or dropped", sum)
	}
}
