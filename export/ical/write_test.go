package ical

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// stamp is the DTSTAMP of the test exports.
var stamp = time.Date(2031, 1, 2, 3, 4, 5, 0, time.UTC)

// fixtureEvent is a two-day event in zone: talks with sources and
// without, an attended talk, a slot of parallel items, a break, a page
// and a dropped talk.
func fixtureEvent(t testing.TB, zone string) (schedule.Event, map[uint64]schedule.About) {
	t.Helper()
	loc := readertest.MustZone(t, zone)
	at := func(day, h, m int) time.Time { return time.Date(2031, 10, day, h, m, 0, 0, loc) }
	ev := schedule.Event{ID: 7, Name: "Fixture Conf 2031", TZ: zone, Days: []schedule.Day{
		{Date: "2031-10-25", Talks: []schedule.Talk{
			{ID: 1, Start: at(25, 9, 0), End: at(25, 9, 45), Title: "Opening; welcome, all", Kind: schedule.KindPlenary, SourceID: "101", Room: "Main Hall"},
			{ID: 2, Start: at(25, 10, 0), End: at(25, 11, 0), Title: "Kernels \\ and you", Speakers: []string{"Ada Lovelace", "Grace Hopper"},
				Room: "Room A", Track: "Systems", Kind: schedule.KindTalk, SourceID: "0b5e7c1e-2f42-4c55-9d7a-2a6a3b1c0d11", Attended: true},
			{ID: 3, Start: at(25, 11, 0), End: at(25, 11, 30), Title: "Coffee", Kind: schedule.KindBreak},
			{ID: 4, Start: at(25, 11, 30), End: at(25, 12, 30), Title: "Lightning talks", Kind: schedule.KindSlot, Room: "Room B", Items: []schedule.Talk{
				{ID: 5, Title: "Tiny tools", Speakers: []string{"Lin Chen"}, Kind: schedule.KindTalk, Attended: true},
				{ID: 6, Title: "Small wins", Kind: schedule.KindTalk},
			}},
			{ID: 8, Start: at(25, 13, 0), Title: "Hallway chat", Kind: schedule.KindPage, Manual: true},
			{ID: 9, Start: at(25, 14, 0), End: at(25, 15, 0), Title: "Gone talk", Kind: schedule.KindTalk, Dropped: true, Attended: true},
		}},
		{Date: "2031-10-26", Talks: []schedule.Talk{
			{ID: 10, Start: at(26, 10, 0), End: at(26, 11, 0), Title: "After the clocks change", Speakers: []string{"Émile Zola"},
				Room: "Salle Été", Track: "Culture, History", Kind: schedule.KindTalk, SourceID: "pretalx-fx-ABC@example.org", Attended: true},
		}},
	}}
	abouts := map[uint64]schedule.About{
		2: {Subtitle: "A gentle start", Language: "en", Abstract: "Why kernels matter.\nTwo lines; with, punctuation.",
			Description: "The long story, told over an hour.", URL: "https://fixture.example/talk/kernels",
			Links: []schedule.Link{{Title: "Slides", URL: "https://fixture.example/slides.pdf"}, {Title: "Bad", URL: "javascript:alert(1)"}}},
		10: {Abstract: "Où l’on parle d’heures d’été — " + strings.Repeat("très longtemps ", 12), URL: "https://fixture.example/talk/ete"},
	}
	return ev, abouts
}

func export(t *testing.T, ev schedule.Event, opts WriteOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, ev, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update rewrites it):\n%s", name, got)
	}
}

// TestWriteGolden: an export in a zone with summer time (the event spans
// the night the clocks go back), one without, and UTC.
func TestWriteGolden(t *testing.T) {
	for _, tc := range []struct {
		zone, golden string
		all          bool
	}{
		{"Europe/Berlin", "write-berlin.ics.golden", false},
		{"Europe/Berlin", "write-berlin-all.ics.golden", true},
		{"Asia/Tokyo", "write-tokyo.ics.golden", false},
		{"UTC", "write-utc.ics.golden", false},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			ev, abouts := fixtureEvent(t, tc.zone)
			got := export(t, ev, WriteOptions{All: tc.all, Identity: "00aa11bb", Stamp: stamp, Abouts: abouts})
			checkGolden(t, tc.golden, got)
			checkLines(t, got)
		})
	}
}

// checkLines checks what RFC 5545 asks of every line: CRLF ends, at
// most 75 octets, valid UTF-8 in every physical line, no control
// character.
func checkLines(t *testing.T, ics string) {
	t.Helper()
	if !strings.HasSuffix(ics, "\r\n") {
		t.Error("file does not end in CRLF")
	}
	for i, l := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
		if len(l) > maxLineOctets {
			t.Errorf("line %d: %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a character: %q", i+1, l)
		}
		if strings.ContainsFunc(l, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			t.Errorf("line %d holds a control character: %q", i+1, l)
		}
	}
}

