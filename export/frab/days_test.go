package frab

import (
	"testing"

	"lanyard/export/internal/readertest"
)

// TestSmallHoursContinueTheEvening: frab lists every event under its
// conference day. A 01:00 start under a day with no day_start is the next
// morning, after the evening; under a day whose day_start is 01:00 it is
// that day's first hour.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "nights.json", nil)
	loc := readertest.MustZone(t, "Europe/London")
	readertest.OnDay(t, res, loc, "Karaoke", "2019-10-17", "2019-10-18 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2019-10-20", "2019-10-20 01:00")
}
