package opml

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/notestest"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// checkGolden compares got with testdata/name, or rewrites it under
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
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
		t.Errorf("output differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// kindMarks are how clipOf's lines give a bullet's kind.
var kindMarks = map[string]outline.Kind{
	"!numbered": outline.KindNumbered, "!star": outline.KindStar, "!todo": outline.KindTodo,
	"!done": outline.KindDone, "!quote": outline.KindQuote,
}

// clipOf reads bullets written "- text", indented two spaces per level;
// "-" alone is an empty bullet, and "- !star text" a bullet of that kind.
func clipOf(t testing.TB, text string) outline.Clip {
	t.Helper()
	var clip outline.Clip
	for _, line := range strings.Split(strings.Trim(text, "\n"), "\n") {
		body := strings.TrimLeft(line, " ")
		depth := (len(line) - len(body)) / 2
		if body != "-" && !strings.HasPrefix(body, "- ") {
			t.Fatalf("clip line %q: want \"- text\"", line)
		}
		body = strings.TrimPrefix(strings.TrimPrefix(body, "-"), " ")
		kind := outline.KindPlain
		if mark, rest, _ := strings.Cut(body, " "); kindMarks[mark] != outline.KindPlain {
			kind, body = kindMarks[mark], rest
		}
		clip = append(clip, outline.Bullet{Depth: depth, Text: body, Kind: kind})
	}
	return clip
}

// notesOf returns a Notes that serves the given outlines by talk ID.
func notesOf(outlines map[uint64]*outline.Outline) Notes {
	return func(id uint64) (*outline.Outline, error) { return outlines[id], nil }
}

// venue is the fixture event's zone; the times below are wall-clock there.
const venue = "Europe/Oslo"

func at(t testing.TB, date, clock string) time.Time {
	t.Helper()
	loc, err := time.LoadLocation(venue)
	if err != nil {
		t.Fatal(err)
	}
	when, err := time.ParseInLocation("2006-01-02 15:04", date+" "+clock, loc)
	if err != nil {
		t.Fatal(err)
	}
	return when.UTC() // stored in UTC: the writer must convert back
}

func talk(t testing.TB, id uint64, date, from, to string, kind schedule.Kind, title string, speakers ...string) schedule.Talk {
	t.Helper()
	tk := schedule.Talk{ID: id, Start: at(t, date, from), Title: title, Speakers: speakers, Kind: kind}
	if to != "" {
		tk.End = at(t, date, to)
	}
	return tk
}

// fixtureClips are the notes of the fixture event, by talk ID.
func fixtureClips(t testing.TB) map[uint64]outline.Clip {
	return map[uint64]outline.Clip{
		2: clipOf(t, `
- consistent hashing is not the hard part
  - !star rebalancing under load is
    - move 1/n of keys, not all of them
- !numbered measure
- !numbered shard
- !quote "We paged ourselves for a year"
- slides: https://example.com/talks/shards?v=2&lang=en
- !todo read the Dynamo paper again
- !done ask about hot keys`),
		3: clipOf(t, `
- sat with two folks from a ferry operator`),
		5: clipOf(t, `
- 5 minutes each, 20 slides`),
		6: clipOf(t, `
- feature flags as config, not code
  - <b>kill switch</b> & "dark launch"`),
		11: clipOf(t, `
- !star write the postmortem before the fix
-
  - an empty bullet above, kept as it is
-   double  spaces stay, and a trailing one `),
		15: clipOf(t, `
- they run game days every quarter`),
	}
}

// fixtureEvent is an invented two-day conference: a break with notes and
// one without, a slot of lightning talks with notes of its own and items
// with and without notes, a talk without notes, and a page with no end.
func fixtureEvent(t testing.TB) (schedule.Event, Notes) {
	const d1, d2 = "2026-03-12", "2026-03-13"
	keynote := talk(t, 2, d1, "09:00", "09:45", schedule.KindTalk, "Sharding Without Tears", "Ingrid Solberg", "Tomas Okafor")
	keynote.Room = "Fjord Hall"
	lightning := talk(t, 5, d1, "13:00", "13:45", schedule.KindSlot, "Lightning Talks")
	lightning.Room = "Fjord Hall"
	lightning.Items = []schedule.Talk{
		{ID: 6, Title: "Flags All the Way Down", Speakers: []string{"Mei Arnesen"}, Kind: schedule.KindTalk},
		{ID: 7, Title: "My Pager & Me", Speakers: []string{"Ola Berg"}, Kind: schedule.KindTalk},
	}
	ev := schedule.Event{Name: "Fjordline DevDays 2026", TZ: venue, Days: []schedule.Day{
		{Date: d1, Talks: []schedule.Talk{
			talk(t, 1, d1, "08:30", "09:00", schedule.KindBreak, "Registration"),
			keynote,
			talk(t, 3, d1, "10:00", "10:30", schedule.KindBreak, "Coffee"),
			talk(t, 4, d1, "10:30", "11:15", schedule.KindTalk, "Queues Are Databases", "Runa Eide"),
			lightning,
		}},
		{Date: d2, Talks: []schedule.Talk{
			talk(t, 10, d2, "09:00", "09:15", schedule.KindPlenary, "Good morning again"),
			talk(t, 11, d2, "09:15", "10:00", schedule.KindTalk, "Blame the System", "Kari Lund"),
			talk(t, 15, d2, "15:30", "", schedule.KindPage, "Hallway chat about game days"),
		}},
	}}
	outlines := map[uint64]*outline.Outline{4: outline.New()} // opened, nothing typed
	for id, clip := range fixtureClips(t) {
		outlines[id] = notestest.Outline(clip)
	}
	return ev, notesOf(outlines)
}
