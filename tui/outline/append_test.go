package outline

import (
	"strings"
	"testing"

	doc "lanyard/store/outline"
)

func TestAppendKeepsTheUsersCursorAndWord(t *testing.T) {
	o := outlineOf(t, "first", "  child", "second")
	m, s := editor(t, o, 60, 20)
	m = press(m, "up", "end") // on "child"
	m = typeText(m, " half a wo")
	x, y, _ := m.Cursor()
	saves := len(s.calls)

	m = m.Append(doc.Clip{{Text: "from the phone"}, {Depth: 1, Text: "nested"}})
	if len(s.calls) != saves+1 || len(s.last(t).Put) != 2 {
		t.Fatalf("append saved %d times, the last with %d bullets; want once with 2", len(s.calls)-saves, len(s.last(t).Put))
	}
	if nx, ny, _ := m.Cursor(); nx != x || ny != y {
		t.Errorf("cursor moved from %d,%d to %d,%d", x, y, nx, ny)
	}
	m = typeText(m, "rd")
	want := "first\n  child half a word|\nsecond\nfrom the phone\n  nested\n"
	if got := withCursor(m); got != want {
		t.Fatalf("outline:\n%s\nwant:\n%s", got, want)
	}
	if view := strings.Join(plainView(m), "\n"); !strings.Contains(view, "from the phone") || !strings.Contains(view, "nested") {
		t.Errorf("added bullets not on screen:\n%s", view)
	}
	// Undo takes back the user's word first, then the added bullets as
	// one step, and never the two together.
	m = press(m, "ctrl+z")
	if got := shape(m); got != "first\n  child half a wo\nsecond\nfrom the phone\n  nested\n" {
		t.Fatalf("first undo left:\n%s", got)
	}
	m = press(m, "ctrl+z")
	if got := shape(m); got != "first\n  child half a wo\nsecond\n" {
		t.Fatalf("second undo left:\n%s", got)
	}
}

func TestAppendToAnEmptyOutline(t *testing.T) {
	m, s := editor(t, doc.New(), 60, 20)
	m = m.Append(doc.Clip{{Text: "one"}, {Text: "two"}})
	if got := withCursor(m); got != "one\ntwo|\n" {
		t.Fatalf("outline:\n%s", got)
	}
	if len(s.calls) != 1 {
		t.Errorf("saved %d times, want 1", len(s.calls))
	}
}
