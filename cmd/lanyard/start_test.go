package main

import (
	"testing"
	"time"

	"lanyard/store"
	sched "lanyard/store/schedule"
)

// startAt opens the notebook at db and chooses where lanyard starts with
// the clock fixed at now.
func startAt(t *testing.T, db, now string) start {
	t.Helper()
	wall, fixed, err := (&globals{now: now}).parseNow()
	if err != nil || !fixed {
		t.Fatalf("--now %q: fixed %v, %v", now, fixed, err)
	}
	var s start
	withNotebook(t, db, func(nb *store.Notebook) {
		if s, err = chooseStart(nb, wall, fixed, ""); err != nil {
			t.Fatalf("chooseStart at %s: %v", now, err)
		}
	})
	return s
}

// opened names what a start opens: the event, the day and the talk.
func opened(s start) (event, date, title string) {
	if s.day >= len(s.event.Days) {
		return s.event.Name, "no day", ""
	}
	day := s.event.Days[s.day]
	if talk, _ := day.Find(s.talk); talk != nil {
		title = talk.Title
	}
	return s.event.Name, day.Date, title
}

func assertOpens(t *testing.T, s start, event, date, title string) {
	t.Helper()
	if e, d, ti := opened(s); e != event || d != date || ti != title {
		t.Errorf("lanyard opens %q on %s at %q; want %q on %s at %q", e, d, ti, event, date, title)
	}
}

func TestStartOpensTheTalkOnNow(t *testing.T) {
	db := importHarbour(t)
	for _, c := range []struct{ now, date, title string }{
		{"2026-03-03 09:50", "2026-03-03", "Shipping on Fridays"},
		{"2026-03-03 09:40", "2026-03-03", "Shipping on Fridays"},
		{"2026-03-03T10:50:00+01:00", "2026-03-03", "Shipping on Fridays"},
		// In a slot of parallel talks, the one marked attended.
		{"2026-03-03 11:40", "2026-03-03", "The Smallest Runbook"},
		{"2026-03-04 10:05", "2026-03-04", "On-call for small teams"},
		// After the day's last slot, that slot.
		{"2026-03-03 18:00", "2026-03-03", "Lunch"},
	} {
		s := startAt(t, db, c.now)
		assertOpens(t, s, "Harbour Ops Days", c.date, c.title)
		if s.hint != "" {
			t.Errorf("at %s lanyard hints %q on an imported schedule", c.now, s.hint)
		}
	}
}

func TestStartBeforeTheFirstTalkOpensTheNextOne(t *testing.T) {
	db := importHarbour(t)
	assertOpens(t, startAt(t, db, "2026-03-03 07:15"), "Harbour Ops Days", "2026-03-03", "Registration and coffee")
	assertOpens(t, startAt(t, db, "2026-03-04 08:59"), "Harbour Ops Days", "2026-03-04", "Logs Nobody Reads")
	// A slot of parallel talks next: the one marked attended.
	assertOpens(t, startAt(t, db, "2026-03-04 09:45"), "Harbour Ops Days", "2026-03-04", "On-call for small teams")
}

func TestStartReadsTheWallClockInTheVenuesZone(t *testing.T) {
	t.Setenv("TZ", "America/Los_Angeles")
	db := newDB(t)
	mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Days", "--tz", "Asia/Tokyo")
	s := startAt(t, db, "2026-03-03 09:50")
	assertOpens(t, s, "Harbour Ops Days", "2026-03-03", "Shipping on Fridays")
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	// The clock runs on from --now: it says 09:50 Tokyo time, give or
	// take the moments the test took.
	want := time.Date(2026, 3, 3, 9, 50, 0, 0, tokyo)
	if got := s.clock(); got.Before(want) || got.Sub(want) > 5*time.Second {
		t.Errorf("the clock says %v, want %v", got.In(tokyo), want)
	}
}

