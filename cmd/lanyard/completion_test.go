package main

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/store"
	sched "lanyard/store/schedule"
	"lanyard/tui"
)

// completions runs lanyard __complete, as the shell's completion script
// does at a Tab, and returns the values offered, each with its
// description after a tab.
func completions(t *testing.T, db string, args ...string) []string {
	t.Helper()
	r := lanyard(t, db, append([]string{"__complete"}, args...)...)
	if r.code != 0 {
		t.Fatalf("lanyard __complete %v: exit %d\n%s", args, r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, ":") {
		t.Fatalf("lanyard __complete %v: no directive at the end:\n%s", args, r.stdout)
	}
	if last != ":4" { // ShellCompDirectiveNoFileComp: never offer files
		t.Errorf("lanyard __complete %v ended with directive %s, want :4", args, last)
	}
	return lines[:len(lines)-1]
}

// values are the completions without their descriptions.
func values(offered []string) []string {
	var out []string
	for _, c := range offered {
		v, _, _ := strings.Cut(c, "\t")
		out = append(out, v)
	}
	return out
}

// hostileTitle is a talk title as an older lanyard may have kept it: it
// would recolour the terminal, retitle it and break the completion's
// lines if handed to the shell as it is.
const hostileTitle = "Evil\x1b[31m Talk\x1b]0;pwned\x07\twith\ntabs\u202e"

// completionNotebook imports the fixture, then adds a second event
// straight into the store with a hostile talk title, and returns the
// notebook and the two events (the fixture's first).
func completionNotebook(t *testing.T) (string, sched.Event, sched.Event) {
	t.Helper()
	db := importHarbour(t)
	lisbon, _ := time.LoadLocation("Europe/Lisbon")
	start := time.Date(2026, 6, 1, 10, 0, 0, 0, lisbon)
	withNotebook(t, db, func(nb *store.Notebook) {
		_, _, err := nb.ImportEvent(sched.Event{Name: "Quay Summit", TZ: "Europe/Lisbon", Days: []sched.Day{{
			Date:  "2026-06-01",
			Talks: []sched.Talk{{Title: hostileTitle, Start: start, End: start.Add(30 * time.Minute)}},
		}}})
		if err != nil {
			t.Fatal(err)
		}
	})
	evs := events(t, db)
	if len(evs) != 2 {
		t.Fatalf("want 2 events, have %d", len(evs))
	}
	if evs[0].Name != "Harbour Ops Days" {
		evs[0], evs[1] = evs[1], evs[0]
	}
	return db, evs[0], evs[1]
}

func TestCompletionOffersEventsByIDWithTheirNames(t *testing.T) {
	db, harbour, quay := completionNotebook(t)
	want := []string{formatID(harbour.ID) + "\tHarbour Ops Days", formatID(quay.ID) + "\tQuay Summit"}
	for _, cmd := range [][]string{{"talks"}, {"export"}, {"import", "notes"}, {}} {
		got := completions(t, db, append(cmd, "--event", "")...)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("lanyard %v --event <tab> offered %q, want %q", cmd, got, want)
		}
	}
	// Once letters are typed, the names that start so, in any case.
	if got := completions(t, db, "export", "--event", "quay"); !slices.Equal(got, []string{"Quay Summit"}) {
		t.Errorf("--event quay<tab> offered %q", got)
	}
	// import schedule's --event names the event to import into.
	got := completions(t, db, "import", "schedule", "x.ics", "--event", "")
	slices.Sort(got)
	if !slices.Equal(got, []string{"Harbour Ops Days", "Quay Summit"}) {
		t.Errorf("import schedule --event <tab> offered %q", got)
	}
}

func TestCompletionOffersTalkIDsWithTitlesOfTheEventChosen(t *testing.T) {
	db, harbour, quay := completionNotebook(t)
	var want []string
	for _, talk := range harbour.All() {
		when := talk.Start.In(harbour.Location()).Format("Mon 15:04")
		want = append(want, formatID(talk.ID)+"\t"+talk.Title+" · "+when)
	}
	got := completions(t, db, "export", "--event", "harbour", "--talk", "")
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("export --event harbour --talk <tab> offered\n%q\nwant\n%q", got, want)
	}
	if !slices.ContainsFunc(got, func(c string) bool { return strings.HasSuffix(c, "\tPagers, Sleep and You · Tue 09:10") }) {
		t.Errorf("no talk described by its title, day and time: %q", got)
	}

	// Without --event: the event opened last, the fixture, imported last
	// by the command line (the second event went into the store directly).
	withNotebook(t, db, func(nb *store.Notebook) {
		if err := nb.SetLastOpened(quay.ID); err != nil {
			t.Fatal(err)
		}
	})
	got = completions(t, db, "add", "--talk", "")
	if len(got) != 1 || !strings.HasPrefix(got[0], formatID(quay.Days[0].Talks[0].ID)+"\t") {
		t.Errorf("add --talk <tab> with Quay Summit opened last offered %q", got)
	}
}

