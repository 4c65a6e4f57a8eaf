package outline

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

func TestUndoTakesBackBurstsAndStructureThenRedoes(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m = typeText(m, "retries need jitter")
	m = press(m, "enter", "tab")
	m = typeText(m, "or they stampede")
	steps := []string{
		"retries need jitter\n  |\n",
		"retries need jitter\n|\n",
		"retries need jitter|\n",
		"",
	}
	for i, want := range steps {
		m = press(m, "ctrl+z")
		if got := withCursor(m); got != want {
			t.Fatalf("undo %d: %q, want %q", i+1, got, want)
		}
	}
	for i := len(steps) - 2; i >= 0; i-- {
		m = press(m, "ctrl+y")
		if got, want := withCursor(m), steps[i]; got != want {
			t.Fatalf("redo back to step %d: %q, want %q", i+1, got, want)
		}
	}
}

func TestUndoEverythingBackToEmpty(t *testing.T) {
	m, saver := editor(t, nil, 60, 20)
	m = typeText(m, "a b c")
	m = press(m, "enter", "tab")
	m = typeText(m, "d")
	m = press(m, "alt+s", "alt+up", "ctrl+x")
	for range 50 {
		m = press(m, "ctrl+z")
	}
	if m.o.Len() != 0 {
		t.Fatalf("after undoing everything the outline is %q", shape(m))
	}
	if last := saver.last(t); len(last.Deleted) == 0 {
		t.Errorf("undo back to empty should delete the bullets in the notebook too: %+v", last)
	}
}

func TestMoveBulletWithItsChildren(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "alpha", "beta", "  beta child", "gamma"), 60, 20)
	m = press(m, "ctrl+home", "down")
	m = press(m, "alt+up")
	if got, want := withCursor(m), "|beta\n  beta child\nalpha\ngamma\n"; got != want {
		t.Fatalf("alt+up: %q, want %q", got, want)
	}
	m = press(m, "alt+down", "alt+down")
	if got, want := withCursor(m), "alpha\ngamma\n|beta\n  beta child\n"; got != want {
		t.Fatalf("alt+down twice: %q, want %q", got, want)
	}
}

func TestCutAndPasteASubtree(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "alpha", "  alpha child", "beta"), 60, 20)
	m = press(m, "ctrl+home", "ctrl+x")
	if got, want := shape(m), "beta\n"; got != want {
		t.Fatalf("after cut: %q, want %q", got, want)
	}
	m = press(m, "ctrl+u")
	if got, want := withCursor(m), "beta\nalpha\n  alpha child|\n"; got != want {
		t.Fatalf("after paste: %q, want %q", got, want)
	}
	m = press(m, "alt+c", "ctrl+u")
	if got := strings.Count(shape(m), "alpha child"); got != 2 {
		t.Errorf("copy then paste should give two copies:\n%s", shape(m))
	}
}

func TestKindsShowAndCycle(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "first step", "second step", "remember this", "ask about it", "as they said"), 60, 20)
	m = press(m, "ctrl+home", "alt+n", "down", "alt+n", "down", "alt+s", "down", "alt+t", "down", "alt+q")
	view := strings.Join(plainView(m), "\n")
	for _, want := range []string{"1. first step", "2. second step", "★ remember this", "☐ ask about it", "│ as they said"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	m = press(m, "up", "alt+t")
	if got := m.o.At(3).Kind; got != doc.KindDone {
		t.Errorf("alt+t on a to-do: kind %v, want done", got)
	}
	if view := strings.Join(plainView(m), "\n"); !strings.Contains(view, "☑ ask about it") {
		t.Errorf("a done to-do should show ☑:\n%s", view)
	}
	m = press(m, "alt+t")
	if got := m.o.At(3).Kind; got != doc.KindPlain {
		t.Errorf("alt+t on a done to-do: kind %v, want plain", got)
	}
}

func TestFoldHidesChildrenAndSaysHowMany(t *testing.T) {
	m, saver := editor(t, outlineOf(t, "alpha", "  one", "  two", "    deep", "beta"), 60, 20)
	m = press(m, "ctrl+home", "ctrl+o")
	view := strings.Join(plainView(m), "\n")
	if !strings.Contains(view, "▸ alpha (+3)") || strings.Contains(view, "one") {
		t.Fatalf("folded view:\n%s", view)
	}
	if !saver.last(t).Put[0].Folded {
		t.Error("the fold was not saved")
	}
	m = press(m, "down")
	if got, want := withCursor(m), "alpha\n  one\n  two\n    deep\n|beta\n"; got != want {
		t.Errorf("down past a fold: %q, want %q", got, want)
	}
	m = press(m, "up", "ctrl+o")
	if view := strings.Join(plainView(m), "\n"); !strings.Contains(view, "deep") {
		t.Errorf("unfolded view:\n%s", view)
	}
	m = press(m, "alt+o")
	if view := strings.Join(plainView(m), "\n"); strings.Contains(view, "one") || !strings.Contains(view, "(+3)") {
		t.Errorf("fold all:\n%s", view)
	}
	m = press(m, "alt+o")
	if view := strings.Join(plainView(m), "\n"); !strings.Contains(view, "deep") {
		t.Errorf("unfold all:\n%s", view)
	}
}

func TestPasteNestedNotesBuildsTheTree(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m, _ = m.Update(tea.PasteMsg{Content: "• caching\n    ◦ at the edge\n        ▪ TTLs short\n• queues\n"})
	if got, want := withCursor(m), "caching\n  at the edge\n    TTLs short\nqueues|\n"; got != want {
		t.Errorf("paste: %q, want %q", got, want)
	}
	m = press(m, "ctrl+z")
	if m.o.Len() != 0 {
		t.Errorf("undoing the paste should leave the outline empty: %q", shape(m))
	}
}
