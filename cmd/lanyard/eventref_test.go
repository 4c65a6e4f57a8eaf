package main

import (
	"fmt"
	"strings"
	"testing"

	"lanyard/store"
)

// talksOf runs lanyard talks --json --event ref and returns the event its
// rows name.
func talksOf(t *testing.T, db, ref string) string {
	t.Helper()
	rows := talksJSON(t, db, "--event", ref)
	if len(rows) == 0 {
		t.Fatalf("--event %q: no talks", ref)
	}
	return rows[0].Event
}

func TestEventTakesTheIDOrAUniqueStartOfTheName(t *testing.T) {
	db := importHarbour(t)
	importSecondEvent(t, db)
	gull := events(t, db)[0]
	for ref, want := range map[string]string{
		fmt.Sprint(gull.ID): "Gull Conf",
		"Harbour Ops Days":  "Harbour Ops Days",
		"harbour ops days":  "Harbour Ops Days",
		"HARB":              "Harbour Ops Days",
		"gu":                "Gull Conf",
	} {
		if got := talksOf(t, db, ref); got != want {
			t.Errorf("--event %q chose %q, want %q", ref, got, want)
		}
	}
	// export and import notes take the same references.
	if out := mustLanyard(t, db, "export", "--event", "harb"); !strings.Contains(out, "Harbour") {
		t.Errorf("export --event harb wrote no Harbour post:\n%.300s", out)
	}
}

func TestAnAmbiguousEventNamesTheCandidatesWithTheirIDs(t *testing.T) {
	db := importHarbour(t)
	importSecondEvent(t, db)
	file := writeFile(t, "gull2.txt", "February 11, 2026\n09:00 – 09:45 Ada Quill – Types at Sea\n")
	mustLanyard(t, db, "import", "schedule", file, "--event", "Gull Summit", "--tz", "Europe/Oslo")
	evs := events(t, db)
	msg := mustFail(t, db, "talks", "--event", "gull")
	for _, ev := range evs {
		if !strings.HasPrefix(ev.Name, "Gull") {
			continue
		}
		if want := fmt.Sprintf("%q (ID %d)", ev.Name, ev.ID); !strings.Contains(msg, want) {
			t.Errorf("the ambiguous --event says %q; it should name %s", msg, want)
		}
	}
	if strings.Contains(msg, "Harbour") {
		t.Errorf("the ambiguous --event names an event that does not match: %q", msg)
	}
	// The exact name wins over being a start of another.
	if got := talksOf(t, db, "gull conf"); got != "Gull Conf" {
		t.Errorf("--event \"gull conf\" chose %q", got)
	}
}

func TestAnUnknownEventIsAClearError(t *testing.T) {
	db := importHarbour(t)
	for _, ref := range []string{"Nope", "999999", "harbourx", "\x1b[31mred"} {
		msg := mustFail(t, db, "talks", "--event", ref)
		if !strings.Contains(msg, "none has that ID or a name starting so") || strings.Contains(msg, "\x1b") {
			t.Errorf("--event %q: %q", ref, msg)
		}
	}
}

// The app opens the event --event names, whatever is on today.
func TestTheAppOpensTheEventNamed(t *testing.T) {
	db := importHarbour(t)
	importSecondEvent(t, db)
	wall, fixed, err := (&globals{now: "2026-03-03 09:50"}).parseNow()
	if err != nil {
		t.Fatal(err)
	}
	withNotebook(t, db, func(nb *store.Notebook) {
		s, err := chooseStart(nb, wall, fixed, "gull")
		if err != nil {
			t.Fatal(err)
		}
		assertOpens(t, s, "Gull Conf", "2026-02-10", "Tea and Types")
		if _, err := chooseStart(nb, wall, fixed, "nothing like it"); err == nil {
			t.Error("an unknown --event started the app")
		}
	})
}

// An empty untitled event made by a first run has today; the schedule
// imported after it does not start until later. lanyard opens the
// schedule: the empty event never wins over imported ones.
func TestAnEmptyFirstRunEventNeverWinsOverAnImport(t *testing.T) {
	t.Setenv("TZ", "Europe/Lisbon")
	db := newDB(t)
	first := startAt(t, db, "2026-03-01 08:00")
	withNotebook(t, db, func(nb *store.Notebook) {
		if err := nb.SetLastOpened(first.event.ID); err != nil {
			t.Fatal(err)
		}
	})
	mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	withNotebook(t, db, func(nb *store.Notebook) {
		if err := nb.SetLastOpened(first.event.ID); err != nil {
			t.Fatal(err)
		}
	})
	s := startAt(t, db, "2026-03-01 09:00")
	if s.event.Name != "Harbour Ops Days" {
		t.Errorf("lanyard opened %q on a day only the empty untitled event has; want the imported schedule", s.event.Name)
	}

	// Once the untitled event holds a note it is the user's, and today's.
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(first.talk)
		if err != nil {
			t.Fatal(err)
		}
		o.Append("a note from the first run")
		if err := nb.SaveOutline(first.talk, o.TakeChanges()); err != nil {
			t.Fatal(err)
		}
	})
	if s := startAt(t, db, "2026-03-01 09:00"); s.event.ID != first.event.ID {
		t.Errorf("lanyard opened %q; want the first run's event, which has a note and today", s.event.Name)
	}
}
