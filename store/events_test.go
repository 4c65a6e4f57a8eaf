package store

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"lanyard/store/schedule"
)

func TestCreateEventAssignsUniqueIDsAndSorts(t *testing.T) {
	nb := openTest(t)
	in := fixtureEvent(t)
	slices.Reverse(in.Days)
	slices.Reverse(in.Days[1].Talks) // day 1, now second
	in.Days[1].Talks[0].ID = 77      // a caller's ID is replaced
	keep := normalized(in)

	ev, err := nb.CreateEvent(in)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(normalized(in), keep) {
		t.Error("CreateEvent changed the caller's event")
	}
	if ev.ID == 0 {
		t.Error("event has no ID")
	}
	seen := map[uint64]string{ev.ID: "the event"}
	for _, tk := range ev.All() {
		if tk.ID == 0 || seen[tk.ID] != "" {
			t.Errorf("talk %q has ID %d, already used by %q", tk.Title, tk.ID, seen[tk.ID])
		}
		seen[tk.ID] = tk.Title
	}
	if ev.Days[0].Date != day1 || ev.Days[1].Date != day2 {
		t.Errorf("days in order %s, %s; want %s, %s", ev.Days[0].Date, ev.Days[1].Date, day1, day2)
	}
	want := []string{"Registration", "Backpressure all the way down", "Fsync is not a promise",
		"Ignites", "Tiny queues", "Leases in anger", "A map is not a tree", "Lunch"}
	if got := titles(ev.Days[0]); !slices.Equal(got, want) {
		t.Errorf("day 1 in order %q, want %q", got, want)
	}
	stored, err := nb.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(normalized(stored), normalized(ev)) {
		t.Errorf("stored event differs from the one returned:\n got %+v\nwant %+v", stored, ev)
	}
}

func TestEventsAreOrderedByFirstDay(t *testing.T) {
	nb := openTest(t)
	later := fixtureEvent(t)
	later.Name = "Autumn Gathering"
	later.Days[0].Date, later.Days[1].Date = "2026-10-01", "2026-10-02"
	empty := schedule.Event{Name: "Someday Meetup"}
	for _, ev := range []schedule.Event{empty, later, fixtureEvent(t)} {
		if _, err := nb.CreateEvent(ev); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := nb.Events()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, ev := range evs {
		names = append(names, ev.Name)
	}
	if want := []string{"Quiet Systems Summit 2026", "Autumn Gathering", "Someday Meetup"}; !slices.Equal(names, want) {
		t.Errorf("Events in order %q, want %q", names, want)
	}
}

func TestEventLookups(t *testing.T) {
	nb := openTest(t)
	exact, err := nb.CreateEvent(schedule.Event{Name: "GopherDays"})
	if err != nil {
		t.Fatal(err)
	}
	other, err := nb.CreateEvent(schedule.Event{Name: "gopherdays"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		want uint64
	}{
		{"GopherDays", exact.ID},
		{"gopherdays", other.ID}, // exact wins over an earlier case-insensitive match
		{"GOPHERDAYS", exact.ID},
	} {
		ev, err := nb.EventByName(tc.name)
		if err != nil || ev.ID != tc.want {
			t.Errorf("EventByName(%q) = %d, %v; want %d", tc.name, ev.ID, err, tc.want)
		}
	}
	if _, err := nb.EventByName("RustDays"); !errors.Is(err, ErrNotFound) {
		t.Errorf("EventByName of an unknown name: %v, want ErrNotFound", err)
	}
	if _, err := nb.Event(other.ID + 100); !errors.Is(err, ErrNotFound) {
		t.Errorf("Event of an unknown ID: %v, want ErrNotFound", err)
	}
}

func TestAddTalkPlacesPageByDayAndStart(t *testing.T) {
	nb := openTest(t)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	hallway := schedule.Talk{Start: at(t, day1, "10:00"), Title: "Hallway: leases", Kind: schedule.KindPage}
	added, err := nb.AddTalk(ev.ID, day1, hallway)
	if err != nil {
		t.Fatal(err)
	}
	dinner := schedule.Talk{Start: at(t, "2026-05-13", "20:00"), Title: "Speakers' dinner", Kind: schedule.KindPage}
	if _, err := nb.AddTalk(ev.ID, "2026-05-13", dinner); err != nil {
		t.Fatal(err)
	}
	got, err := nb.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if dates := []string{got.Days[0].Date, got.Days[1].Date, got.Days[2].Date}; !slices.Equal(dates, []string{"2026-05-13", day1, day2}) {
		t.Errorf("days %v, want the new day first", dates)
	}
	day := titles(got.Days[1])
	if i := slices.Index(day, "Hallway: leases"); i < 0 || day[i-1] != "Fsync is not a promise" || day[i+1] != "Ignites" {
		t.Errorf("day 1 is %q: the page should follow the 10:00 talk", day)
	}
	if added.ID == 0 || findTitle(t, got, "Hallway: leases").ID != added.ID {
		t.Errorf("AddTalk returned ID %d, stored %d", added.ID, findTitle(t, got, "Hallway: leases").ID)
	}
	for _, tk := range ev.All() {
		if tk.ID == added.ID {
			t.Errorf("the page got the ID of %q", tk.Title)
		}
	}
	if _, err := nb.AddTalk(ev.ID+100, day1, hallway); !errors.Is(err, ErrNotFound) {
		t.Errorf("AddTalk to no event: %v, want ErrNotFound", err)
	}
}

func TestFindTalkFindsItemsWithTheirDay(t *testing.T) {
	nb := openTest(t)
	if _, err := nb.CreateEvent(schedule.Event{Name: "Earlier"}); err != nil {
		t.Fatal(err)
	}
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"Leases in anger", "Shipping on a Friday"} {
		want := findTitle(t, ev, title)
		gotEv, date, got, err := nb.FindTalk(want.ID)
		if err != nil {
			t.Fatalf("FindTalk(%q): %v", title, err)
		}
		wantDate := day1
		if title == "Shipping on a Friday" {
			wantDate = day2
		}
		if gotEv.ID != ev.ID || date != wantDate || got.Title != title {
			t.Errorf("FindTalk(%q) = event %d, %s, %q; want %d, %s", title, gotEv.ID, date, got.Title, ev.ID, wantDate)
		}
	}
	if _, _, _, err := nb.FindTalk(9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("FindTalk of no talk: %v, want ErrNotFound", err)
	}
}

func TestTalksWithNotesCountsOnlyBulletsWithText(t *testing.T) {
	nb := openTest(t)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	written := findTitle(t, ev, "Fsync is not a promise").ID
	item := findTitle(t, ev, "Tiny queues").ID
	blank := findTitle(t, ev, "Shipping on a Friday").ID
	erased := findTitle(t, ev, "Lunch").ID
	writeNotes(t, nb, written, "", "fsync can lie")
	writeNotes(t, nb, item, "queues of one")
	writeNotes(t, nb, blank, "", "")
	o := writeNotes(t, nb, erased, "sandwiches")
	o.SetText(0, "")
	if err := nb.SaveOutline(erased, o.TakeChanges()); err != nil {
		t.Fatal(err)
	}

	got, err := nb.TalksWithNotes(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[uint64]bool{written: true, item: true}; !reflect.DeepEqual(got, want) {
		t.Errorf("TalksWithNotes = %v, want %v", got, want)
	}
	if _, err := nb.TalksWithNotes(ev.ID + 100); !errors.Is(err, ErrNotFound) {
		t.Errorf("TalksWithNotes of no event: %v, want ErrNotFound", err)
	}
}