func TestCompletionCleansTitlesForTheShell(t *testing.T) {
	db, _, quay := completionNotebook(t)
	got := completions(t, db, "export", "--event", formatID(quay.ID), "--talk", "")
	want := formatID(quay.Days[0].Talks[0].ID) + "\tEvil Talk with tabs · Mon 10:00"
	if !slices.Equal(got, []string{want}) {
		t.Errorf("the hostile title was offered as %q, want %q", got, want)
	}
	// Whatever the notebook holds, each completion is one line, with one
	// tab before its description and nothing a terminal would obey.
	for _, args := range [][]string{{"talks", "--event", ""}, {"export", "--talk", ""}, {"export", "--day", ""}} {
		r := lanyard(t, db, append([]string{"__complete"}, args...)...)
		for line := range strings.SplitSeq(r.stdout, "\n") {
			if strings.Count(line, "\t") > 1 || strings.ContainsAny(line, "\x1b\x07\r\u202e") {
				t.Errorf("__complete %v wrote %q", args, line)
			}
		}
	}
}

func TestCompletionOffersTheEventsDates(t *testing.T) {
	db, harbour, _ := completionNotebook(t)
	want := []string{"2026-03-03\tTuesday 3 March 2026, day 1", "2026-03-04\tWednesday 4 March 2026, day 2"}
	for _, cmd := range [][]string{{"talks"}, {"export"}, {"import", "notes"}} {
		got := completions(t, db, append(cmd, "--event", formatID(harbour.ID), "--day", "")...)
		if !slices.Equal(got, want) {
			t.Errorf("lanyard %v --day <tab> offered %q, want %q", cmd, got, want)
		}
	}
	if got := completions(t, db, "talks", "--event", "nosuch", "--day", ""); len(got) != 0 {
		t.Errorf("--day for an event that is not there offered %q", got)
	}
}

func TestCompletionOffersEachCommandsFormats(t *testing.T) {
	db := newDB(t)
	for cmd, want := range map[string][]string{
		"import schedule": {"frab-json", "ics", "pentabarf", "sessionize", "text"},
		"import notes":    {"markdown", "opml", "text"},
		"export":          {"ics", "markdown", "opml"},
	} {
		offered := completions(t, db, append(strings.Fields(cmd), "--format", "")...)
		got := values(offered)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("lanyard %s --format <tab> offered %q, want %q", cmd, got, want)
		}
		for _, c := range offered {
			if _, desc, _ := strings.Cut(c, "\t"); desc == "" {
				t.Errorf("lanyard %s --format: %q has no description", cmd, c)
			}
		}
	}
	if got := values(completions(t, db, "--notify", "")); !slices.Equal(got, tui.NotifyNames) {
		t.Errorf("--notify <tab> offered %q, want the ways lanyard notifies, %q", got, tui.NotifyNames)
	}
}

func TestCompletionWithoutANotebookOffersNothingAndMakesNone(t *testing.T) {
	db := newDB(t)
	for _, args := range [][]string{{"export", "--event", ""}, {"export", "--talk", ""}, {"talks", "--day", ""}, {"--event", "1"}} {
		if got := completions(t, db, args...); len(got) != 0 {
			t.Errorf("__complete %v with no notebook offered %q", args, got)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("completion made a notebook at %s: %v", db, err)
	}
	entries, _ := os.ReadDir(strings.TrimSuffix(db, "notes.db"))
	if len(entries) != 0 {
		t.Errorf("completion left files beside the notebook: %v", entries)
	}
}

func TestCompletionOfADamagedNotebookOffersNothingAndChangesNothing(t *testing.T) {
	for name, content := range map[string][]byte{
		"not a notebook": []byte("a shopping list, not a notebook\n"),
		"empty":          {},
		"zeroes":         make([]byte, 64<<10),
	} {
		db := writeFile(t, "notes.db", string(content))
		got := completions(t, db, "export", "--talk", "")
		if len(got) != 0 {
			t.Errorf("%s: offered %q", name, got)
		}
		after, _ := os.ReadFile(db)
		if !bytes.Equal(after, content) {
			t.Errorf("%s: completion changed the file", name)
		}
	}
}

func TestCompletionLeavesTheNotebookAsItWas(t *testing.T) {
	db, _, _ := completionNotebook(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(db)
	completions(t, db, "export", "--talk", "")
	completions(t, db, "export", "--event", "")
	after, _ := os.ReadFile(db)
	infoAfter, _ := os.Stat(db)
	if !bytes.Equal(before, after) || !info.ModTime().Equal(infoAfter.ModTime()) {
		t.Error("completion wrote to the notebook")
	}
	// And it left no lock: a command that writes opens it at once.
	withNotebook(t, db, func(*store.Notebook) {})
}

// TestCompletionFunctionsAnswerDirectly calls the functions the shell's
// Tab ends in, without cobra between.
func TestCompletionFunctionsAnswerDirectly(t *testing.T) {
	db, harbour, _ := completionNotebook(t)
	g := &globals{db: db}
	root := newRootCommand()
	talks, _, err := root.Find([]string{"talks"})
	if err != nil {
		t.Fatal(err)
	}
	if err := talks.Flags().Set("event", "Harbour Ops Days"); err != nil {
		t.Fatal(err)
	}
	days, directive := g.completeDays(talks, nil, "")
	if directive != noFiles || len(days) != len(harbour.Days) {
		t.Errorf("completeDays = %q, %v", days, directive)
	}
	evs, _ := g.completeEvents(talks, nil, "Harb")
	if !slices.Equal(evs, []string{"Harbour Ops Days"}) {
		t.Errorf("completeEvents(Harb) = %q", evs)
	}
	missing := &globals{db: db + ".missing"}
	if got, _ := missing.completeTalks(talks, nil, ""); got != nil {
		t.Errorf("completeTalks on no notebook = %q", got)
	}
}
