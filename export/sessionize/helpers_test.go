package sessionize

import (
	"os"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// venue is the zone the fixtures' floating times are read in.
func venue(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Helsinki")
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	return loc
}

// parseFile parses a fixture in the venue's zone and fails on error.
func parseFile(t *testing.T, name string) schedule.Parsed {
	t.Helper()
	res, err := Parse(mustOpen(t, name), schedule.ReadOptions{Name: name, Location: venue(t)})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return res
}

// parseText parses JSON text in the venue's zone.
func parseText(t *testing.T, text string) (schedule.Parsed, error) {
	t.Helper()
	return Parse(strings.NewReader(text), schedule.ReadOptions{Name: "test.json", Location: venue(t)})
}

// find returns the talk titled title on any day, with its day's date.
func find(t *testing.T, res schedule.Parsed, title string) (schedule.Talk, string) {
	t.Helper()
	return readertest.Find(t, res, readertest.Titled(title))
}

// at returns a venue wall-clock time on 2025-05-dd.
func at(t *testing.T, dd, hh, mm int) time.Time {
	t.Helper()
	return time.Date(2025, 5, dd, hh, mm, 0, 0, venue(t))
}

// allDoc wraps sessions (JSON objects) in an All view with one room and
// one speaker.
func allDoc(sessions ...string) string {
	return `{"sessions": [` + strings.Join(sessions, ",\n") + `],
"speakers": [{"id": "s1", "fullName": "Ada Quill"}],
"questions": [], "categories": [],
"rooms": [{"id": 1, "name": "Main", "sort": 1}]}`
}

// sess is one session object with the given id, title and times.
func sess(id, title, start, end string) string {
	return `{"id": "` + id + `", "title": "` + title + `", "startsAt": "` + start +
		`", "endsAt": "` + end + `", "speakers": ["s1"], "roomId": 1, "categoryItems": []}`
}

// mustOpen opens a fixture, closed when the test ends.
func mustOpen(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	})
	return f
}
