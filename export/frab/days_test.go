package frab

import (
	"strings"
	"testing"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// TestSmallHoursContinueTheEvening: frab lists every event under its
// conference day. A 01:00 start under a day with no day_start is the next
// morning, after the evening; under a day whose day_start is 01:00 it is
// that day's first hour.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	const doc = `{"schedule": {"conference": {"title": "Nights", "time_zone_name": "Europe/London", "days": [
{"index": 1, "date": "2019-10-17", "rooms": {"Hall": [
  {"id": 1, "start": "20:00", "duration": "03:00", "title": "Dinner"},
  {"id": 2, "start": "01:00", "duration": "01:00", "title": "Karaoke"}]}},
{"index": 2, "date": "2019-10-20", "day_start": "2019-10-20T01:00:00+01:00", "rooms": {"Hall": [
  {"id": 3, "start": "01:00", "duration": "01:00", "title": "Kick-off"},
  {"id": 4, "start": "09:00", "duration": "01:00", "title": "Keynote"}]}}]}}}`
	res, err := Parse(strings.NewReader(doc), schedule.ReadOptions{Name: "nights.json"})
	if err != nil {
		t.Fatal(err)
	}
	loc := readertest.MustZone(t, "Europe/London")
	readertest.OnDay(t, res, loc, "Karaoke", "2019-10-17", "2019-10-18 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2019-10-20", "2019-10-20 01:00")
}
