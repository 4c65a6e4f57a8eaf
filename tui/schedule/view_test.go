package schedule

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// indexCells returns the cell column at which s starts in line, -1 if it
// is not there.
func indexCells(line, s string) int {
	i := strings.Index(line, s)
	if i < 0 {
		return -1
	}
	return ansi.StringWidth(line[:i])
}

// hasNowMark reports whether a plain view line carries the now mark.
func hasNowMark(line string) bool { return strings.HasPrefix(line, "▶ ") }

func TestNowMarkFollowsTheClock(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "09:45"))
	if l := lineWith(t, m, "Backpressure"); !hasNowMark(l) {
		t.Errorf("at 09:45 the talk on now is not marked: %q", l)
	}
	m = m.SetClock(at(t, day1, "11:40"))
	if l := lineWith(t, m, "Backpressure"); hasNowMark(l) {
		t.Errorf("at 11:40 the 09:30 talk is still marked: %q", l)
	}
	if l := lineWith(t, m, "A very long"); !hasNowMark(l) {
		t.Errorf("at 11:40 the 11:30 talk is not marked: %q", l)
	}
	marks := 0
	for _, l := range plainView(m) {
		if strings.Contains(l, "▶") {
			marks++
		}
	}
	if marks != 1 {
		t.Errorf("%d now marks, want 1:\n%s", marks, strings.Join(plainView(m), "\n"))
	}
	// Before the day starts nothing is on.
	m = m.SetClock(at(t, day1, "07:00"))
	if v := strings.Join(plainView(m), "\n"); strings.Contains(v, "▶") {
		t.Errorf("at 07:00 a talk is marked:\n%s", v)
	}
}

func TestTimesAreShownInTheVenueZone(t *testing.T) {
	// The fixture's talks are at 09:30 in Tokyo, 00:30 UTC: the laptop's
	// zone must not matter.
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00"))
	if l := lineWith(t, m, "Backpressure"); !strings.Contains(l, "09:30 Backpressure") {
		t.Errorf("talk line %q, want it at 09:30 venue time", l)
	}
}

func TestAttendedItemsShowACheck(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00"))
	if l := strings.TrimSpace(lineWith(t, m, "Rust on a kettle")); !strings.HasPrefix(l, "✓ ") {
		t.Errorf("attended item drawn as %q, want a ✓ before it", l)
	}
	for _, title := range []string{"Tiny parsers", "Postmortems as theatre"} {
		if l := lineWith(t, m, title); strings.Contains(l, "✓") {
			t.Errorf("item not attended drawn with a check: %q", l)
		}
	}
}

func TestLongTitlesAreTruncatedToTheWidth(t *testing.T) {
	for _, width := range []int{24, 40, 60} {
		m := pane(testEvent(t), 0, width, 30, at(t, day1, "08:00"))
		l := lineWith(t, m, "A very long")
		if w := ansi.StringWidth(l); w != width {
			t.Errorf("width %d: the long title's line is %d cells: %q", width, w, l)
		}
		if !strings.HasSuffix(l, "…") {
			t.Errorf("width %d: the long title is cut without an ellipsis: %q", width, l)
		}
		// Its speakers line is cut the same way.
		if l := lineWith(t, m, "Kenji"); ansi.StringWidth(l) > width {
			t.Errorf("width %d: the speakers line is %d cells: %q", width, ansi.StringWidth(l), l)
		}
	}
}

func TestEveryLineFitsAndThePaneIsExactlyItsHeight(t *testing.T) {
	ev := testEvent(t)
	for _, width := range []int{1, 4, 8, 10, 12, 20, 29, 30, 40, 80} {
		for _, height := range []int{1, 2, 3, 5, 12, 40} {
			for _, focused := range []bool{true, false} {
				m := pane(ev, 0, width, height, at(t, day1, "11:00")).SetHint("Import a schedule with: lanyard import talks.txt")
				if !focused {
					m = m.Blur()
				}
				for i := range 10 { // every row selected in turn, and the last again
					what := fmt.Sprintf("%dx%d focused=%v row %d", width, height, focused, i)
					checkFits(t, m, width, height, what)
					m = m.Focus()
					m = pressAll(m, "down")
					if !focused {
						m = m.Blur()
					}
				}
			}
		}
	}
}

func TestScrollingKeepsTheSelectionVisible(t *testing.T) {
	const n = 60
	m := pane(longDay(t, n), 0, 40, 10, at(t, day1, "07:00"))
	visible := func(i int) bool {
		return strings.Contains(strings.Join(plainView(m), "\n"), fmt.Sprintf("Session %02d", i))
	}
	for i := 1; i <= n; i++ {
		if selected(m) != uint64(99+i) || !visible(i) {
			t.Fatalf("going down, session %d (selected %d) not in view:\n%s", i, selected(m), strings.Join(plainView(m), "\n"))
		}
		checkFits(t, m, 40, 10, fmt.Sprintf("down at %d", i))
		m = pressAll(m, "down")
	}
	for i := n; i >= 1; i-- {
		if selected(m) != uint64(99+i) || !visible(i) {
			t.Fatalf("going up, session %d (selected %d) not in view:\n%s", i, selected(m), strings.Join(plainView(m), "\n"))
		}
		// A row of context stays above the selection once scrolled.
		if i > 1 && !visible(i-1) {
			t.Errorf("going up, session %d has no context above it:\n%s", i, strings.Join(plainView(m), "\n"))
		}
		m = pressAll(m, "up")
	}
	m = pressAll(m, "G")
	if !visible(n) {
		t.Errorf("after G the last session is not in view:\n%s", strings.Join(plainView(m), "\n"))
	}
	// Shrinking the pane keeps the selection in view too.
	m = m.SetSize(40, 5)
	if !visible(n) {
		t.Errorf("after shrinking the last session is not in view:\n%s", strings.Join(plainView(m), "\n"))
	}
}

func TestGoldenView(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "11:00"))
	m, _ = m.Select(132)
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestNarrowPaneShortensTheHeading(t *testing.T) {
	m := pane(testEvent(t), 0, 24, 10, at(t, day1, "08:00"))
	if h := plainView(m)[0]; h != "Thu 12 Jun  1/2" {
		t.Errorf("heading %q, want %q", h, "Thu 12 Jun  1/2")
	}
	// A date that is not one is shown as it is, not cut into pieces.
	ev := testEvent(t)
	ev.Days[0].Date = "Day 1 of 3"
	m = pane(ev, 0, 24, 10, at(t, day1, "08:00"))
	if h := plainView(m)[0]; h != "Day 1 of 3  1/2" {
		t.Errorf("heading %q, want the date as written", h)
	}
}
