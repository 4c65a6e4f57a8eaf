package ical

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// TestTwoDays reads floating times as venue time (X-WR-TIMEZONE), whatever
// the laptop's zone, with CR CR LF line ends and a fold inside "é".
func TestTwoDays(t *testing.T) {
	t.Setenv("TZ", "Pacific/Honolulu")
	res := readertest.ParseFile(t, Parse, "twoday.ics", nil)
	if res.Zone != "Europe/Berlin" || res.Title != "Harbour Dev Days 2031" || res.Talks != 9 || len(res.Days) != 2 {
		t.Fatalf("zone %q title %q talks %d days %d", res.Zone, res.Title, res.Talks, len(res.Days))
	}
	if res.Skipped != 1 {
		t.Errorf("skipped %d, want 1, the all-day event", res.Skipped)
	}
	if want := (schedule.Skips{{Line: 65, Text: "Exhibition open", Why: "all-day event"}}); !slices.Equal(res.Skips, want) {
		t.Errorf("skips %+v, want %+v", res.Skips, want)
	}
	berlin := readertest.MustZone(t, "Europe/Berlin")
	want := [][]string{{
		"09:00-09:30 Main Hall | Opening |  |  | plenary | hdd-1",
		"09:30-10:15 Main Hall | Parsing the Tides | Mira Okafor, Tom Sandvik | Data | talk | hdd-2",
		"09:30-10:15 Side Room | CI/CD - the hard parts |  |  | talk | hdd-3",
		"10:15-10:45 Foyer | Coffee |  | Break | break | hdd-4",
		"10:45-11:30 Side Room | Ship, Sail; Repeat: a tale of the long café queue | Lea Brandt |  | talk | hdd-5",
		"23:30-00:30 Foyer | Night Owl Karaoke |  |  | talk | hdd-6",
		"01:30-02:00 Foyer | Last Bus Chat |  |  | talk | hdd-7",
	}, {
		"10:00-10:00 Main Hall | Lightning Talks & more |  |  | talk | hdd-8",
		"12:00-13:00 Foyer | Lunch |  |  | break | hdd-10",
	}}
	for i, day := range res.Days {
		if day.Date != []string{"2031-03-05", "2031-03-06"}[i] {
			t.Errorf("day %d is %s", i, day.Date)
		}
		if got := readertest.Rows(day, berlin); !slices.Equal(got, want[i]) {
			t.Errorf("%s:\n got %q\nwant %q", day.Date, got, want[i])
		}
	}
	// 09:00 in Berlin in March is 08:00 UTC: the instant, not just the clock.
	if first := res.Days[0].Talks[0]; !first.Start.Equal(time.Date(2031, 3, 5, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("opening starts at %v", first.Start)
	}
}

// TestFloatingUsesOptionsLocation: with no zone in the file, floating
// times are in the zone the caller names, and Zone stays empty.
func TestFloatingUsesOptionsLocation(t *testing.T) {
	data := "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:f\nDTSTART:20310401T090000\nDTEND:20310401T100000\nSUMMARY:Floaty\nEND:VEVENT\nEND:VCALENDAR\n"
	tokyo := readertest.MustZone(t, "Asia/Tokyo")
	res, err := Parse(strings.NewReader(data), schedule.ReadOptions{Name: "f.ics", Location: tokyo})
	if err != nil {
		t.Fatal(err)
	}
	talk := res.Days[0].Talks[0]
	if res.Zone != "" || !talk.Start.Equal(time.Date(2031, 4, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("zone %q start %v", res.Zone, talk.Start)
	}
}

// TestZones: IANA, quoted, vendor-prefixed and Windows TZIDs and UTC times
// all land on the right New York clock; the zone most events use is the
// venue's, and floating times are in it.
func TestZones(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "zones.ics", readertest.MustZone(t, "Asia/Kolkata"))
	if res.Zone != "America/New_York" || res.Title != "" || len(res.Days) != 2 {
		t.Fatalf("zone %q title %q days %d", res.Zone, res.Title, len(res.Days))
	}
	ny := readertest.MustZone(t, "America/New_York")
	want := [][]string{{
		"09:00-10:00 Room A | Morning in Manhattan |  |  | talk | z-1",
		"10:00-11:00 Room B | Second Talk |  |  | talk | z-2",
		"13:00-13:30 Room A | Remote Keynote |  |  | talk | z-3",   // 17:00Z
		"14:00-14:30 Room B | Call from Berlin |  |  | talk | z-4", // 20:00 W. Europe
	}, {
		"09:00-09:30 Room A | Day Two |  |  | talk | z-5",
		"10:00-10:30 Room A | Floating Talk |  |  | talk | z-6",
	}}
	for i, day := range res.Days {
		if got := readertest.Rows(day, ny); !slices.Equal(got, want[i]) {
			t.Errorf("%s:\n got %q\nwant %q", day.Date, got, want[i])
		}
	}
}

// TestBrokenFiles: each broken file fails with an error naming the file,
// the line and, where one is at fault, the event.
func TestBrokenFiles(t *testing.T) {
	for _, tc := range []struct {
		file string
		want error
		text string
	}{
		{"broken-truncated.ics", ErrTruncated, "broken-truncated.ics: line 11: BEGIN:VEVENT"},
		{"broken-start.ics", fields.ErrBadTime, `broken-start.ics: line 13: event "bad-start"`},
		{"broken-endbefore.ics", fields.ErrEndBeforeStart, `broken-endbefore.ics: line 14: event "backwards"`},
		{"broken-duration.ics", fields.ErrBadDuration, `broken-duration.ics: line 14: event "forever": `},
		{"broken-param.ics", ErrMalformed, "broken-param.ics: line 13: "},
		{"broken-end.ics", ErrMalformed, "broken-end.ics: line 15: "},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Parse(strings.NewReader(string(data)), schedule.ReadOptions{Name: tc.file})
		if !errors.Is(err, tc.want) || !strings.HasPrefix(err.Error(), tc.text) {
			t.Errorf("%s: err = %v, want %v starting %q", tc.file, err, tc.want, tc.text)
		}
		if res.Talks != 0 || res.Days != nil {
			t.Errorf("%s: partial result %+v", tc.file, res)
		}
	}
}

// TestBadInput covers what no fixture file shows: the lines go-ical itself
// rejects (one it would panic on), files that are not calendars, and
// events that break the rules.
func TestBadInput(t *testing.T) {
	event := func(lines ...string) string {
		return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	}
	for _, tc := range []struct {
		name, data string
		want       error
		text       string
	}{
		{"go-ical panics", event(`DTSTART;TZID="Europe/Paris"x:20310101T100000`, "SUMMARY:s"), ErrMalformed, "t.ics: line 4: "},
		{"no equals", event("DTSTART;TZID:20310101T100000", "SUMMARY:s"), ErrMalformed, "t.ics: line 4: "},
		{"not a calendar", "{\"schedule\": {}}", ErrNotICalendar, "t.ics: "},
		{"empty", "", ErrNotICalendar, "t.ics: "},
		{"no DTSTART", event("SUMMARY:s"), fields.ErrMissing, `t.ics: line 2: event "x"`},
		{"no SUMMARY", event("DTSTART:20310101T100000"), fields.ErrMissing, `t.ics: line 2: event "x"`},
		{"DTEND a day later", event("DTSTART:20310101T100000", "DTEND:20310102T110000", "SUMMARY:s"), fields.ErrBadDuration, "t.ics: line 5: "},
		{"negative DURATION", event("DTSTART:20310101T100000", "DURATION:-PT1H", "SUMMARY:s"), fields.ErrEndBeforeStart, "t.ics: line 5: "},
		{"huge DURATION", event("DTSTART:20310101T100000", "DURATION:P99999999999999999999W", "SUMMARY:s"), fields.ErrBadDuration, "t.ics: line 5: "},
		{"garbage DURATION", event("DTSTART:20310101T100000", "DURATION:1 hour", "SUMMARY:s"), fields.ErrBadDuration, `t.ics: line 5: event "x": invalid duration: DURATION "1 hour"`},
		{"only all-day", event("DTSTART;VALUE=DATE:20310101", "SUMMARY:s"), ErrNoEvents, "t.ics: "},
		{"deep", "BEGIN:VCALENDAR\n" + strings.Repeat("BEGIN:X\n", 20), ErrTooDeep, "t.ics: line 9: "},
	} {
		res, err := Parse(strings.NewReader(tc.data), schedule.ReadOptions{Name: "t.ics"})
		if !errors.Is(err, tc.want) || !strings.HasPrefix(err.Error(), tc.text) {
			t.Errorf("%s: err = %v, want %v starting %q", tc.name, err, tc.want, tc.text)
		}
		if res.Talks != 0 {
			t.Errorf("%s: partial result", tc.name)
		}
	}
}

// TestCharsetLatin1: an Outlook export that says CHARSET=ISO-8859-1 keeps
// its accents and its Windows-1252 apostrophe.
func TestCharsetLatin1(t *testing.T) {
	data := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20310101T100000Z\r\n" +
		"SUMMARY;CHARSET=ISO-8859-1:Caf\xe9 don\x92t\r\nLOCATION:Salle \xe9\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	res, err := Parse(strings.NewReader(data), schedule.ReadOptions{Name: "l.ics"})
	if err != nil {
		t.Fatal(err)
	}
	if talk := res.Days[0].Talks[0]; talk.Title != "Café don’t" || talk.Room != "Salle \uFFFD" {
		t.Errorf("title %q room %q", talk.Title, talk.Room)
	}
}

// TestEscapesRemoved: a title cannot carry terminal escapes into lanyard.
func TestEscapesRemoved(t *testing.T) {
	data := "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20310101T100000Z\nSUMMARY:Evil\x1b[2J\x1b]0;pwned\x07 Talk\n" +
		"LOCATION:Room\x9b31m 1\nEND:VEVENT\nEND:VCALENDAR\n"
	res, err := Parse(strings.NewReader(data), schedule.ReadOptions{Name: "e.ics"})
	if err != nil {
		t.Fatal(err)
	}
	if talk := res.Days[0].Talks[0]; talk.Title != "Evil Talk" || strings.ContainsRune(talk.Room, 0x1b) {
		t.Errorf("title %q room %q", talk.Title, talk.Room)
	}
}

func TestSplitSummary(t *testing.T) {
	for _, tc := range []struct{ in, title, speakers string }{
		{"Parsing the Tides - Mira Okafor", "Parsing the Tides", "Mira Okafor"},
		{"Rust in Space - Ana de la Cruz, Jan van der Berg", "Rust in Space", "Ana de la Cruz|Jan van der Berg"},
		{"Tooling - J. R. Hartley", "Tooling", "J. R. Hartley"},
		{"CI/CD - the hard parts", "CI/CD - the hard parts", ""},
		{"Databases - Demos", "Databases - Demos", ""},
		{"Local-first - REST API Design", "Local-first - REST API Design", ""},
		{"12 - Ada Lovelace", "12 - Ada Lovelace", ""},
		{"Keynote - Part Two of Three Big Ideas Today", "Keynote - Part Two of Three Big Ideas Today", ""},
		{"Wrap-up - Q&A", "Wrap-up - Q&A", ""},
	} {
		title, speakers := splitSummary(tc.in)
		if title != tc.title || strings.Join(speakers, "|") != tc.speakers {
			t.Errorf("splitSummary(%q) = %q, %q", tc.in, title, speakers)
		}
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]bool{
		"BEGIN:VCALENDAR\r\n": true, "\ufeff\r\nbegin:vcalendar\n": true,
		`{"schedule":`: false, "<?xml": false, "BEGIN:VCARD": false, "": false,
	} {
		if Sniff([]byte(in)) != want {
			t.Errorf("Sniff(%q) = %v", in, !want)
		}
	}
}

// TestConferenceOrganizerIsNoSpeaker: a calendar that puts the
// conference's own address on every event names no speakers by it, and a
// cancelled event is not imported.
func TestConferenceOrganizerIsNoSpeaker(t *testing.T) {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//lanyard test//EN\r\nX-WR-TIMEZONE:Europe/Madrid\r\n")
	for i, title := range []string{"Coffee", "Queues at the edge", "Lunch", "Chaos drills", "Cancelled talk"} {
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:ev%d\r\nDTSTAMP:20300101T000000Z\r\nDTSTART:20300510T%02d0000\r\nDTEND:20300510T%02d3000\r\n"+
			"SUMMARY:%s\r\nORGANIZER;CN=Edge Summit:mailto:hello@example.org\r\n", i, 9+i, 9+i, title)
		if title == "Cancelled talk" {
			b.WriteString("STATUS:CANCELLED\r\n")
		}
		b.WriteString("END:VEVENT\r\n")
	}
	b.WriteString("END:VCALENDAR\r\n")
	res, err := Parse(strings.NewReader(b.String()), schedule.ReadOptions{Name: "edge.ics"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 4 || res.Skipped != 1 {
		t.Errorf("%d talks, %d skipped; want 4 and the cancelled one skipped", res.Talks, res.Skipped)
	}
	for _, talk := range res.Days[0].Talks {
		if len(talk.Speakers) != 0 {
			t.Errorf("%q has speakers %q, want none", talk.Title, talk.Speakers)
		}
	}
	if k := res.Days[0].Talks[0].Kind; k != schedule.KindBreak {
		t.Errorf("Coffee is a %s, want a break", k)
	}
}

// unknownZone is a calendar whose talk names a zone no database has: read
// in the laptop's zone, the import said the file named none.
const unknownZone = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:m\r\n" +
	"DTSTART;TZID=Mars/Olympus_Mons:20310401T090000\r\n" +
	"DTEND;TZID=Mars/Olympus_Mons:20310401T100000\r\nSUMMARY:Red Planet Ops\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

func TestUnknownZoneIsNamed(t *testing.T) {
	res, err := Parse(strings.NewReader(unknownZone), schedule.ReadOptions{Name: "m.ics", Location: time.UTC})
	if !errors.Is(err, ErrUnknownZone) {
		t.Fatalf("err = %v, want ErrUnknownZone", err)
	}
	for _, says := range []string{"m.ics: line 4: ", `event "m"`, `DTSTART: unknown time zone "Mars/Olympus_Mons"`, "--tz"} {
		if !strings.Contains(err.Error(), says) {
			t.Errorf("error %q does not say %q", err, says)
		}
	}
	if res.Days != nil {
		t.Errorf("read %+v despite the error", res.Days)
	}
}

// TestUnknownZoneReadInTheGivenZone: with --tz the user says where the
// venue is, and the times lanyard cannot place are read there.
func TestUnknownZoneReadInTheGivenZone(t *testing.T) {
	tokyo := readertest.MustZone(t, "Asia/Tokyo")
	res, err := Parse(strings.NewReader(unknownZone), schedule.ReadOptions{Name: "m.ics", Location: tokyo, ZoneGiven: true})
	if err != nil {
		t.Fatal(err)
	}
	if start := res.Days[0].Talks[0].Start; !start.Equal(time.Date(2031, 4, 1, 9, 0, 0, 0, tokyo)) {
		t.Errorf("start %v, want 09:00 in Tokyo", start)
	}
}

// TestAbout: DESCRIPTION is kept as the abstract, without the page's
// address pretalx repeats in it and without the speakers' line lanyard
// read; HTML in it becomes text, its relative links resolved against the
// URL; ATTACH addresses are links; an unsafe URL is dropped.
func TestAbout(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "about.ics", nil)
	tracing := findTalk(t, res, "fld-1@example.org")
	want := schedule.About{
		Abstract: "Why is my laptop slow? We follow one request, from the syscall down.\n\nBring a laptop.",
		URL:      "https://pretalx.example.org/fld31/talk/ABC123/",
		Links:    []schedule.Link{{Title: "tracing.pdf", URL: "https://pretalx.example.org/media/tracing.pdf"}},
	}
	if tracing.About == nil || !tracing.About.Equal(want) {
		t.Errorf("tracing:\n got %#v\nwant %#v", tracing.About, want)
	}
	mesh := findTalk(t, res, "fld-2@example.org")
	want = schedule.About{
		Abstract: "See the mesh page (https://fld.example.org/programme/mesh/) and this.\n\nTwo.",
		URL:      "https://fld.example.org/schedule/presentation/2/",
	}
	if mesh.About == nil || !mesh.About.Equal(want) || !slices.Equal(mesh.Speakers, []string{"Ola Berg"}) {
		t.Errorf("mesh by %q:\n got %#v\nwant %#v", mesh.Speakers, mesh.About, want)
	}
	if lunch := findTalk(t, res, "fld-3@example.org"); lunch.About != nil {
		t.Errorf("lunch: %#v", *lunch.About)
	}
}
