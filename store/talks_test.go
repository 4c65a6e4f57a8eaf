package store

import (
	"errors"
	"slices"
	"testing"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

func TestSetAttendedMarksTalksAndItems(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	fsync := findTitle(t, ev, "Fsync is not a promise")
	queues := findTitle(t, ev, "Tiny queues")
	for _, id := range []uint64{fsync.ID, queues.ID} {
		if err := nb.SetAttended(ev.ID, id, true); err != nil {
			t.Fatal(err)
		}
	}
	stored, _ := nb.Event(ev.ID)
	if !findTitle(t, stored, "Fsync is not a promise").Attended || !findTitle(t, stored, "Tiny queues").Attended {
		t.Fatal("attended marks were not stored")
	}
	if err := nb.SetAttended(ev.ID, fsync.ID, false); err != nil {
		t.Fatal(err)
	}
	stored, _ = nb.Event(ev.ID)
	if findTitle(t, stored, "Fsync is not a promise").Attended {
		t.Error("unmarking did not stick")
	}
	if err := nb.SetAttended(ev.ID, 9999, true); !errors.Is(err, ErrNotFound) {
		t.Errorf("marking a missing talk: err = %v, want ErrNotFound", err)
	}
}

func TestSetWatchLaterIsKeptApartFromAttended(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	queues := findTitle(t, ev, "Tiny queues")
	if err := nb.SetWatchLater(ev.ID, queues.ID, true); err != nil {
		t.Fatal(err)
	}
	stored, _ := nb.Event(ev.ID)
	if got := findTitle(t, stored, "Tiny queues"); !got.WatchLater || got.Attended {
		t.Fatalf("after marking: watch later %v, attended %v; want true, false", got.WatchLater, got.Attended)
	}
	if err := nb.SetWatchLater(ev.ID, queues.ID, false); err != nil {
		t.Fatal(err)
	}
	stored, _ = nb.Event(ev.ID)
	if findTitle(t, stored, "Tiny queues").WatchLater {
		t.Error("unmarking did not stick")
	}
	if err := nb.SetWatchLater(ev.ID, 9999, true); !errors.Is(err, ErrNotFound) {
		t.Errorf("marking a missing talk: err = %v, want ErrNotFound", err)
	}
}

func TestUpdateTalkMovesItToItsNewDayAndTime(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	fsync := findTitle(t, ev, "Fsync is not a promise")
	writeNotes(t, nb, fsync.ID, "durability is a contract")

	fsync.Title = "Fsync is (still) not a promise"
	fsync.Start, fsync.End = at(t, day2, "11:30"), at(t, day2, "12:00")
	fsync.Room = "Room B"
	saved, err := nb.UpdateTalk(ev.ID, day2, fsync)
	if err != nil {
		t.Fatal(err)
	}
	if saved.ID != fsync.ID || !saved.Manual {
		t.Errorf("saved = %+v, want the same ID and marked Manual", saved)
	}
	stored, _ := nb.Event(ev.ID)
	if got := titles(stored.Days[1]); !slices.Equal(got, []string{"Compaction for the rest of us", "Shipping on a Friday", "Fsync is (still) not a promise"}) {
		t.Errorf("day 2 = %q", got)
	}
	if hasTitle(schedule.Event{Days: stored.Days[:1]}, "Fsync is not a promise") {
		t.Error("the talk is still on day 1")
	}
	if got := notesOf(t, nb, fsync.ID); !slices.Equal(got, []string{"durability is a contract"}) {
		t.Errorf("notes after the edit = %q", got)
	}
}

func TestManualTalksSurviveReimport(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	added, err := nb.AddTalk(ev.ID, day1, schedule.Talk{Title: "Open space: SLO budgets",
		Start: at(t, day1, "15:00"), Kind: schedule.KindTalk, Manual: true})
	if err != nil {
		t.Fatal(err)
	}
	again, sum := importTest(t, nb, fixtureEvent(t))
	if !hasTitle(again, "Open space: SLO budgets") || sum.Removed != 0 || sum.Dropped != 0 {
		t.Errorf("re-import lost the talk added by hand (summary %+v)", sum)
	}
	if got := findTitle(t, again, "Open space: SLO budgets"); got.ID != added.ID || got.Dropped {
		t.Errorf("kept talk = %+v, want ID %d and not dropped", got, added.ID)
	}
}

func TestDeleteTalkRemovesItsNotesAndEmptyDay(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	ignites := findTitle(t, ev, "Ignites")
	queues := findTitle(t, ev, "Tiny queues")
	writeNotes(t, nb, queues.ID, "bounded, always")
	if _, err := nb.DeleteTalk(ev.ID, ignites.ID); err != nil {
		t.Fatal(err)
	}
	stored, _ := nb.Event(ev.ID)
	if hasTitle(stored, "Ignites") || hasTitle(stored, "Tiny queues") {
		t.Error("the slot or its items are still in the schedule")
	}
	if got := notesOf(t, nb, queues.ID); len(got) != 0 {
		t.Errorf("an item's notes outlived its slot: %q", got)
	}
	for _, title := range []string{"Compaction for the rest of us", "Shipping on a Friday"} {
		if _, err := nb.DeleteTalk(ev.ID, findTitle(t, stored, title).ID); err != nil {
			t.Fatal(err)
		}
	}
	stored, _ = nb.Event(ev.ID)
	if len(stored.Days) != 1 {
		t.Errorf("days after emptying day 2 = %d, want 1", len(stored.Days))
	}
	if _, err := nb.DeleteTalk(ev.ID, ignites.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: err = %v, want ErrNotFound", err)
	}
}

// A page made with its notes is stored with them in one transaction: when
// writing the notes fails, there is no page either, and no notes.
func TestAddTalkWithNotesStoresBothOrNeither(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	before, err := nb.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	o := outline.New()
	o.Append("imported")
	o.Indent(o.Append("nested"))
	notes := o.TakeChanges()
	page := schedule.Talk{Title: "Hallway chat", Start: at(t, day1, "12:00"), Kind: schedule.KindPage}

	boom := errors.New("disk full")
	nb.importFault = func() error { return boom }
	if _, err := nb.AddTalkWithNotes(ev.ID, day1, page, notes); !errors.Is(err, boom) {
		t.Fatalf("with a failing write: %v, want %v", err, boom)
	}
	nb.importFault = nil
	after, err := nb.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if countTalks(after) != countTalks(before) {
		t.Fatalf("a failed import left a page: %d talks, %d before", countTalks(after), countTalks(before))
	}

	added, err := nb.AddTalkWithNotes(ev.ID, day1, page, notes)
	if err != nil {
		t.Fatal(err)
	}
	if got := notesOf(t, nb, added.ID); !slices.Equal(got, []string{"imported", "nested"}) {
		t.Errorf("the page's notes: %q", got)
	}
	stored, err := nb.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if findTitle(t, stored, "Hallway chat").ID != added.ID {
		t.Error("the page is not in the schedule")
	}
}
