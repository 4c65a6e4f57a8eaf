package sessionize

import (
	"testing"

	"lanyard/export/internal/readertest"
)

// TestSmallHoursContinueTheEvening: the karaoke at 01:00 is on the
// dinner's day, a day with nothing the evening before opens at 01:00, and
// two nights of stargazing are two days, not one.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	res, err := parseText(t, allDoc(
		sess("1", "Dinner", "2025-05-14T20:00:00", "2025-05-14T23:00:00"),
		sess("2", "Karaoke", "2025-05-15T01:00:00", "2025-05-15T02:00:00"),
		sess("3", "Kick-off", "2025-05-17T01:00:00", "2025-05-17T02:00:00"),
		sess("4", "Keynote", "2025-05-17T09:00:00", "2025-05-17T10:00:00"),
		sess("5", "Stargazing One", "2025-05-19T01:30:00", "2025-05-19T03:00:00"),
		sess("6", "Stargazing Two", "2025-05-20T01:30:00", "2025-05-20T03:00:00"),
	))
	if err != nil {
		t.Fatal(err)
	}
	loc := venue(t)
	readertest.OnDay(t, res, loc, "Karaoke", "2025-05-14", "2025-05-15 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2025-05-17", "2025-05-17 01:00")
	readertest.OnDay(t, res, loc, "Stargazing One", "2025-05-19", "2025-05-19 01:30")
	readertest.OnDay(t, res, loc, "Stargazing Two", "2025-05-20", "2025-05-20 01:30")
}
