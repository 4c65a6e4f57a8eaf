package ical

import (
	"testing"

	"lanyard/export/internal/readertest"
)

// TestSmallHoursContinueTheEvening: in nights.ics, a calendar in London,
// the karaoke at 01:00 is on the dinner's day, a day with nothing the
// evening before opens at 01:00, and two nights of stargazing are two
// days, not one.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	loc := readertest.MustZone(t, "Europe/London")
	res := readertest.ParseFile(t, Parse, "nights.ics", nil)
	readertest.OnDay(t, res, loc, "Karaoke", "2019-10-17", "2019-10-18 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2019-10-20", "2019-10-20 01:00")
	readertest.OnDay(t, res, loc, "Stargazing One", "2019-10-22", "2019-10-22 01:30")
	readertest.OnDay(t, res, loc, "Stargazing Two", "2019-10-23", "2019-10-23 01:30")
}
