package ical

import (
	"strings"
	"testing"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// nights is a calendar in London: a dinner, the karaoke after it at 01:00,
// then, with a day between, a day that opens at 01:00 and two nights of
// stargazing with nothing else on.
const nights = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//lanyard test//EN
X-WR-TIMEZONE:Europe/London
` + `BEGIN:VEVENT
UID:1
DTSTART:20191017T200000
DTEND:20191017T230000
SUMMARY:Dinner
END:VEVENT
BEGIN:VEVENT
UID:2
DTSTART:20191018T010000
DTEND:20191018T020000
SUMMARY:Karaoke
END:VEVENT
BEGIN:VEVENT
UID:3
DTSTART:20191020T010000
DTEND:20191020T020000
SUMMARY:Kick-off
END:VEVENT
BEGIN:VEVENT
UID:4
DTSTART:20191020T090000
DTEND:20191020T100000
SUMMARY:Keynote
END:VEVENT
BEGIN:VEVENT
UID:5
DTSTART:20191022T013000
DTEND:20191022T030000
SUMMARY:Stargazing One
END:VEVENT
BEGIN:VEVENT
UID:6
DTSTART:20191023T013000
DTEND:20191023T030000
SUMMARY:Stargazing Two
END:VEVENT
END:VCALENDAR
`

// TestSmallHoursContinueTheEvening: the karaoke at 01:00 is on the
// dinner's day, a day with nothing the evening before opens at 01:00, and
// two nights of stargazing are two days, not one.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	loc := readertest.MustZone(t, "Europe/London")
	res, err := Parse(strings.NewReader(strings.ReplaceAll(nights, "\n", "\r\n")), schedule.ReadOptions{Name: "nights.ics"})
	if err != nil {
		t.Fatal(err)
	}
	readertest.OnDay(t, res, loc, "Karaoke", "2019-10-17", "2019-10-18 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2019-10-20", "2019-10-20 01:00")
	readertest.OnDay(t, res, loc, "Stargazing One", "2019-10-22", "2019-10-22 01:30")
	readertest.OnDay(t, res, loc, "Stargazing Two", "2019-10-23", "2019-10-23 01:30")
}
