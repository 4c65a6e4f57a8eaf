package schedule

import (
	"strings"
	"testing"
)

func TestSelectedTitleCutAtTheEdgeIsShownWhole(t *testing.T) {
	m := pane(testEvent(t), 0, 34, 30, at(t, day1, "08:00"))
	m, _ = m.Select(14)
	view := viewText(m)
	words := strings.Fields(longTitle)
	// Every word of the title is on screen, in order, without a cut.
	rest := view
	for _, w := range words {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("the selected long title lacks %q from %q on:\n%s", w, rest, view)
		}
		rest = rest[i+len(w):]
	}
	if strings.Contains(lineWith(t, m, "A very long"), "…") {
		t.Errorf("the selected title is still cut:\n%s", view)
	}
	checkFits(t, m, 34, 30, "a wrapped selected title")
	m, _ = m.Select(11)
	if l := lineWith(t, m, "A very long"); !strings.Contains(l, "…") {
		t.Errorf("unselected, the long title should be cut on one line: %q", l)
	}
}

func TestWrappedSelectionStaysInViewAtTheBottom(t *testing.T) {
	ev := longDay(t, 30)
	ev.Days[0].Talks[29].Title = strings.Repeat("a very long title that goes on ", 6)
	m := pane(ev, 0, 30, 12, at(t, day1, "08:00"))
	m = pressAll(m, "G")
	view := viewText(m)
	if !strings.Contains(view, "Some Speaker") || !strings.HasSuffix(strings.TrimRight(view, " \n"), "Annex") {
		t.Errorf("the last talk's byline is cut off under its wrapped title:\n%s", view)
	}
	checkFits(t, m, 30, 12, "a wrapped title at the bottom")
}
