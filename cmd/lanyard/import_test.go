package main

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

func TestImportPrintsWhatItRead(t *testing.T) {
	db := newDB(t)
	out := mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	want := `Imported "Harbour Ops Days" (plain text, Europe/Lisbon): 15 talks over 2 days, 2 lines skipped.` + "\n" +
		"Run lanyard to take notes; lanyard talks lists them.\n"
	if out != want {
		t.Errorf("import printed\n%s\nwant\n%s", out, want)
	}
}

func TestImportSummaryCountsOneOfEachInTheSingular(t *testing.T) {
	db := newDB(t)
	file := writeFile(t, "tiny.txt", "June 5, 2026\n10:00 – 10:45 Ada Quill – Tea and Types\n")
	out := mustLanyard(t, db, "import", "schedule", file, "--tz", "UTC")
	if first := strings.SplitN(out, "\n", 2)[0]; first != `Imported "tiny" (plain text, UTC): 1 talk over 1 day.` {
		t.Errorf("summary line is %q", first)
	}
}

func TestImportNamesTheEventAfterTheFileAndUsesTheMachinesZone(t *testing.T) {
	t.Setenv("TZ", "America/Chicago")
	db := newDB(t)
	out := mustLanyard(t, db, "import", "schedule", harbourFile)
	if !strings.HasPrefix(out, `Imported "harbour" (plain text, America/Chicago): `) {
		t.Errorf("import printed %q; want the file's name and the machine's zone", out)
	}
	evs := events(t, db)
	if len(evs) != 1 || evs[0].Name != "harbour" || evs[0].TZ != "America/Chicago" {
		t.Fatalf("notebook holds %+v", evs)
	}
	// Times in the file are wall-clock times in that zone: 08:30 in
	// Chicago in early March is 14:30 UTC.
	if got := evs[0].Days[0].Talks[0].Start.UTC().Format("15:04"); got != "14:30" {
		t.Errorf("first talk starts %s UTC, want 14:30", got)
	}
}

func TestImportTakesTheVenueZoneFromTz(t *testing.T) {
	t.Setenv("TZ", "America/Chicago")
	db := newDB(t)
	mustLanyard(t, db, "import", "schedule", harbourFile, "--tz", "Asia/Tokyo")
	evs := events(t, db)
	if len(evs) != 1 || evs[0].TZ != "Asia/Tokyo" {
		t.Fatalf("notebook holds %+v", evs)
	}
	// 08:30 in Tokyo is 23:30 UTC the day before.
	if got := evs[0].Days[0].Talks[0].Start.UTC().Format("2006-01-02 15:04"); got != "2026-03-02 23:30" {
		t.Errorf("first talk starts %s UTC, want 2026-03-02 23:30", got)
	}
}

func TestImportRefusesAZoneThatDoesNotExist(t *testing.T) {
	db := newDB(t)
	msg := mustFail(t, db, "import", "schedule", harbourFile, "--tz", "Mars/Olympus")
	if !strings.Contains(msg, "--tz") || !strings.Contains(msg, "Mars/Olympus") {
		t.Errorf("error %q does not name the flag and its value", msg)
	}
	assertNoNotebook(t, db)
}

func TestImportOfAMissingFileNamesItAndChangesNothing(t *testing.T) {
	db := importHarbour(t)
	before := mustLanyard(t, db, "talks", "--json")
	missing := strings.Replace(harbourFile, "harbour", "no-such-schedule", 1)
	msg := mustFail(t, db, "import", "schedule", missing)
	if msg != "lanyard: import: open "+missing+": no such file or directory\n" {
		t.Errorf("error %q should name %s and say it is not there", msg, missing)
	}
	if after := mustLanyard(t, db, "talks", "--json"); after != before {
		t.Errorf("a failed import changed the notebook:\nbefore %s\nafter %s", before, after)
	}
	if evs := events(t, db); len(evs) != 1 {
		t.Errorf("notebook has %d events after a failed import, want 1", len(evs))
	}
}

func TestImportOfAFileWithoutDatesNamesItAndChangesNothing(t *testing.T) {
	for name, text := range map[string]struct{ body, says string }{
		"slots before any date": {"09:00 – 09:30 Ada Quill – Tea and Types\n10:00 – 10:30 Break\n", "line 1: time slot before any date line"},
		"prose only":            {"We had a lovely time.\nSee you next year!\n", "no schedule found"},
		"empty":                 {"", "no schedule found"},
	} {
		t.Run(name, func(t *testing.T) {
			db := newDB(t)
			file := writeFile(t, "undated.txt", text.body)
			msg := mustFail(t, db, "import", "schedule", file)
			if !strings.Contains(msg, file) || !strings.Contains(msg, text.says) {
				t.Errorf("error %q; want it to name %s and say %q", msg, file, text.says)
			}
			assertNoNotebook(t, db)

			db = importHarbour(t)
			mustFail(t, db, "import", "schedule", file, "--event", "Harbour Ops Days")
			if evs := events(t, db); len(evs) != 1 || countTalks(evs[0]) != 15 {
				t.Errorf("a failed re-import changed the event: %+v", evs)
			}
		})
	}
}

