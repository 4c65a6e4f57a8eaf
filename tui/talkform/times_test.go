package talkform

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"lanyard/store/schedule"
)

func TestParseClockAcceptsWhatPeopleType(t *testing.T) {
	for in, want := range map[string]int{
		"09:05": 9*60 + 5, "9:05": 9*60 + 5, "09.05": 9*60 + 5, "9h05": 9*60 + 5,
		" 23:59 ": 23*60 + 59, "0:00": 0, "14H30": 14*60 + 30,
	} {
		got, err := parseClock("Start", in)
		if err != nil || got != want {
			t.Errorf("parseClock(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"25:00", "12:60", "24:00", "noon", "9", "9:5", "123:00", ""} {
		if _, err := parseClock("Start", in); err == nil {
			t.Errorf("parseClock(%q) accepted", in)
		}
	}
}

func TestCleanTidiesTypedText(t *testing.T) {
	for in, want := range map[string]string{
		"  Hall   B ":              "Hall B",
		"Ada\tMoreno\n":            "Ada Moreno",
		"Bell\a ringing\x1b[31m":   "Bell ringing[31m",
		"\u00a0non-breaking\u00a0": "non-breaking",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEndDayOffset(t *testing.T) {
	for _, tc := range []struct {
		start, end, offset int
		err                error
	}{
		{10 * 60, 11 * 60, 0, nil},
		{10 * 60, 9 * 60, 0, errEndsBefore},
		{10 * 60, 10 * 60, 0, errEndsAtStart},
		{18 * 60, 60, 1, nil},
		{17*60 + 59, 60, 0, errEndsBefore},
	} {
		offset, err := endDayOffset(tc.start, tc.end)
		if offset != tc.offset || err != tc.err {
			t.Errorf("endDayOffset(%d, %d) = %d, %v; want %d, %v", tc.start, tc.end, offset, err, tc.offset, tc.err)
		}
	}
}

func TestBadDayKeepsTheFormOpen(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-13-40", schedule.Talk{}))
	h.fill("Lost talk", "10:00", "", "", "", "")
	if len(h.out) != 0 {
		t.Fatalf("form sent %#v for a day that does not exist", h.out)
	}
	view := ansi.Strip(h.m.View())
	if !strings.Contains(view, "2025-13-40") || !strings.Contains(view, "Lost talk") {
		t.Errorf("view does not show the problem and the typed talk:\n%s", view)
	}
}
