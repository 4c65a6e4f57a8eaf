package pentabarf

import (
	"strings"
	"testing"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// TestSmallHoursContinueTheEvening: the karaoke at 01:00, dated the next
// morning, is on the dinner's day; a day with nothing the evening before
// opens at 01:00; an undated 01:00 start under a day is its next morning.
func TestSmallHoursContinueTheEvening(t *testing.T) {
	const doc = `<schedule><conference><title>Nights</title><time_zone_name>Europe/London</time_zone_name></conference>
<day index="1" date="2019-10-17"><room name="Hall">
<event id="1"><date>2019-10-17T20:00:00+01:00</date><start>20:00</start><duration>03:00</duration><title>Dinner</title></event>
<event id="2"><date>2019-10-18T01:00:00+01:00</date><start>01:00</start><duration>01:00</duration><title>Karaoke</title></event>
</room></day>
<day index="2" date="2019-10-20"><room name="Hall">
<event id="3"><date>2019-10-20T01:00:00+01:00</date><start>01:00</start><duration>01:00</duration><title>Kick-off</title></event>
<event id="4"><start>09:00</start><duration>01:00</duration><title>Keynote</title></event>
<event id="5"><start>02:30</start><duration>01:00</duration><title>Last Bus</title></event>
</room></day></schedule>`
	res, err := Parse(strings.NewReader(doc), schedule.ReadOptions{Name: "nights.xml"})
	if err != nil {
		t.Fatal(err)
	}
	loc := readertest.MustZone(t, "Europe/London")
	readertest.OnDay(t, res, loc, "Karaoke", "2019-10-17", "2019-10-18 01:00")
	readertest.OnDay(t, res, loc, "Kick-off", "2019-10-20", "2019-10-20 01:00")
	readertest.OnDay(t, res, loc, "Last Bus", "2019-10-20", "2019-10-21 02:30")
}
