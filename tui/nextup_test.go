package tui

import (
	"testing"
	"time"
)

func TestNextUpSaysNowRatherThanInZeroMinutes(t *testing.T) {
	ev := testEvent()
	day := ev.Days[0]
	cases := []struct {
		now  time.Time
		want string
	}{
		{at("2019-10-17", "09:55"), "next: Coffee in 5 min"},
		{at("2019-10-17", "09:59"), "next: Coffee in 1 min"},
		// Twenty seconds before: rounds to no minute at all.
		{at("2019-10-17", "09:59").Add(40 * time.Second), "next: Coffee now"},
		{at("2019-10-17", "07:00"), "next: Opening at 09:00"},
	}
	for _, c := range cases {
		if got := nextUp(day, c.now, ev.Location()); got != c.want {
			t.Errorf("at %s: %q, want %q", c.now.Format("15:04:05"), got, c.want)
		}
	}
}
