package talkform

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"lanyard/store/schedule"
)

func TestAnEndCanBeALengthFromTheStart(t *testing.T) {
	const ten = 10 * 60
	for _, tc := range []struct {
		start       int
		end         string
		want, after int
	}{
		{ten, "30m", ten + 30, 0},
		{ten, "90m", ten + 90, 0},
		{ten, "90 min", ten + 90, 0},
		{ten, "1h", ten + 60, 0},
		{ten, "1H", ten + 60, 0},
		{ten, "1h30", ten + 90, 0},
		{ten, "1h 30m", ten + 90, 0},
		{ten, "2 hours", ten + 120, 0},
		{ten, "10:45", ten + 45, 0},
		// "14h30" is a time where it makes a valid end…
		{ten, "14h30", 14*60 + 30, 0},
		// …and "1h30" a length where the time would end before the start.
		{23 * 60, "2h", 60, 1},
		{22 * 60, "01:30", 90, 1},
	} {
		end, after, err := endOf(tc.start, tc.end)
		if err != nil || end != tc.want || after != tc.after {
			t.Errorf("endOf(%d, %q) = %d, %d, %v; want %d, %d", tc.start, tc.end, end, after, err, tc.want, tc.after)
		}
	}
	for _, bad := range []string{"0m", "25h", "1h75", "soon", "-30m", "9:00", "1d", "m", "h30"} {
		if _, _, err := endOf(ten, bad); err == nil {
			t.Errorf("endOf(10:00, %q) accepted", bad)
		}
	}
}

func TestAddATalkWithItsLength(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-10-09", schedule.Talk{}))
	h.fill("Lightning round", "16:40", "1h30", "", "", "")
	talk := h.submitted().Talk
	if want := time.Date(2025, time.October, 9, 18, 10, 0, 0, time.UTC); !talk.End.Equal(want) {
		t.Errorf("End = %v, want %v: 16:40 and 1h30", talk.End, want)
	}
}

// linesAfter returns the lines of a view from the one holding title on.
func linesAfter(t *testing.T, view, title string) []string {
	t.Helper()
	lines := strings.Split(ansi.Strip(view), "\n")
	for i, l := range lines {
		if strings.TrimSpace(strings.TrimLeft(l, " ┃")) == title {
			return lines[i:]
		}
	}
	t.Fatalf("no field %q in the view:\n%s", title, ansi.Strip(view))
	return nil
}

// A wrong end is said under its own field, and Enter stays there until it
// is right; once right, the field says when the talk ends.
func TestAnErrorShowsBesideItsFieldAndEnterStaysOnIt(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-10-09", schedule.Talk{}))
	h.typeText("Pairing clinic")
	h.press("enter")
	h.typeText("14:00")
	h.press("enter")
	h.typeText("13:00")
	h.press("enter")
	end := linesAfter(t, h.m.View(), "End")
	if !strings.Contains(end[1], "the talk ends before it starts") || !strings.Contains(end[2], "13:00") {
		t.Errorf("the error is not under the End field:\n%s", strings.Join(end[:3], "\n"))
	}
	h.press("enter")
	h.typeText("x")
	if strings.Contains(strings.Join(linesAfter(t, h.m.View(), "Speakers")[:3], "\n"), "x") {
		t.Error("enter moved on from an end before the start")
	}
	h.clearField()
	h.typeText("45m")
	end = linesAfter(t, h.m.View(), "End")
	if !strings.Contains(end[1], "ends at 14:45") {
		t.Errorf("the End field does not say when a 45m talk ends:\n%s", strings.Join(end[:3], "\n"))
	}
	h.press("enter")
	h.press("enter", "enter", "enter") // speakers, room, track, and save
	if got := h.submitted().Talk.End; !got.Equal(time.Date(2025, time.October, 9, 14, 45, 0, 0, time.UTC)) {
		t.Errorf("End = %v", got)
	}
}

// At 60×20 every hint is shown whole: hints wrap, they are never cut.
func TestHintsAreWholeOnASmallScreen(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-10-09", schedule.Talk{}))
	h.m = h.m.SetSize(60, 20)
	h.press("enter") // past the title, which says it is needed
	h.press("shift+tab")
	seen := flatten(h.m.View())
	h.typeText("T")
	for range 3 {
		h.press("enter")
		seen += " " + flatten(h.m.View())
	}
	for _, hint := range []string{"HH:MM, like 09:30", "HH:MM, or a length: 30m, 1h, 1h30", "names, separated by commas"} {
		if !strings.Contains(seen, hint) {
			t.Errorf("hint %q not shown whole at 60x20:\n%s", hint, seen)
		}
	}
	if strings.Contains(seen, "…") {
		t.Errorf("something was cut at 60x20:\n%s", seen)
	}
}

func FuzzEndOf(f *testing.F) {
	for _, s := range []string{"30m", "1h30", "10:45", "14h30", "1 h 30 min", "99h", "0m", "", "\x1b[31m1h"} {
		f.Add(600, s)
	}
	f.Fuzz(func(t *testing.T, start int, s string) {
		start = ((start % 1440) + 1440) % 1440
		end, after, err := endOf(start, s)
		if err != nil {
			return
		}
		if end < 0 || end >= 1440 || after < 0 || after > 1 {
			t.Fatalf("endOf(%d, %q) = %d, %d", start, s, end, after)
		}
		if after == 0 && end <= start {
			t.Fatalf("endOf(%d, %q) = %d: an end not after the start on the same day", start, s, end)
		}
	})
}
