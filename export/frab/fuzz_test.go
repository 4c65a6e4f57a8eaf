package frab

import (
	"path/filepath"
	"testing"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	for _, data := range readertest.Files(f, filepath.Join("testdata", "*.json")) {
		f.Add(string(data))
	}
	for _, seed := range []string{
		"", "{}", "[]", "null", `{"schedule": null}`, `{"schedule": {"conference": {}}}`,
		doc(ev(`"title": "x", "duration": "6944:11:40"`)),
		doc(ev(`"title": {"en": "\u001b[2Jx"}, "persons": ["a", {"name": 1}, null]`)),
		doc(`{"A": [{"title": "n", "start": "00:00", "duration": "24:00"}], "A": null}`),
		`{"schedule": {"conference": {"days": [{"day_start": "2024-01-02T25:00:00Z", "rooms": {}}]}}}`,
	} {
		f.Add(seed)
	}
	// frab keeps each event on the day the file lists it under, whatever
	// date the event gives, so the day's date is not checked.
	lim := readertest.Limits{MaxLength: fields.MaxDuration}
	f.Fuzz(func(t *testing.T, text string) {
		readertest.CheckParse(t, Parse, text, schedule.ReadOptions{Name: "fuzz.json"}, lim)
	})
}
