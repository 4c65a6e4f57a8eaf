package outline

import (
	"strings"
	"testing"
	"time"
)

func TestZoomInMakesTheBulletThePage(t *testing.T) {
	m, saver := editor(t, outlineOf(t,
		"storage",
		"  compaction",
		"    runs at night",
		"  replicas",
		"networking"), 60, 12)
	m = press(m, "ctrl+home", "down", "ctrl+g")
	view := strings.Join(plainView(m), "\n")
	if !strings.Contains(view, "↰ storage › compaction") {
		t.Errorf("zoomed view has no breadcrumb:\n%s", view)
	}
	if !strings.Contains(view, "\n• runs at night") {
		t.Errorf("the zoomed bullet's child should be drawn at the top level:\n%s", view)
	}
	for _, hidden := range []string{"replicas", "networking"} {
		if strings.Contains(view, hidden) {
			t.Errorf("zoomed view shows %q, outside the zoom:\n%s", hidden, view)
		}
	}
	// Motions stay inside the zoom.
	m = press(m, "down", "down", "up", "up", "up")
	if got, want := withCursor(m), "storage\n  compaction\n    |runs at night\n  replicas\nnetworking\n"; got != want {
		t.Errorf("cursor left the zoom: %q, want %q", got, want)
	}
	m = typeText(m, "only ")
	if got := m.o.At(2).Text; got != "only runs at night" {
		t.Errorf("typing in the zoom edited %q", got)
	}
	if len(saver.calls) == 0 {
		t.Error("an edit in the zoom was not saved")
	}
	m = press(m, "ctrl+r")
	view = strings.Join(plainView(m), "\n")
	if !strings.Contains(view, "↰ storage") || strings.Contains(view, "networking") {
		t.Errorf("one zoom out should show storage's subtree:\n%s", view)
	}
	m = press(m, "ctrl+r")
	view = strings.Join(plainView(m), "\n")
	if !strings.Contains(view, "networking") || strings.Contains(view, "↰") {
		t.Errorf("zooming all the way out should show the whole outline:\n%s", view)
	}
	if got, want := withCursor(m), "storage|\n  compaction\n    only runs at night\n  replicas\nnetworking\n"; got != want {
		t.Errorf("after zooming out the cursor should be on the page it left: %q, want %q", got, want)
	}
}

func TestZoomNeedsChildren(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "leaf", "other"), 60, 12)
	before := strings.Join(plainView(m), "\n")
	m = press(m, "ctrl+g")
	if after := strings.Join(plainView(m), "\n"); after != before {
		t.Errorf("zooming into a bullet without children changed the view:\n%s", after)
	}
}

func TestTimesShowTimeIntoTheTalk(t *testing.T) {
	o := outlineOf(t, "first", "second")
	o.At(0).Created = testHeader.Start.Add(12*time.Minute + 34*time.Second)
	o.At(1).Created = testHeader.Start.Add(time.Hour + 2*time.Minute + 3*time.Second)
	m, _ := editor(t, o, 60, 12)
	m = press(m, "ctrl+t")
	view := strings.Join(plainView(m), "\n")
	for _, want := range []string{"+12:34   • first", "+1:02:03 • second"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	// The cursor moves with the text.
	if got, want := withCursor(m), "first\nsecond|\n"; got != want {
		t.Errorf("cursor = %q, want %q", got, want)
	}
	x, _, _ := cursorCell(t, m)
	if want := timeWidth + glyphWidth + len("second"); x != want {
		t.Errorf("cursor column = %d, want %d", x, want)
	}
	m = press(m, "ctrl+t")
	if view := strings.Join(plainView(m), "\n"); strings.Contains(view, "+12:34") {
		t.Errorf("ctrl+t again should hide the times:\n%s", view)
	}
}

func TestIntoTalk(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                              "+00:00",
		59 * time.Second:               "+00:59",
		45*time.Minute + 5*time.Second: "+45:05",
		2*time.Hour + 5*time.Second:    "+2:00:05",
		-90 * time.Second:              "-01:30",
	} {
		if got := intoTalk(d); got != want {
			t.Errorf("intoTalk(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestMovesStayInsideTheZoom(t *testing.T) {
	m, _ := editor(t, outlineOf(t,
		"before",
		"  hidden",
		"page",
		"  one",
		"    deep",
		"  two",
		"after"), 60, 12)
	m = press(m, "ctrl+home", "down", "down", "ctrl+g", "down") // zoomed into page, on "deep"
	m = press(m, "alt+up", "alt+up", "alt+up")
	if got, want := shape(m), "before\n  hidden\npage\n  one\n    deep\n  two\nafter\n"; got != want {
		t.Errorf("moving up out of the page: %q, want %q", got, want)
	}
	m = press(m, "alt+down")
	if got, want := shape(m), "before\n  hidden\npage\n  one\n  two\n    deep\nafter\n"; got != want {
		t.Errorf("moving down into a sibling inside the page: %q, want %q", got, want)
	}
	m = press(m, "alt+down")
	if got, want := shape(m), "before\n  hidden\npage\n  one\n  two\n    deep\nafter\n"; got != want {
		t.Errorf("moving down out of the page: %q, want %q", got, want)
	}
}
