package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lanyard/store"
)

// lanyardStdin runs lanyard through runIn, as main does, with stdin as
// standard input.
func lanyardStdin(t *testing.T, db, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runIn(append([]string{"--db", db}, args...), strings.NewReader(stdin), &out, &errOut)
	return result{stdout: out.String(), stderr: errOut.String(), code: code}
}

func TestImportScheduleFromStandardInput(t *testing.T) {
	fixture, err := os.ReadFile(harbourFile)
	if err != nil {
		t.Fatal(err)
	}
	fromFile := importHarbour(t)
	db := newDB(t)
	r := lanyardStdin(t, db, string(fixture), "import", "schedule", "-", "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("import schedule - : exit %d, %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `Imported "Harbour Ops Days" (plain text, Europe/Lisbon)`) {
		t.Errorf("import schedule - said %q", r.stdout)
	}
	if got, want := mustLanyard(t, db, "talks"), mustLanyard(t, fromFile, "talks"); got != want {
		t.Errorf("the schedule read from standard input differs from the file's:\n%s\nwant\n%s", got, want)
	}
}

func TestImportScheduleFromStandardInputNamesItInErrors(t *testing.T) {
	for name, c := range map[string]struct {
		stdin string
		args  []string
		want  string
	}{
		"bad line": {
			"March 3, 2026\n09:00 – 09:30 Welcome\n25:00 – 26:00 Too late\n", []string{"--event", "X"},
			"lanyard: import standard input: line 3: ",
		},
		"no format tells": {
			"<!DOCTYPE html><html><body>Not found</body></html>\n", nil,
			"lanyard: import standard input: lanyard cannot tell its format: it is not iCalendar, frab/pretalx JSON, Pentabarf XML or Sessionize JSON, and no plain text schedule either; if it is a schedule, say which format with --format (frab-json, ics, pentabarf, sessionize, text)\n",
		},
		"no name": {
			"March 3, 2026\n09:00 – 09:30 Welcome\n", nil,
			"lanyard: import standard input: the schedule names no conference: give the event's name with --event\n",
		},
		"empty": {"", []string{"--event", "X"}, "lanyard: import: standard input is empty: pipe a schedule into lanyard, or give a file's name\n"},
	} {
		db := newDB(t)
		r := lanyardStdin(t, db, c.stdin, append([]string{"import", "schedule", "-"}, c.args...)...)
		if r.code != 1 || !strings.HasPrefix(r.stderr, c.want) || r.stdout != "" {
			t.Errorf("%s: exit %d, stderr %q, stdout %q; want stderr starting %q", name, r.code, r.stderr, r.stdout, c.want)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Errorf("%s: a schedule that did not read left a notebook behind", name)
		}
	}
}

func TestImportScheduleFromStandardInputIsBounded(t *testing.T) {
	old := maxInputBytes
	maxInputBytes = 1 << 20
	t.Cleanup(func() { maxInputBytes = old })
	huge := strings.Repeat("March 3, 2026\n", (1<<20)/10)
	r := lanyardStdin(t, newDB(t), huge, "import", "schedule", "-", "--event", "X")
	if r.code != 1 || !strings.Contains(r.stderr, "standard input is over 1 MB, too large for a schedule") {
		t.Errorf("an endless standard input: exit %d, %q", r.code, r.stderr)
	}
}

