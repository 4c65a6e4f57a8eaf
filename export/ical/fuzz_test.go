package ical

import (
	"path/filepath"
	"testing"

	"lanyard/export/internal/days"
	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	for _, data := range readertest.Files(f, filepath.Join("testdata", "*.ics")) {
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
	lim := readertest.Limits{MaxLength: fields.MaxDuration, Turnover: days.NightOwl}
	f.Fuzz(func(t *testing.T, text string) {
		readertest.CheckParse(t, Parse, text, schedule.ReadOptions{Name: "fuzz.ics"}, lim)
	})
}
