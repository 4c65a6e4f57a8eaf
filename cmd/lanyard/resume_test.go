package main

import (
	"slices"
	"testing"
	"time"

	"lanyard/store"
	sched "lanyard/store/schedule"
)

// busyDB is a notebook holding a conference afternoon in Brussels: an
// all-day workshop, coffee and talks in four rooms around 14:00. It
// returns the notebook's path and the event as stored.
func busyDB(t *testing.T) (string, sched.Event) {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Fatal(err)
	}
	d := "2026-02-01"
	talk := func(from, to, title, room string) sched.Talk {
		start, _ := time.ParseInLocation("2006-01-02 15:04", d+" "+from, loc)
		end, _ := time.ParseInLocation("2006-01-02 15:04", d+" "+to, loc)
		return sched.Talk{Start: start, End: end, Title: title, Room: room, Speakers: []string{"A. Speaker"}, Kind: sched.KindTalk}
	}
	coffee := talk("14:00", "14:30", "Coffee", "Hall")
	coffee.Kind, coffee.Speakers = sched.KindBreak, nil
	db := newDB(t)
	var ev sched.Event
	withNotebook(t, db, func(nb *store.Notebook) {
		ev, err = nb.CreateEvent(sched.Event{Name: "Devroom Days", TZ: "Europe/Brussels", Days: []sched.Day{{Date: d, Talks: []sched.Talk{
			talk("10:00", "18:00", "Kubernetes from scratch", "Workshop hall"),
			coffee,
			talk("14:00", "14:30", "Queues in practice", "Room A"),
			talk("14:00", "14:30", "Borrow checker stories", "Room B"),
			talk("14:05", "14:25", "Rust in space", "Room D"),
			talk("14:35", "15:00", "Async all the way", "Room A"),
		}}}})
		if err != nil {
			t.Fatal(err)
		}
	})
	return db, ev
}

// TestStartReturnsToTheTalkWrittenInLastWhileItIsOn: the start reads
// where the user was and opens that talk while it runs; once it is over,
// the on-now rule's talk, never the all-day workshop.
func TestStartReturnsToTheTalkWrittenInLastWhileItIsOn(t *testing.T) {
	db, ev := busyDB(t)
	assertOpens(t, startAt(t, db, "2026-02-01 14:10"), ev.Name, "2026-02-01", "Rust in space")
	borrow := talkID(t, db, "Borrow checker stories")
	was := sched.Resume{Talk: borrow, Node: 3, Offset: 4, Filter: "room:Room B"}
	withNotebook(t, db, func(nb *store.Notebook) {
		if err := nb.SetResume(ev.ID, was); err != nil {
			t.Fatal(err)
		}
	})
	s := startAt(t, db, "2026-02-01 14:15")
	assertOpens(t, s, ev.Name, "2026-02-01", "Borrow checker stories")
	if s.resume != was {
		t.Errorf("the start hands the app %+v; want %+v", s.resume, was)
	}
	assertOpens(t, startAt(t, db, "2026-02-01 14:40"), ev.Name, "2026-02-01", "Async all the way")
	assertOpens(t, startAt(t, db, "2026-02-01 12:00"), ev.Name, "2026-02-01", "Kubernetes from scratch")
}

// TestAddGoesToTheTalkWrittenInLast: lanyard add with no place puts the
// note where the app would open, the talk the user wrote in last.
func TestAddGoesToTheTalkWrittenInLast(t *testing.T) {
	db, ev := busyDB(t)
	borrow := talkID(t, db, "Borrow checker stories")
	withNotebook(t, db, func(nb *store.Notebook) {
		if err := nb.SetResume(ev.ID, sched.Resume{Talk: borrow}); err != nil {
			t.Fatal(err)
		}
	})
	mustLanyard(t, db, "--now", "2026-02-01 14:12", "add", "the", "note")
	if got := notesOf(t, db, borrow); !slices.Equal(got, []string{"the note"}) {
		t.Errorf("the talk written in last has notes %q; want the note added", got)
	}
}
