package ical

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lanyard/store/schedule"
)

// parseFile parses testdata/name and fails the test on an error.
func parseFile(t *testing.T, name string, loc *time.Location) Result {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := Parse(f, Options{Name: name, Location: loc})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return res
}

// row writes a talk as a user would read it in the venue's zone:
// "23:30-00:30 Foyer | Night Owl Karaoke | speakers | track | kind | id".
func row(t schedule.Talk, loc *time.Location) string {
	return strings.Join([]string{
		t.Start.In(loc).Format("15:04") + "-" + t.End.In(loc).Format("15:04") + " " + t.Room,
		t.Title, strings.Join(t.Speakers, ", "), t.Track, string(t.Kind), t.SourceID,
	}, " | ")
}

// rows writes every talk of a day.
func rows(d schedule.Day, loc *time.Location) []string {
	out := make([]string, len(d.Talks))
	for i, t := range d.Talks {
		out[i] = row(t, loc)
	}
	return out
}

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
