package main

import (
	"strings"
	"testing"
	"time"

	"lanyard/store"
	sched "lanyard/store/schedule"
)

// hostileName would, printed raw, retitle the terminal, turn its text red
// and start a line of its own.
const hostileName = "Evil\x1b]0;pwned\x07\x1b[31m Days\nline two\u202e"

// assertInert checks that out holds nothing a terminal would obey and no
// line break inside a table row.
func assertInert(t *testing.T, what, out string, rows int) {
	t.Helper()
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("%s printed an escape or bidi control: %q", what, out)
	}
	if got := strings.Count(out, "\n"); got != rows {
		t.Errorf("%s printed %d lines, want %d (a name broke a row):\n%s", what, got, rows, out)
	}
}

func TestNamesGivenOnTheCommandLineAreKeptCleaned(t *testing.T) {
	db := newDB(t)
	mustLanyard(t, db, "import", "schedule", harbourFile, "--event", hostileName, "--tz", "Europe/Lisbon")
	out := mustLanyard(t, db, "events")
	assertInert(t, "lanyard events", out, 2)
	if !strings.Contains(out, "Evil Days line two") {
		t.Errorf("lanyard events lost the words of the name:\n%s", out)
	}
	// The name as typed still finds the event.
	talks := mustLanyard(t, db, "talks", "--event", hostileName)
	notes := writeFile(t, "notes.md", "- one\n- two\n")
	mustLanyard(t, db, "import", "notes", notes, "--event", hostileName, "--day", "1", "--title", hostileName)
	after := mustLanyard(t, db, "talks", "--event", hostileName)
	assertInert(t, "lanyard talks", after, strings.Count(talks, "\n")+1)
	if msg := mustFail(t, db, "import", "schedule", harbourFile, "--event", "\x1b[2J\x07"); !strings.Contains(msg, "--event") {
		t.Errorf("an --event of escapes alone said %q", msg)
	}
}

func TestNamesAnOlderNotebookKeptRawArePrintedCleaned(t *testing.T) {
	db := newDB(t)
	start := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	withNotebook(t, db, func(nb *store.Notebook) {
		_, err := nb.CreateEvent(sched.Event{Name: hostileName, TZ: "UTC", Days: []sched.Day{{
			Date: "2026-03-03",
			Talks: []sched.Talk{{Title: hostileName, Speakers: []string{hostileName}, Room: hostileName, Track: hostileName,
				Kind: sched.KindTalk, Start: start, Items: []sched.Talk{{Title: hostileName, Kind: sched.KindTalk}}}},
		}}})
		if err != nil {
			t.Fatal(err)
		}
	})
	assertInert(t, "lanyard events", mustLanyard(t, db, "events"), 2)
	assertInert(t, "lanyard talks", mustLanyard(t, db, "talks"), 3)
}
