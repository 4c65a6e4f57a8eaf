package store

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"lanyard/store/schedule"
)

// A talk deleted by mistake comes back whole: in its place, with the same
// ID, its notes, its items' notes and its About.
func TestRestoreTalkBringsBackTheTalkItsNotesAndAbout(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, withAbout(t, fixtureEvent(t), "Ignites", schedule.About{Abstract: "five minutes each", URL: "https://example.org/ignites"}))
	ignites := findTitle(t, ev, "Ignites")
	queues := findTitle(t, ev, "Tiny queues")
	writeNotes(t, nb, ignites.ID, "all of them short", "  and sharp")
	writeNotes(t, nb, queues.ID, "bounded, always")
	before, _ := nb.Event(ev.ID)

	removed, err := nb.DeleteTalk(ev.ID, ignites.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(notesOf(t, nb, ignites.ID)) != 0 {
		t.Fatal("the deleted talk's notes are still there")
	}
	if err := nb.RestoreTalk(removed); err != nil {
		t.Fatal(err)
	}
	after, _ := nb.Event(ev.ID)
	if !slices.Equal(titles(after.Days[0]), titles(before.Days[0])) {
		t.Errorf("day after restore = %q, want %q", titles(after.Days[0]), titles(before.Days[0]))
	}
	if back := findTitle(t, after, "Ignites"); back.ID != ignites.ID || len(back.Items) != 3 || back.Items[0].ID != queues.ID {
		t.Errorf("restored talk = %+v, want ID %d with its 3 items", back, ignites.ID)
	}
	if got := notesOf(t, nb, ignites.ID); len(got) != 2 || got[0] != "all of them short" {
		t.Errorf("restored notes = %q", got)
	}
	if got := notesOf(t, nb, queues.ID); !slices.Equal(got, []string{"bounded, always"}) {
		t.Errorf("restored item's notes = %q", got)
	}
	if got, _ := nb.About(ignites.ID); got.Abstract != "five minutes each" {
		t.Errorf("restored About = %+v", got)
	}
	if err := nb.RestoreTalk(removed); err == nil {
		t.Error("restoring twice succeeded; want an error that changes nothing")
	}
	if again, _ := nb.Event(ev.ID); countTalks(again) != countTalks(before) {
		t.Errorf("restoring twice changed the schedule: %d talks, want %d", countTalks(again), countTalks(before))
	}
}

// The last talk of a day takes its day with it; restoring it makes the
// day again. An item goes back into its slot at its place.
func TestRestoreTalkMakesItsDayAgainAndPutsAnItemInItsSlot(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	var removed []RemovedTalk
	for _, d := range ev.Days[1].Talks {
		r, err := nb.DeleteTalk(ev.ID, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		removed = append(removed, r)
	}
	leases := findTitle(t, ev, "Leases in anger")
	item, err := nb.DeleteTalk(ev.ID, leases.ID)
	if err != nil {
		t.Fatal(err)
	}
	if item.SlotID == 0 || item.Index != 1 {
		t.Errorf("removed item: slot %d index %d, want its slot and index 1", item.SlotID, item.Index)
	}
	if err := nb.RestoreTalk(item); err != nil {
		t.Fatal(err)
	}
	// Undone last first, as the app does.
	for i := len(removed) - 1; i >= 0; i-- {
		if err := nb.RestoreTalk(removed[i]); err != nil {
			t.Fatal(err)
		}
	}
	after, _ := nb.Event(ev.ID)
	if !slices.Equal(titles(after.Days[1]), titles(ev.Days[1])) {
		t.Errorf("day 2 after restore = %q, want %q", titles(after.Days[1]), titles(ev.Days[1]))
	}
	slot := findTitle(t, after, "Ignites")
	if len(slot.Items) != 3 || slot.Items[1].ID != leases.ID {
		t.Errorf("slot after restoring its item: %+v", slot.Items)
	}
}

func TestRestoreTalkIntoAGoneEventChangesNothing(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, fixtureEvent(t))
	removed, err := nb.DeleteTalk(ev.ID, findTitle(t, ev, "Fsync is not a promise").ID)
	if err != nil {
		t.Fatal(err)
	}
	removed.EventID = ev.ID + 1000
	if err := nb.RestoreTalk(removed); !errors.Is(err, ErrNotFound) {
		t.Errorf("restore into a missing event: %v, want ErrNotFound", err)
	}
}

// BenchmarkDeleteAndRestoreTalk deletes a talk with 200 bullets and an
// About from an event of 1,000 talks and puts it back: what d and u cost
// at a big conference.
func BenchmarkDeleteAndRestoreTalk(b *testing.B) {
	nb := openTest(b)
	big := bigEvent(1_000)
	big.Name = "Big Conf"
	ev, _, err := nb.ImportEvent(big)
	if err != nil {
		b.Fatal(err)
	}
	talk := ev.Days[2].Talks[100]
	texts := make([]string, 200)
	for i := range texts {
		texts[i] = fmt.Sprintf("note %d about the talk, long enough to be a real bullet", i)
	}
	writeNotes(b, nb, talk.ID, texts...)
	b.ReportAllocs()
	for b.Loop() {
		removed, err := nb.DeleteTalk(ev.ID, talk.ID)
		if err != nil {
			b.Fatal(err)
		}
		if err := nb.RestoreTalk(removed); err != nil {
			b.Fatal(err)
		}
	}
}