func TestImportNotesFromStandardInput(t *testing.T) {
	db := importHarbour(t)
	const md = "# Shipping\n\n- deploy freezes hide risk\n  - measure it \\*twice\\*\n"
	piped, file := talkID(t, db, "Shipping on Fridays"), talkID(t, db, "Budgets for Error")
	mustLanyard(t, db, "import", "notes", writeFile(t, "notes.md", md), "--talk", formatID(file))
	r := lanyardStdin(t, db, md, "import", "notes", "-", "--talk", formatID(piped))
	if r.code != 0 || !strings.Contains(r.stdout, "Added 3 bullets") {
		t.Fatalf("import notes - --talk: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	// Told from its heading as Markdown, as the file is from its name.
	want := notesOf(t, db, file)
	if got := notesOf(t, db, piped); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes from standard input = %q, from the .md file %q", got, want)
	}
	// And OPML from its XML: its outlines, not its tags, become bullets.
	const opmlNotes = `<?xml version="1.0"?><opml version="2.0"><head><title>Logs</title></head>` +
		`<body><outline text="sample the noise"><outline text="keep the errors"/></outline></body></opml>`
	logs := talkID(t, db, "Logs Nobody Reads")
	if r := lanyardStdin(t, db, opmlNotes, "import", "notes", "-", "--talk", formatID(logs)); r.code != 0 {
		t.Fatalf("import notes - with OPML: exit %d, %s", r.code, r.stderr)
	}
	if got := notesOf(t, db, logs); strings.Join(got, "|") != "sample the noise|  keep the errors" {
		t.Errorf("OPML from standard input gave %q", got)
	}

	r = lanyardStdin(t, db, "hallway chat\n  ask about budgets\n", "import", "notes", "-", "--title", "Hallway", "--day", "1")
	if r.code != 0 || !strings.Contains(r.stdout, `Made the page "Hallway" on 2026-03-03`) {
		t.Errorf("import notes - --title: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
}

func TestImportNotesFromStandardInputNamesItInErrors(t *testing.T) {
	db := importHarbour(t)
	before := mustLanyard(t, db, "export", "--all")
	for name, c := range map[string]struct {
		stdin string
		args  []string
		want  string
	}{
		"cannot tell": {`{"notes": []}`, []string{"--title", "T"}, "lanyard: import standard input: lanyard cannot tell its format from what it holds: say it with --format (opml, markdown or text)\n"},
		"no title":    {"one\ntwo\n", nil, "lanyard: import standard input: the notes name no title for their page: give one with --title, or add them to a talk with --talk\n"},
		"bad opml":    {"<?xml version=\"1.0\"?><opml><body><outline", []string{"--title", "T"}, "lanyard: import standard input: "},
	} {
		r := lanyardStdin(t, db, c.stdin, append([]string{"import", "notes", "-"}, c.args...)...)
		if r.code != 1 || !strings.HasPrefix(r.stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want it to start %q", name, r.code, r.stderr, c.want)
		}
	}
	if after := mustLanyard(t, db, "export", "--all"); after != before {
		t.Error("a refused import changed the notebook")
	}
}

func TestDashOutputIsStandardOutput(t *testing.T) {
	db := importHarbour(t)
	saveNotes(t, db, talkID(t, db, "Shipping on Fridays"), bullet{0, "freeze less"})
	for _, args := range [][]string{
		{"export"},
		{"export", "--format", "opml"},
		{"export", "--format", "ics", "--all"},
	} {
		plain := mustLanyard(t, db, args...)
		dash := mustLanyard(t, db, append(args, "-o", "-")...)
		if dash != plain || plain == "" {
			t.Errorf("lanyard %v -o - wrote %d bytes, without -o %d", args, len(dash), len(plain))
		}
	}
	if entries, _ := os.ReadDir("."); slicesHasName(entries, "-") {
		t.Error("-o - made a file named -")
	}
	msg := mustFail(t, db, "export", "--dir", "-")
	if !strings.Contains(msg, "--dir -: one file per talk cannot go to standard output") {
		t.Errorf("--dir - said %q", msg)
	}
}

func slicesHasName(entries []os.DirEntry, name string) bool {
	for _, e := range entries {
		if e.Name() == name {
			return true
		}
	}
	return false
}

func TestBackupToStandardOutputIsANotebook(t *testing.T) {
	db := importHarbour(t)
	r := lanyard(t, db, "backup", "-")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("backup -: exit %d, %s", r.code, r.stderr)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(copyPath, []byte(r.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	nb, err := store.OpenReadOnly(copyPath)
	if err != nil {
		t.Fatalf("the backup from standard output does not open: %v", err)
	}
	nb.Close()
	if got, want := mustLanyard(t, copyPath, "talks"), mustLanyard(t, db, "talks"); got != want {
		t.Errorf("the backup lists\n%s\nthe notebook\n%s", got, want)
	}
}
