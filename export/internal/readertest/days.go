package readertest

import (
	"testing"
	"time"

	"lanyard/store/schedule"
)

// OnDay fails t unless the talk titled title is on the day dated date and
// starts at start ("2006-01-02 15:04") in loc: where a user looks for it,
// and when they go.
func OnDay(t *testing.T, res schedule.Parsed, loc *time.Location, title, date, start string) {
	t.Helper()
	for _, day := range res.Days {
		for talk := range day.All() {
			if talk.Title != title {
				continue
			}
			if got := talk.Start.In(loc).Format("2006-01-02 15:04"); day.Date != date || got != start {
				t.Errorf("%q starts %s on day %s; want %s on day %s", title, got, day.Date, start, date)
			}
			return
		}
	}
	t.Errorf("no talk %q in %d days", title, len(res.Days))
}
