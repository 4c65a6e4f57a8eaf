package markdown

import (
	"strings"
	"testing"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// buildOutline makes an outline from lines "- text", indented two spaces
// per level; "-" alone is an empty bullet. A kind in braces after the dash
// sets the bullet's kind: "- {star} text", "- {todo} text".
func buildOutline(t testing.TB, text string) *outline.Outline {
	t.Helper()
	o := outline.New()
	for _, line := range strings.Split(strings.Trim(text, "\n"), "\n") {
		body := strings.TrimLeft(line, " ")
		depth := (len(line) - len(body)) / 2
		if body != "-" && !strings.HasPrefix(body, "- ") {
			t.Fatalf("outline line %q: want \"- text\"", line)
		}
		text := strings.TrimPrefix(strings.TrimPrefix(body, "-"), " ")
		kind := outline.KindPlain
		if name, rest, ok := strings.Cut(strings.TrimPrefix(text, "{"), "} "); ok && strings.HasPrefix(text, "{") {
			kind, text = kindNamed(t, name), rest
		}
		row := o.Append(text)
		o.SetKind(row, kind)
		for range depth {
			if !o.Indent(row) {
				t.Fatalf("outline line %q: nothing to indent under", line)
			}
		}
	}
	return o
}

func kindNamed(t testing.TB, name string) outline.Kind {
	for k := outline.KindPlain; k <= outline.KindQuote; k++ {
		if k.String() == name {
			return k
		}
	}
	t.Fatalf("no kind %q", name)
	return outline.KindPlain
}

// notesOf returns a Notes that serves the given outlines by talk ID.
func notesOf(outlines map[uint64]*outline.Outline) Notes {
	return func(id uint64) (*outline.Outline, error) { return outlines[id], nil }
}

// venue is the fixture event's zone; the times below are wall-clock there.
const venue = "Europe/Lisbon"

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

// fixtureEvent is an invented two-day conference: a break with notes and
// one without, a slot of ignites with notes of its own, open spaces with
// rooms, a talk without notes, and a page with no end.
func fixtureEvent(t testing.TB) (schedule.Event, Notes) {
	const d1, d2 = "2025-10-09", "2025-10-10"
	keynote := talk(t, 2, d1, "09:00", "09:30", schedule.KindTalk, "Alerts That Mean Something", "Ada Quill")
	keynote.Room = "Main Hall"
	ignites := talk(t, 5, d1, "10:15", "11:00", schedule.KindSlot, "Ignites")
	ignites.Room = "Main Hall"
	ignites.Items = []schedule.Talk{
		{ID: 6, Title: "Toil Budgets", Speakers: []string{"Dee Ruiz"}, Kind: schedule.KindTalk},
		{ID: 7, Title: "#1 Rule of the Pager #", Speakers: []string{"Eli Park"}, Kind: schedule.KindTalk},
	}
	spaces := talk(t, 12, d2, "14:00", "14:45", schedule.KindSlot, "Open Spaces Session 1")
	spaces.Items = []schedule.Talk{
		{ID: 13, Title: "Secrets in CI", Room: "Harbour Room", Kind: schedule.KindTalk, Attended: true},
		{ID: 14, Title: "Chaos days", Room: "Dock Room", Kind: schedule.KindTalk},
	}
	ev := schedule.Event{Name: "Quayside Ops Summit 2025", TZ: venue, Days: []schedule.Day{
		{Date: d1, Talks: []schedule.Talk{
			talk(t, 1, d1, "08:30", "09:00", schedule.KindBreak, "Registration"),
			keynote,
			talk(t, 3, d1, "09:30", "10:00", schedule.KindTalk, "Cache *Everything* & Regret_It", "Bo Tranter", "Cy Ngata"),
			talk(t, 4, d1, "10:00", "10:15", schedule.KindBreak, "Coffee"),
			ignites,
		}},
		{Date: d2, Talks: []schedule.Talk{
			talk(t, 10, d2, "08:45", "09:00", schedule.KindPlenary, "Welcome back"),
			talk(t, 11, d2, "09:00", "09:30", schedule.KindTalk, "Blameless, Not Aimless", "Fay Osei"),
			spaces,
			talk(t, 15, d2, "15:10", "", schedule.KindPage, "Hallway chat with the tracing folks"),
		}},
	}}
	notes := notesOf(map[uint64]*outline.Outline{
		2: buildOutline(t, `
- {star} pages should be actionable or not exist
  - every alert links a runbook
    - runbook older than 6 months = alert is suspect
  - {quote} if nobody acts on it, it is a log line
  - {quote} and logs are cheaper
- slides: https://example.com/talks/alerts_that_mean_something?v=2&lang=en
- q: what about *flapping* alerts?
  - answer: hysteresis + 10m window
  - {todo} try the 10m window on the disk alerts`),
		3: outline.New(), // opened, nothing typed
		4: buildOutline(t, `
- met two folks from a shipping co
  - {todo} swap runbooks with them
  - {done} add them on the fediverse`),
		5: buildOutline(t, `
- 5 min each, slides auto-advance`),
		6: buildOutline(t, `
- budget toil like error budgets
  - {numbered} measure it
  - {numbered} cap it at 20%, weekly
    - teams over the cap stop feature work
  - {numbered} automate the top item
- 1. measure 2. cap 3. automate`),
		11: buildOutline(t, `
- blameless ≠ no accountability
-
  - empty bullet above: this moves up a level
    - and this one with it
- <b>not bold</b> and a\b path`),
		13: buildOutline(t, `
- store secrets in the CI vault, not env files
  - rotate on every leaver
- {star} the [vault setup notes](https://example.com/wiki/ci_vault_(setup)) are public
- {quote} a secret in an env file is a secret in a log file
  - everyone nodded`),
		15: buildOutline(t, `
- they sample 1% of traces, 100% of errors`),
	})
	return ev, notes
}
