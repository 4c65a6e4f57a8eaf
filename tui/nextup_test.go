package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
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

// Typing keeps the status bar's "next:" without looking through the day at
// every key, yet it still counts down while the user types on.
func TestNextUpCountsDownWhileTheUserTypes(t *testing.T) {
	now := at("2019-10-17", "09:55")
	m := newTestModel(newFakeNotes(), now)
	m.cfg.Clock = func() time.Time { return now }
	run(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	typeInto(m, "a")
	if s := screen(m); !strings.Contains(s, "next: Coffee in 5 min") {
		t.Fatalf("before: the status bar lacks the next talk:\n%s", s)
	}
	now = now.Add(4 * time.Minute)
	typeInto(m, "b")
	if s := screen(m); !strings.Contains(s, "next: Coffee in 1 min") {
		t.Errorf("four minutes of typing later the bar should count down:\n%s", s)
	}
}
