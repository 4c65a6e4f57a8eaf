package readertest

import (
	"testing"
	"time"

	"lanyard/store/schedule"
)

// Find returns the first talk or parallel item that match accepts, in
// schedule order, and its day's date; it fails t when there is none.
func Find(t testing.TB, res schedule.Parsed, match func(schedule.Talk) bool) (schedule.Talk, string) {
	t.Helper()
	for d, talk := range (schedule.Event{Days: res.Days}).All() {
		if match(*talk) {
			return *talk, res.Days[d].Date
		}
	}
	t.Fatalf("no such talk in %d days", len(res.Days))
	return schedule.Talk{}, ""
}

// Titled matches the talk with the title.
func Titled(title string) func(schedule.Talk) bool {
	return func(t schedule.Talk) bool { return t.Title == title }
}

// Sourced matches the talk with the file's id for it.
func Sourced(id string) func(schedule.Talk) bool {
	return func(t schedule.Talk) bool { return t.SourceID == id }
}

// OnDay fails t unless the talk titled title is on the day dated date and
// starts at start ("2006-01-02 15:04") in loc: where a user looks for it,
// and when they go.
func OnDay(t *testing.T, res schedule.Parsed, loc *time.Location, title, date, start string) {
	t.Helper()
	talk, day := Find(t, res, Titled(title))
	if got := talk.Start.In(loc).Format("2006-01-02 15:04"); day != date || got != start {
		t.Errorf("%q starts %s on day %s; want %s on day %s", title, got, day, start, date)
	}
}
