package ical

import (
	"bytes"
	"strings"
	"testing"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// TestWriteReadBack: what lanyard exports, lanyard's own reader reads
// back as the same talks: times, titles, rooms, tracks, speakers, and the
// exported UID as the source ID.
func TestWriteReadBack(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "Asia/Tokyo", "UTC"} {
		t.Run(zone, func(t *testing.T) {
			ev, abouts := fixtureEvent(t, zone)
			var b bytes.Buffer
			if err := Write(&b, ev, WriteOptions{All: true, Identity: "nb", Stamp: stamp, Abouts: abouts}); err != nil {
				t.Fatal(err)
			}
			res, err := Parse(&b, schedule.ReadOptions{Name: "export.ics"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Zone != zone || res.Title != ev.Name {
				t.Errorf("zone %q title %q", res.Zone, res.Title)
			}
			loc := readertest.MustZone(t, zone)
			var want []string
			for _, e := range selectTalks(ev, true) {
				tk := e.talk
				tk.Title = summary(tk)
				tk.SourceID = uid(ev, tk, "nb")
				tk.Attended, tk.Items = false, nil
				want = append(want, readertest.Row(tk, loc)+" | "+strings.Join(tk.Speakers, ", "))
			}
			var got []string
			for _, d := range res.Days {
				for _, tk := range d.Talks {
					got = append(got, readertest.Row(tk, loc)+" | "+strings.Join(tk.Speakers, ", "))
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("read back:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for _, d := range res.Days {
				for _, tk := range d.Talks {
					checkAboutBack(t, tk, abouts)
				}
			}
		})
	}
}

// checkAboutBack checks a talk read back keeps its page and abstract.
func checkAboutBack(t *testing.T, tk schedule.Talk, abouts map[uint64]schedule.About) {
	t.Helper()
	page := map[string]string{"Kernels \\ and you": "kernels", "After the clocks change": "ete"}[tk.Title]
	if page == "" {
		return
	}
	var want schedule.About
	for _, a := range abouts {
		if strings.HasSuffix(a.URL, "/"+page) {
			want = a
		}
	}
	if tk.About == nil {
		t.Errorf("%q came back with nothing about it", tk.Title)
		return
	}
	text := tk.About.Abstract + tk.About.Description
	if tk.About.URL != want.URL || !strings.Contains(text, strings.TrimSpace(want.Abstract)) {
		t.Errorf("%q about = %+v, want page %s and the abstract", tk.Title, *tk.About, want.URL)
	}
}

// TestWriteHostile: (a speaker's name with a comma in it would come back
// as two: DESCRIPTION's "Speakers:" line is split at commas.) Titles and texts with line breaks, escapes, the
// characters TEXT escapes, terminal escape sequences and huge lengths
// come out as valid lines and read back as the same clean text.
func TestWriteHostile(t *testing.T) {
	ev, _ := fixtureEvent(t, "Europe/Berlin")
	talk := &ev.Days[0].Talks[1]
	talk.Title = "Line\r\nbreak;\\n not, a \x1b]0;pwned\x07newline\x1b[2J" + strings.Repeat("長", 400)
	talk.Room = "Room\nA;B,C\\D"
	talk.Speakers = []string{"Eve\x1b[31m Red", "Mallory O'Neil"}
	about := schedule.About{Abstract: strings.Repeat("word\u202e ", 3000) + "\r\nend", URL: "https://e.example/a b?q=1\r\nX-EVIL:1",
		Links: []schedule.Link{{Title: "vid\nEND:VEVENT", URL: "https://e.example/v"}, {Title: "f", URL: "file:///etc/passwd"}}}
	var b bytes.Buffer
	if err := Write(&b, ev, WriteOptions{Stamp: stamp, Abouts: map[uint64]schedule.About{talk.ID: about}}); err != nil {
		t.Fatal(err)
	}
	ics := b.String()
	checkLines(t, ics)
	for _, bad := range []string{"\x1b", "pwned\x07", "\nX-EVIL", "file:", "\u202e"} {
		if strings.Contains(ics, bad) {
			t.Errorf("export holds %q", bad)
		}
	}
	if strings.Count(ics, "\r\nBEGIN:VEVENT\r\n") != 3 || strings.Count(ics, "\r\nEND:VEVENT\r\n") != 3 {
		t.Errorf("events broken up:\n%s", ics)
	}
	res, err := Parse(strings.NewReader(ics), schedule.ReadOptions{Name: "hostile.ics"})
	if err != nil {
		t.Fatal(err)
	}
	got := res.Days[0].Talks[0]
	if !strings.HasPrefix(got.Title, `Line break;\n not, a newline`) || !strings.HasSuffix(got.Title, strings.Repeat("長", 400)) ||
		got.Room != "Room A;B,C\\D" || strings.Join(got.Speakers, "|") != "Eve Red|Mallory O'Neil" {
		t.Errorf("read back %q in %q by %q", got.Title, got.Room, got.Speakers)
	}
}
