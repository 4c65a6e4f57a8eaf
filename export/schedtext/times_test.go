package schedtext

import (
	"strings"
	"testing"
	"time"

	"lanyard/store/schedule"
)

func TestSlotLineForms(t *testing.T) {
	tests := []struct {
		name, line, span, title string
	}{
		{"en dash", "09:15 – 09:45 Title", "09:15-09:45", "Title"},
		{"em dash", "09:15—09:45 Title", "09:15-09:45", "Title"},
		{"hyphen", "09:15-09:45 Title", "09:15-09:45", "Title"},
		{"hyphen spaced", "9:15 - 9:45 Title", "09:15-09:45", "Title"},
		{"to", "09:15 to 09:45 Title", "09:15-09:45", "Title"},
		{"dots", "11.30 – 12.00 Title", "11:30-12:00", "Title"},
		{"separator after times", "09:15 – 09:45: Title", "09:15-09:45", "Title"},
		{"12-hour", "9:15am - 9:45am Title", "09:15-09:45", "Title"},
		{"12-hour afternoon", "1:15 pm – 2:00 p.m. Title", "13:15-14:00", "Title"},
		{"meridiem on end only", "11:30 - 12:30pm Title", "11:30-12:30", "Title"},
		{"meridiem on end only, afternoon", "1:00 - 2:00pm Title", "13:00-14:00", "Title"},
		{"hours only", "9am – 10am Title", "09:00-10:00", "Title"},
		{"title first", "Open Spaces Session 1- 15:05 – 15:35", "15:05-15:35", "Open Spaces Session 1"},
		{"title first, dashes", "Lunch – 12:30 – 13:30", "12:30-13:30", "Lunch"},
		{"title first, brackets", "Lunch (12:30–13:30)", "12:30-13:30", "Lunch"},
		{"title first, no separator", "Lunch 12:30 - 13:30", "12:30-13:30", "Lunch"},
		{"title starting with a number", "10:00 – 10:30 10 Ways to Fail", "10:00-10:30", "10 Ways to Fail"},
		{"start only", "09:00 Doors open", "09:00-09:30", "Doors open"},
		{"start only with dash", "09:00 - Doors open", "09:00-09:30", "Doors open"},
		{"start only, title with a number", "10:00 – 11 things to know", "10:00-10:30", "11 things to know"},
		{"word after meridiem letters", "10:00 Amazing Grace", "10:00-10:30", "Amazing Grace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talk := onlyTalk(t, parseOK(t, dateLine+tt.line+"\n"))
			if got := span(talk); got != tt.span {
				t.Errorf("times = %s, want %s", got, tt.span)
			}
			if talk.Title != tt.title {
				t.Errorf("title = %q, want %q", talk.Title, tt.title)
			}
		})
	}
}

// Lines that start or end with numbers but are prose stay commentary.
func TestProseIsNotASlot(t *testing.T) {
	lines := []string{
		"3.14 is not a time",
		"2.50 for a coffee!",
		"We talked from 10:00 to 11:00",
		"10:00 – 11:00",
		"1999 was a long time ago",
		"10:30am",
	}
	res := parseOK(t, dateLine+"08:00 – 08:30 Registration\n"+strings.Join(lines, "\n")+"\n")
	if res.Talks != 1 || res.Skipped != len(lines) {
		t.Errorf("talks %d, skipped %d; want 1 talk and %d skipped", res.Talks, res.Skipped, len(lines))
	}
}

func TestStartOnlySlotEndsAtNextSlot(t *testing.T) {
	res := parseOK(t, dateLine+"09:00 Doors open\n09:00 – 09:10 Parallel welcome\n09:45 – 10:00 Keynote\n17:00 Drinks\n")
	talks := res.Days[0].Talks
	if got := span(talks[0]); got != "09:00-09:45" {
		t.Errorf("doors open = %s, want 09:00-09:45: ended by the next later slot", got)
	}
	if got := span(talks[3]); got != "17:00-17:30" {
		t.Errorf("last slot = %s, want 17:00-17:30", got)
	}
}

func TestSlotAcrossMidnight(t *testing.T) {
	talk := onlyTalk(t, parseOK(t, dateLine+"22:00 – 01:30 Party\n"))
	if got := span(talk); got != "22:00-01:30+1" {
		t.Errorf("times = %s, want 22:00-01:30 the next day", got)
	}
	if got := talk.End.Sub(talk.Start); got != 3*time.Hour+30*time.Minute {
		t.Errorf("length = %v, want 3h30m", got)
	}
	late := onlyTalk(t, parseOK(t, dateLine+"10:00pm – 1:00 Pub quiz\n"))
	if got := span(late); got != "22:00-01:00+1" {
		t.Errorf("12-hour times = %s, want 22:00-01:00 the next day", got)
	}
}

// Times are wall-clock times in the venue zone, whatever zone the machine
// is in.
func TestTimesAreInVenueZone(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	res, err := Parse(strings.NewReader(dateLine+"09:00 – 10:00 Talk\n"), schedule.ReadOptions{Name: "z.txt", Location: tokyo})
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2019, 10, 17, 0, 0, 0, 0, time.UTC)
	if got := res.Days[0].Talks[0].Start; !got.Equal(want) {
		t.Errorf("start = %v, want %v (09:00 in Tokyo)", got, want)
	}
}