// TestWriteTimezones: the VTIMEZONE states the offsets the event's times
// are in: Berlin's summer and winter time around 26 October 2031, Tokyo's
// one standard time, and none for UTC, whose times end in Z.
func TestWriteTimezones(t *testing.T) {
	ev, _ := fixtureEvent(t, "Europe/Berlin")
	got := export(t, ev, WriteOptions{Stamp: stamp})
	for _, want := range []string{"BEGIN:DAYLIGHT\r\nDTSTART:20310330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT",
		"BEGIN:STANDARD\r\nDTSTART:20311026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD",
		"DTSTART;TZID=Europe/Berlin:20311025T100000", "DTSTART;TZID=Europe/Berlin:20311026T100000"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	ev, _ = fixtureEvent(t, "Asia/Tokyo")
	got = export(t, ev, WriteOptions{Stamp: stamp})
	if strings.Count(got, "BEGIN:STANDARD") != 1 || strings.Contains(got, "DAYLIGHT") || !strings.Contains(got, "TZOFFSETTO:+0900") {
		t.Errorf("Tokyo's zone:\n%s", got)
	}
	ev, _ = fixtureEvent(t, "UTC")
	got = export(t, ev, WriteOptions{Stamp: stamp})
	if strings.Contains(got, "VTIMEZONE") || strings.Contains(got, "TZID") || !strings.Contains(got, "DTSTART:20311025T100000Z") {
		t.Errorf("UTC:\n%s", got)
	}
}

// TestWriteChoosesTalks: without --all only the attended talks and items
// go out, never a dropped one; with it every talk, item and break, but
// still no page the user did not mark.
func TestWriteChoosesTalks(t *testing.T) {
	ev, _ := fixtureEvent(t, "Europe/Berlin")
	titles := func(ics string) []string {
		var out []string
		for _, l := range strings.Split(ics, "\r\n") {
			if s, ok := strings.CutPrefix(l, "SUMMARY:"); ok {
				out = append(out, s)
			}
		}
		return out
	}
	if got := strings.Join(titles(export(t, ev, WriteOptions{Stamp: stamp})), " | "); got != `Kernels \\ and you | Tiny tools | After the clocks change` {
		t.Errorf("attended = %s", got)
	}
	if got := strings.Join(titles(export(t, ev, WriteOptions{All: true, Stamp: stamp})), " | "); got != `Opening\; welcome\, all | Kernels \\ and you | Coffee | Tiny tools | Small wins | After the clocks change` {
		t.Errorf("all = %s", got)
	}
	for i := range ev.Days {
		for j := range ev.Days[i].Talks {
			ev.Days[i].Talks[j].Attended = false
			for k := range ev.Days[i].Talks[j].Items {
				ev.Days[i].Talks[j].Items[k].Attended = false
			}
		}
	}
	if err := Write(&bytes.Buffer{}, ev, WriteOptions{}); !errors.Is(err, ErrNoTalks) {
		t.Errorf("nothing attended: %v", err)
	}
}

// TestWriteUIDsStable: UIDs come from the source's identifiers, do not
// change from one export to the next, and differ between talks and
// between conferences whose sources number talks alike.
func TestWriteUIDsStable(t *testing.T) {
	ev, _ := fixtureEvent(t, "Europe/Berlin")
	uids := func(ev schedule.Event, identity string) []string {
		var out []string
		for _, l := range strings.Split(export(t, ev, WriteOptions{All: true, Identity: identity, Stamp: time.Now()}), "\r\n") {
			if s, ok := strings.CutPrefix(l, "UID:"); ok {
				out = append(out, s)
			}
		}
		return out
	}
	first, again := uids(ev, "n1"), uids(ev, "n1")
	if strings.Join(first, " ") != strings.Join(again, " ") {
		t.Errorf("UIDs changed between exports:\n%v\n%v", first, again)
	}
	seen := map[string]bool{}
	for _, u := range first {
		if seen[u] {
			t.Errorf("UID %s twice", u)
		}
		seen[u] = true
	}
	if !seen["0b5e7c1e-2f42-4c55-9d7a-2a6a3b1c0d11"] || !seen["pretalx-fx-ABC@example.org"] {
		t.Errorf("global source IDs not kept: %v", first)
	}
	other := ev
	other.Name = "Another Conf"
	if a, b := uids(ev, "n1")[0], uids(other, "n1")[0]; a == b {
		t.Errorf("source ID 101 gives %s in two conferences", a)
	}
	if a, b := uids(ev, "n1")[3], uids(ev, "n2")[3]; a == b || !strings.Contains(a, "n1") {
		t.Errorf("a talk without source ID: %s in notebook n1, %s in n2", a, b)
	}
}