func TestImportWantsExactlyOneFile(t *testing.T) {
	db := newDB(t)
	mustFail(t, db, "import", "schedule")
	mustFail(t, db, "import", "schedule", harbourFile, harbourFile)
	assertNoNotebook(t, db)
}

func TestImportingTheSameFileAgainKeepsNotesAndChangesNothing(t *testing.T) {
	db := importHarbour(t)
	shipping := talkID(t, db, "Shipping on Fridays")
	saveNotes(t, db, shipping, bullet{0, "friday deploys"}, bullet{1, "roll back in one click"})

	out := mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	want := `Updated "Harbour Ops Days" (plain text, Europe/Lisbon): 15 talks over 2 days, 2 lines skipped.` + "\n" +
		"0 added, 0 changed, 15 unchanged, 0 kept as dropped (they have notes), 0 removed.\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("second import printed\n%s\nwant it to start\n%s", out, want)
	}
	if evs := events(t, db); len(evs) != 1 {
		t.Fatalf("second import made %d events, want 1", len(evs))
	}
	if id := talkID(t, db, "Shipping on Fridays"); id != shipping {
		t.Errorf("talk ID changed from %d to %d: notes would be lost", shipping, id)
	}
	got := strings.Join(notesOf(t, db, shipping), "\n")
	if got != "friday deploys\n  roll back in one click" {
		t.Errorf("notes after re-import:\n%s", got)
	}
}

func TestReimportKeepsATalkThatHasNotesWhenTheScheduleDropsIt(t *testing.T) {
	db := importHarbour(t)
	saveNotes(t, db, talkID(t, db, "Shipping on Fridays"), bullet{0, "friday deploys"})
	text, err := os.ReadFile(harbourFile)
	if err != nil {
		t.Fatal(err)
	}
	revised := strings.NewReplacer(
		"09:40 – 10:10 Tom Ashby – Shipping on Fridays\n", "",
		"11.00 to 11.30 Priya Nair – Budgets for Error\n", "11:00 – 11:30 Kofi Mensah – Quiet Alerts\n",
	).Replace(string(text))
	file := writeFile(t, "harbour.txt", revised)

	out := mustLanyard(t, db, "import", "schedule", file, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	if !strings.Contains(out, "1 added, 0 changed, 13 unchanged, 1 kept as dropped (they have notes), 1 removed.\n") {
		t.Errorf("re-import summary:\n%s", out)
	}
	talks := mustLanyard(t, db, "talks")
	if !strings.Contains(talks, "(dropped) Shipping on Fridays") {
		t.Errorf("talks does not show the dropped talk with notes:\n%s", talks)
	}
	if strings.Contains(talks, "Budgets for Error") || !strings.Contains(talks, "Quiet Alerts") {
		t.Errorf("talks does not show the revised schedule:\n%s", talks)
	}
	if md := mustLanyard(t, db, "export"); !strings.Contains(md, "- friday deploys") {
		t.Errorf("export lost the dropped talk's notes:\n%s", md)
	}
}

// assertNoNotebook checks that a command that failed left no notebook
// file behind.
func assertNoNotebook(t *testing.T, db string) {
	t.Helper()
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the failed command left %s behind (stat: %v)", db, err)
	}
}

func TestImportFormatFlag(t *testing.T) {
	db := newDB(t)
	msg := mustFail(t, db, "import", "schedule", harbourFile, "--format", "csv")
	if !strings.Contains(msg, `--format "csv"`) || !strings.Contains(msg, "frab-json, ics, pentabarf, sessionize, text") {
		t.Errorf("error %q does not name the formats lanyard reads", msg)
	}
	msg = mustFail(t, db, "import", "schedule", harbourFile, "--format", "ics")
	if !strings.Contains(msg, harbourFile) {
		t.Errorf("reading a text file as iCalendar: error %q does not name the file", msg)
	}
	assertNoNotebook(t, db)
	out := mustLanyard(t, db, "import", "schedule", harbourFile, "--format", "text", "--tz", "UTC")
	if !strings.Contains(out, "(plain text, UTC)") {
		t.Errorf("--format text printed %q", out)
	}
}

func TestImportRefusesTheLocalZoneAndSaysToNameOne(t *testing.T) {
	db := newDB(t)
	for _, zone := range []string{"Local", "local"} {
		msg := mustFail(t, db, "import", "schedule", harbourFile, "--tz", zone)
		if !strings.Contains(msg, "--tz "+zone) || !strings.Contains(msg, "Europe/") {
			t.Errorf("--tz %s said %q; want the flag named and a zone name to give", zone, msg)
		}
	}
	assertNoNotebook(t, db)
	// Nor does a TZ of "Local" in the environment give an event that zone.
	t.Setenv("TZ", "Local")
	mustLanyard(t, db, "import", "schedule", harbourFile)
	for _, ev := range events(t, db) {
		if strings.EqualFold(ev.TZ, "Local") {
			t.Errorf("TZ=Local gave the event the zone %q", ev.TZ)
		}
	}
}
