package schedtext

import (
	"testing"
	"time"

	"lanyard/export/internal/readertest"
)

// TestSmallHoursContinueTheEvening: a 01:00 slot after the day's evening
// is the next morning's and stays on the evening's day; a day whose first
// slot is at 00:30 opens then.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "nights.txt", time.UTC)
	readertest.OnDay(t, res, time.UTC, "Karaoke", "2019-10-17", "2019-10-18 01:00")
	readertest.OnDay(t, res, time.UTC, "Kick-off", "2019-10-20", "2019-10-20 00:30")
	readertest.OnDay(t, res, time.UTC, "Last Bus", "2019-10-20", "2019-10-21 02:30")
	if karaoke, _ := readertest.Find(t, res, readertest.Titled("Karaoke")); karaoke.End.Sub(karaoke.Start) != time.Hour {
		t.Errorf("Karaoke runs %v to %v, want an hour", karaoke.Start, karaoke.End)
	}
}
