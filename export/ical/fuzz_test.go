package ical

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.ics"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, seed := range []string{
		"", "BEGIN:VCALENDAR", "BEGIN:VCALENDAR\nEND:VCALENDAR\n", "BEGIN:VCALENDAR\r\n END:VCALENDAR",
		"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=\"a\"b:1\nEND:VEVENT\nEND:VCALENDAR\n",
		"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Local:20310101T250000\nDURATION:P9999999999W\nSUMMARY:\x1b[2J\nEND:VEVENT\nEND:VCALENDAR\n",
		"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20310101T010000Z\nDTEND:20310101T010000Z\nSUMMARY:a - B C\nEND:VEVENT\nEND:VCALENDAR\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Parse(strings.NewReader(text), Options{Name: "fuzz.ics"})
		if err != nil {
			return
		}
		n := 0
		for i, day := range res.Days {
			if i > 0 && res.Days[i-1].Date >= day.Date {
				t.Fatalf("days out of order: %s then %s", res.Days[i-1].Date, day.Date)
			}
			for j, talk := range day.Talks {
				if j > 0 && talk.Start.Before(day.Talks[j-1].Start) {
					t.Fatalf("talks out of order on %s", day.Date)
				}
				checkTalk(t, talk)
				n++
			}
		}
		if n != res.Talks || n == 0 {
			t.Fatalf("Talks = %d, days hold %d", res.Talks, n)
		}
	})
}

// checkTalk fails when a talk Parse accepted could not be shown: an end
// before its start, no title, or control characters a terminal would obey.
func checkTalk(t *testing.T, talk schedule.Talk) {
	t.Helper()
	if talk.End.Before(talk.Start) || talk.End.Sub(talk.Start) > maxDuration {
		t.Fatalf("%q runs %v to %v", talk.Title, talk.Start, talk.End)
	}
	if strings.TrimSpace(talk.Title) == "" {
		t.Fatalf("talk with no title: %+v", talk)
	}
	texts := append([]string{talk.Title, talk.Room, talk.Track, talk.SourceID}, talk.Speakers...)
	for _, s := range texts {
		if strings.ContainsFunc(s, unicode.IsControl) {
			t.Fatalf("%q keeps control characters", s)
		}
	}
}