func TestStartOnADayTheEventDoesNotHaveOpensTheLastOpenedEvent(t *testing.T) {
	db := importHarbour(t)
	importSecondEvent(t, db)
	for _, last := range []string{"Gull Conf", "Harbour Ops Days"} {
		withNotebook(t, db, func(nb *store.Notebook) {
			ev, err := nb.EventByName(last)
			if err != nil {
				t.Fatal(err)
			}
			if err := nb.SetLastOpened(ev.ID); err != nil {
				t.Fatal(err)
			}
		})
		s := startAt(t, db, "2026-05-01 10:00")
		first := map[string][2]string{
			"Gull Conf":        {"2026-02-10", "Tea and Types"},
			"Harbour Ops Days": {"2026-03-03", "Registration and coffee"},
		}[last]
		assertOpens(t, s, last, first[0], first[1])
	}
	if n := countTalks(events(t, db)[1]); n != 15 {
		t.Errorf("starting on another day changed the schedule: %d talks", n)
	}
}

func TestStartWithNoEventOpenedYetOpensTheLatestEvent(t *testing.T) {
	db := newDB(t)
	withNotebook(t, db, func(nb *store.Notebook) {
		for _, date := range []string{"2026-06-01", "2025-06-01"} {
			start := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
			_, err := nb.CreateEvent(sched.Event{Name: "Camp " + date[:4], TZ: "UTC", Days: []sched.Day{{
				Date: date, Talks: []sched.Talk{{Title: "Welcome", Kind: sched.KindTalk, Start: start}},
			}}})
			if err != nil {
				t.Fatal(err)
			}
		}
	})
	assertOpens(t, startAt(t, db, "2026-09-09 09:00"), "Camp 2026", "2026-06-01", "Welcome")
}

func TestFirstRunMakesAnUntitledEventWithAPageForToday(t *testing.T) {
	t.Setenv("TZ", "Pacific/Auckland")
	db := newDB(t)
	s := startAt(t, db, "2026-03-03 09:50")
	assertOpens(t, s, untitledEvent, "2026-03-03", untitledPage)
	if s.hint != importHint {
		t.Errorf("first run hints %q, want the import hint", s.hint)
	}
	evs := events(t, db)
	if len(evs) != 1 || evs[0].TZ != "Pacific/Auckland" || len(evs[0].Days) != 1 || len(evs[0].Days[0].Talks) != 1 {
		t.Fatalf("first run stored %+v; want one event in the machine's zone with one page", evs)
	}
	page := evs[0].Days[0].Talks[0]
	auckland, err := time.LoadLocation("Pacific/Auckland")
	if err != nil {
		t.Fatal(err)
	}
	if page.ID != s.talk || page.Kind != sched.KindPage || !page.Start.Equal(time.Date(2026, 3, 3, 9, 50, 0, 0, auckland)) {
		t.Errorf("the page is %+v; want the opened page, started at 09:50 Auckland time", page)
	}

	// The next start that day opens the same page, not another event.
	again := startAt(t, db, "2026-03-03 11:00")
	if again.event.ID != s.event.ID || again.talk != s.talk {
		t.Errorf("second start opened event %d talk %d; want %d talk %d", again.event.ID, again.talk, s.event.ID, s.talk)
	}
	if n := len(events(t, db)); n != 1 {
		t.Errorf("the notebook has %d events after two starts, want 1", n)
	}
}

func TestStartAfterAFirstRunAndAnImportOpensTheImportedSchedule(t *testing.T) {
	t.Setenv("TZ", "Europe/Lisbon")
	db := newDB(t)
	first := startAt(t, db, "2026-03-03 08:00")
	withNotebook(t, db, func(nb *store.Notebook) {
		// As the TUI records on opening.
		if err := nb.SetLastOpened(first.event.ID); err != nil {
			t.Fatal(err)
		}
	})
	mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")

	s := startAt(t, db, "2026-03-03 09:50")
	assertOpens(t, s, "Harbour Ops Days", "2026-03-03", "Shipping on Fridays")
	if s.hint != "" {
		t.Errorf("lanyard still hints %q after the import", s.hint)
	}
}
