package fields

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	good := map[string]time.Duration{"00:30": 30 * time.Minute, "1:15:00": 75 * time.Minute, " 0:00 ": 0,
		"24:00": MaxDuration, "01:30:30": 90*time.Minute + 30*time.Second}
	for in, want := range good {
		if got, err := Clock(in); err != nil || got != want {
			t.Errorf("Clock(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "6944:11:40", "24:01", "30", "1:2", "a:bc", "1:00:00:00", "+1:00",
		"99999999999999999999:00", "-00:30", "-0:00", ":30"} {
		if _, err := Clock(in); !errors.Is(err, ErrBadDuration) {
			t.Errorf("Clock(%q) err = %v, want ErrBadDuration", in, err)
		}
	}
}

func TestSpan(t *testing.T) {
	start := time.Date(2019, 10, 17, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		end  time.Time
		want error
	}{
		{start, nil},
		{start.Add(MaxDuration), nil},
		{start.Add(-time.Minute), ErrEndBeforeStart},
		{start.Add(MaxDuration + time.Second), ErrBadDuration},
	}
	for _, c := range cases {
		if err := Span(start, c.end); !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
			t.Errorf("Span(10:00, %v) = %v; want %v", c.end, err, c.want)
		}
	}
}

func TestMissingNamesTheField(t *testing.T) {
	err := Missing("DTSTART")
	if !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), "DTSTART") {
		t.Errorf("Missing = %v", err)
	}
}

func TestClipKeepsWholeCharacters(t *testing.T) {
	long := strings.Repeat("é", 30)
	got := Clip(long)
	if !strings.HasSuffix(got, "…") || strings.ContainsRune(got, '\uFFFD') || len(got) > 40+len("…") {
		t.Errorf("Clip = %q", got)
	}
	if Clip("short") != "short" {
		t.Errorf("Clip changed a short text")
	}
}
