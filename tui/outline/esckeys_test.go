package outline

import (
	"fmt"
	"strings"
	"testing"
)

func TestEscThenALetterNeverChangesTheOutlinesShape(t *testing.T) {
	// Esc then a letter typed quickly arrives as alt+letter. Text edits at
	// the cursor (alt+d) are in sight and ctrl+z takes them back; moving,
	// indenting, deleting, pasting or joining bullets is out of sight.
	for r := 'a'; r <= 'z'; r++ {
		m, _ := editor(t, outlineOf(t, "alpha", "  child", "beta", "gamma"), 60, 20)
		m = press(m, "ctrl+home", "down", "down")
		m.clip = m.o.CopySubtree(0)
		before := skeleton(m)
		m = press(m, "alt+"+string(r))
		if got := skeleton(m); got != before {
			t.Errorf("alt+%c changed the outline's bullets: %s, was %s", r, got, before)
		}
	}
}

// skeleton lists the outline's bullets by ID and depth, in order: what
// changes when bullets move, nest, go or come, and not when text does.
func skeleton(m Model) string {
	var b strings.Builder
	for i := range m.o.Len() {
		fmt.Fprintf(&b, "%d@%d ", m.o.At(i).ID, m.o.At(i).Depth)
	}
	return b.String()
}

func TestMovesAreOnArrowsNotLetters(t *testing.T) {
	for _, k := range []string{"alt+k", "alt+j"} {
		m, _ := editor(t, outlineOf(t, "alpha", "beta", "gamma"), 60, 20)
		m = press(m, "ctrl+home", "down", k)
		if got, want := shape(m), "alpha\nbeta\ngamma\n"; got != want {
			t.Errorf("%s moved a bullet: %q", k, got)
		}
	}
	m, _ := editor(t, outlineOf(t, "alpha", "beta", "gamma"), 60, 20)
	m = press(m, "ctrl+home", "down", "ctrl+shift+up")
	if got, want := withCursor(m), "|beta\nalpha\ngamma\n"; got != want {
		t.Errorf("ctrl+shift+up: %q, want %q", got, want)
	}
	m = press(m, "ctrl+shift+down", "ctrl+shift+down")
	if got, want := withCursor(m), "alpha\ngamma\n|beta\n"; got != want {
		t.Errorf("ctrl+shift+down twice: %q, want %q", got, want)
	}
}
