package outline

import (
	"strings"
	"testing"

	doc "lanyard/store/outline"
)

// syncedOutline is a talk after a sync where both laptops changed one
// bullet: ours, then theirs beside it marked as a conflict.
func syncedOutline(t *testing.T) *doc.Outline {
	t.Helper()
	o, err := doc.FromNodes([]doc.Node{
		{ID: 1, Order: "a0", Text: "latency budget is 300ms"},
		{ID: 2, Order: "a1", Text: "latency budget is 250ms", Conflict: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestAConflictShowsItsMarkUntilAltRSettlesIt(t *testing.T) {
	m, saver := editor(t, syncedOutline(t), 60, 20)
	if view := strings.Join(plainView(m), "\n"); !strings.Contains(view, "≠ latency budget is 250ms") || strings.Contains(view, "≠ latency budget is 300ms") {
		t.Fatalf("the other laptop's text is not marked ≠, or ours is:\n%s", view)
	}
	// On our own bullet (the editor opens on the last one) alt+r does
	// nothing.
	m = press(m, "up", "alt+r")
	if len(saver.calls) != 0 {
		t.Errorf("alt+r on an unmarked bullet saved %v", saver.calls)
	}
	m = press(m, "down", "alt+r")
	if view := strings.Join(plainView(m), "\n"); strings.Contains(view, "≠") {
		t.Errorf("alt+r left the mark:\n%s", view)
	}
	put := saver.last(t).Put
	if len(put) != 1 || put[0].ID != 2 || put[0].Conflict {
		t.Errorf("settling saved %+v, want bullet 2 without its mark", put)
	}
	m = press(m, "ctrl+z")
	if view := strings.Join(plainView(m), "\n"); !strings.Contains(view, "≠ latency budget is 250ms") {
		t.Errorf("ctrl+z did not bring the mark back:\n%s", view)
	}
	if c := saver.last(t).Put; len(c) != 1 || !c[0].Conflict {
		t.Errorf("the undo saved %+v, want the mark back", c)
	}
}
