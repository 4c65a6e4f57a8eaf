package pentabarf

import (
	"testing"

	"lanyard/export/internal/readertest"
)

// TestSmallHoursContinueTheEvening: the karaoke at 01:00, dated the next
// morning, is on the dinner's day; a day with nothing the evening before
// opens at 01:00; an undated 02:30 start under a day is its next morning.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "nights.xml", nil)
	loc := readertest.MustZone(t, "Europe/London")
	readertest.OnDay(t, res, loc, "Karaoke", "2019-10-17", "2019-10-18 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2019-10-20", "2019-10-20 01:00")
	readertest.OnDay(t, res, loc, "Last Bus", "2019-10-20", "2019-10-21 02:30")
}
