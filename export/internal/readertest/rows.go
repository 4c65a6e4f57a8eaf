package readertest

import (
	"strings"
	"testing"
	"time"
	// The readers' tests read times in the venues' zones whether or not
	// the machine has a zone database.
	_ "time/tzdata"

	"lanyard/store/schedule"
)

// Row writes a talk as a user would read it in loc:
// "23:30-00:30 Foyer | Night Owl Karaoke | speakers | track | kind | id".
func Row(t schedule.Talk, loc *time.Location) string {
	return strings.Join([]string{
		t.Start.In(loc).Format("15:04") + "-" + t.End.In(loc).Format("15:04") + " " + t.Room,
		t.Title, strings.Join(t.Speakers, ", "), t.Track, string(t.Kind), t.SourceID,
	}, " | ")
}

// Rows writes every talk of a day as Row does.
func Rows(d schedule.Day, loc *time.Location) []string {
	out := make([]string, len(d.Talks))
	for i, t := range d.Talks {
		out[i] = Row(t, loc)
	}
	return out
}

// MustZone loads a zone or fails the test.
func MustZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}
