package markdown

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// checkGolden compares got with testdata/name.golden, or rewrites it under
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; got:\n%s", path, got)
	}
}

func write(t *testing.T, ev schedule.Event, notes Notes, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, ev, notes, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteGolden(t *testing.T) {
	ev, notes := fixtureEvent(t)
	oneDay := ev
	oneDay.Days = ev.Days[1:]
	// One talk the way `lanyard export --talk` cuts it: an item alone under
	// its slot, with only its own notes.
	oneTalk := ev
	slot := ev.Days[0].Talks[4]
	slot.Items = slot.Items[:1]
	oneTalk.Days = []schedule.Day{{Date: ev.Days[0].Date, Talks: []schedule.Talk{slot}}}
	onlyItem := func(id uint64) (*outline.Outline, error) {
		if id != slot.Items[0].ID {
			return nil, nil
		}
		return notes(id)
	}
	keynote, ok := ev.OnlyTalk(2)
	if !ok {
		t.Fatal("no keynote in the fixture")
	}
	tests := []struct {
		name  string
		ev    schedule.Event
		notes Notes
		opts  Options
	}{
		{"event", ev, notes, Options{}},
		{"day", oneDay, notes, Options{}},
		{"talk", oneTalk, onlyItem, Options{All: true}},
		{"all", ev, notes, Options{All: true}},
		{"frontmatter", oneDay, notes, Options{FrontMatter: true}},
		{"nosections", ev, notes, Options{NoTakeaways: true, NoFollowUps: true, NoResources: true}},
		{"keynote", keynote, notes, Options{}},
		{"keynote-frontmatter", keynote, notes, Options{FrontMatter: true, Tags: []string{"sre", "alerting: pages"}}},
		{"template", oneDay, notes, Options{Template: customTemplate(t)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := write(t, tt.ev, tt.notes, tt.opts)
			checkWellFormed(t, got)
			checkGolden(t, tt.name, got)
		})
	}
}

func customTemplate(t *testing.T) *template.Template {
	t.Helper()
	raw, err := os.ReadFile("testdata/custom.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := ParseTemplate("custom.tmpl", string(raw))
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

// checkWellFormed checks the layout rules a blog engine relies on: one
// trailing newline, one blank line between blocks, no trailing spaces.
func checkWellFormed(t *testing.T, out []byte) {
	t.Helper()
	s := string(out)
	if !strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "\n\n") {
		t.Errorf("output must end in exactly one newline: %q", s[max(0, len(s)-20):])
	}
	if strings.Contains(s, "\n\n\n") {
		t.Error("output has two blank lines in a row")
	}
	for i, line := range strings.Split(s, "\n") {
		if strings.TrimRight(line, " \t") != line {
			t.Errorf("line %d has trailing spaces: %q", i+1, line)
		}
	}
}

func TestWriteLeavesOutWhatHasNoNotes(t *testing.T) {
	ev, notes := fixtureEvent(t)
	tests := []struct {
		opts    Options
		present []string
		absent  []string
	}{
		{Options{}, []string{"### Dee Ruiz – Toil Budgets", "### Coffee", "### Hallway chat"},
			[]string{"Registration", "Bo Tranter", "Eli Park", "Welcome back", "Chaos days"}},
		{Options{All: true}, []string{"### Bo Tranter and Cy Ngata", "### Eli Park", "### Welcome back", "### Chaos days", "### Coffee"},
			[]string{"Registration"}},
	}
	for _, tt := range tests {
		out := string(write(t, ev, notes, tt.opts))
		for _, p := range tt.present {
			if !strings.Contains(out, p) {
				t.Errorf("All=%v: %q missing from\n%s", tt.opts.All, p, out)
			}
		}
		for _, a := range tt.absent {
			if strings.Contains(out, a) {
				t.Errorf("All=%v: %q should be left out of\n%s", tt.opts.All, a, out)
			}
		}
	}
}

func TestWriteDropsDaysWithNothingToShow(t *testing.T) {
	ev, _ := fixtureEvent(t)
	got := string(write(t, ev, notesOf(nil), Options{}))
	if got != "# Quayside Ops Summit 2025\n" {
		t.Errorf("an event without notes should be its title alone, got:\n%s", got)
	}
}

func TestWriteHoistsChildrenOfEmptyBullets(t *testing.T) {
	o := buildOutline(t, `
-
  - child of an empty top bullet
    - grandchild
- top
  -
    -
      - three levels under top, two of them empty
  - second child of top`)
	ev := schedule.Event{Name: "E", TZ: "UTC", Days: []schedule.Day{{Date: "2025-01-02", Talks: []schedule.Talk{
		{ID: 1, Title: "T", Kind: schedule.KindTalk},
	}}}}
	got := string(write(t, ev, notesOf(map[uint64]*outline.Outline{1: o}), Options{}))
	want := `- child of an empty top bullet
  - grandchild
- top
  - three levels under top, two of them empty
  - second child of top
`
	if !strings.HasSuffix(got, "\n\n"+want) {
		t.Errorf("got:\n%s\nwant the list:\n%s", got, want)
	}
}

func TestWriteShowsVenueTime(t *testing.T) {
	ev, notes := fixtureEvent(t)
	ev.Days = ev.Days[:1]
	// The fixture's times are stored in UTC; Lisbon is an hour ahead in
	// October, so a zone mix-up shows as 08:00.
	if got := string(write(t, ev, notes, Options{})); !strings.Contains(got, "*09:00–09:30 · Main Hall*") {
		t.Errorf("want the keynote at 09:00–09:30 Lisbon time, got:\n%s", got)
	}
}

func TestWriteReportsNotesErrors(t *testing.T) {
	ev, _ := fixtureEvent(t)
	broken := errors.New("disk on fire")
	notes := func(id uint64) (*outline.Outline, error) {
		if id == 13 {
			return nil, broken
		}
		return nil, nil
	}
	var buf bytes.Buffer
	err := Write(&buf, ev, notes, Options{})
	if !errors.Is(err, broken) || !strings.Contains(err.Error(), "Secrets in CI") {
		t.Errorf("want the notes error naming the talk, got %v", err)
	}
}

// failingWriter fails every write, like a full disk.
type failingWriter struct{}

var errFull = errors.New("no space left")

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

func TestWriteReportsWriteErrors(t *testing.T) {
	ev, notes := fixtureEvent(t)
	if err := Write(failingWriter{}, ev, notes, Options{}); !errors.Is(err, errFull) {
		t.Errorf("want the write error, got %v", err)
	}
}
