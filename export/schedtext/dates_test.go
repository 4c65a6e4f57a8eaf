package schedtext

import (
	"errors"
	"strings"
	"testing"
	"time"

	"lanyard/store/schedule"
)

func TestDateLineForms(t *testing.T) {
	tests := []struct {
		line string
		want string
	}{
		{"October 17, 2019", "2019-10-17"},
		{"Oct 17, 2019", "2019-10-17"},
		{"2019-10-17", "2019-10-17"},
		{"Thursday 17 October 2019", "2019-10-17"},
		{"Thursday, 17 October 2019", "2019-10-17"},
		{"17 Oct 2019", "2019-10-17"},
		{"17 October 2019", "2019-10-17"},
		{"Thursday, October 17, 2019", "2019-10-17"},
		{"Day 1 – October 17, 2019", "2019-10-17"},
		{"Day 2: Friday 18 October 2019", "2019-10-18"},
		{"## Friday 18th Oct. 2019", "2019-10-18"},
		{"**Sept 3, 2021**", "2021-09-03"},
		{"  thursday 17 october 2019  ", "2019-10-17"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			res := parseOK(t, tt.line+"\n09:00 – 10:00 A talk\n")
			if got := res.Days[0].Date; got != tt.want {
				t.Errorf("date = %q, want %q", got, tt.want)
			}
			if got := res.Days[0].Talks[0].Start; !got.Equal(mustDate(t, tt.want).Add(9 * time.Hour)) {
				t.Errorf("talk starts %v, want 09:00 on %s", got, tt.want)
			}
		})
	}
}

// A line that only mentions a date, or names a day no calendar has, does
// not start a day: the slot after it has no date.
func TestNotDateLines(t *testing.T) {
	for _, line := range []string{
		"October 17, 2019 was a good day",
		"See you on 17 October",
		"31 April 2019",
		"2019-02-30",
		"Thursday",
		"17 Octopus 2019",
	} {
		t.Run(line, func(t *testing.T) {
			_, err := Parse(strings.NewReader(line+"\n09:00 – 10:00 A talk\n"), schedule.ReadOptions{Name: "n.txt"})
			if !errors.Is(err, ErrSlotBeforeDate) {
				t.Fatalf("err = %v, want the slot to be before any date line", err)
			}
		})
	}
}

func TestSameDateTwiceIsOneDay(t *testing.T) {
	res := parseOK(t, "October 17, 2019\n10:00 – 11:00 Second\nOctober 18, 2019\n09:00 – 10:00 Other day\n"+
		"Thursday 17 October 2019\n09:00 – 10:00 First\n")
	if len(res.Days) != 2 {
		t.Fatalf("got %d days, want 2", len(res.Days))
	}
	day := res.Days[0]
	if day.Date != "2019-10-17" || len(day.Talks) != 2 {
		t.Fatalf("first day = %s with %d talks, want 2019-10-17 with 2", day.Date, len(day.Talks))
	}
	if day.Talks[0].Title != "First" || day.Talks[1].Title != "Second" {
		t.Errorf("talks = %q, %q; want First then Second, sorted by start", day.Talks[0].Title, day.Talks[1].Title)
	}
}

func TestDaysInDateOrder(t *testing.T) {
	res := parseOK(t, "18 Oct 2019\n09:00 – 10:00 Later\n17 Oct 2019\n09:00 – 10:00 Earlier\n")
	if len(res.Days) != 2 || res.Days[0].Date != "2019-10-17" || res.Days[1].Date != "2019-10-18" {
		t.Fatalf("days = %+v, want 17th then 18th", res.Days)
	}
}

// A date line with nothing under it is a date in the commentary.
func TestDateWithoutSlotsMakesNoDay(t *testing.T) {
	res := parseOK(t, "October 17, 2019\n09:00 – 10:00 A talk\nOctober 20, 2019\nWe flew home.\n")
	if len(res.Days) != 1 {
		t.Fatalf("got %d days, want 1", len(res.Days))
	}
}

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
