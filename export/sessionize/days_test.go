package sessionize

import (
	"testing"

	"lanyard/export/internal/readertest"
)

// TestSmallHoursContinueTheEvening: in nights.json, the karaoke at 01:00
// is on the dinner's day, a day with nothing the evening before opens at
// 01:00, and two nights of stargazing are two days, not one.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	res := parseFile(t, "testdata/nights.json")
	loc := venue(t)
	readertest.OnDay(t, res, loc, "Karaoke", "2025-05-14", "2025-05-15 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2025-05-17", "2025-05-17 01:00")
	readertest.OnDay(t, res, loc, "Stargazing One", "2025-05-19", "2025-05-19 01:30")
	readertest.OnDay(t, res, loc, "Stargazing Two", "2025-05-20", "2025-05-20 01:30")
}
