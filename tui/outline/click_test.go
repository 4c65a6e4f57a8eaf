package outline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// click sends a click at cell (x, y) of the pane.
func click(m Model, x, y int) Model {
	m, _ = m.Update(ClickMsg{X: x, Y: y})
	return m
}

// clickOutline is drawn at 24x10 as
//
//	0 Queues all the way down
//	1 Ada Moreno · 10:30–11:0…
//	2
//	3 • alpha beta gamma delta
//	4   epsilon zeta eta
//	5   ◦ 日本語のノート and
//	6     🎉 party
//	7 • last
func clickOutline(t *testing.T) Model {
	t.Helper()
	m, _ := editor(t, outlineOf(t,
		"alpha beta gamma delta epsilon zeta eta",
		"  日本語のノート and 🎉 party",
		"last"), 24, 10)
	if got := plainView(m)[6]; got != "    🎉 party" {
		t.Fatalf("the outline is not drawn as the cases expect: line 6 is %q", got)
	}
	return m
}

func TestClickPutsTheCursorOnTheCharacterClicked(t *testing.T) {
	const (
		first  = "alpha beta gamma delta epsilon zeta eta"
		second = "日本語のノート and 🎉 party"
	)
	at := func(text string, off int) string {
		return strings.Replace(
			"alpha beta gamma delta epsilon zeta eta\n  日本語のノート and 🎉 party\nlast\n",
			text, text[:off]+"|"+text[off:], 1)
	}
	cases := []struct {
		name string
		x, y int
		want string
	}{
		{"a letter", 8, 3, at(first, len("alpha "))},
		{"the first letter", 2, 3, at(first, 0)},
		{"the bullet's glyph", 0, 3, at(first, 0)},
		{"a letter of a wrapped line", 5, 4, at(first, len("alpha beta gamma delta eps"))},
		{"the indent of a wrapped line", 0, 4, at(first, len("alpha beta gamma delta "))},
		{"past the end of the text", 20, 4, at(first, len(first))},
		{"past the end of a wrapped line", 23, 5, at(second, len("日本語のノート and"))},
		{"the left half of a wide character", 6, 5, at(second, len("日"))},
		{"the right half of a wide character", 7, 5, at(second, len("日"))},
		{"the nested bullet's glyph", 2, 5, at(second, 0)},
		{"the right half of an emoji", 5, 6, at(second, len("日本語のノート and "))},
		{"a letter after an emoji", 9, 6, at(second, len("日本語のノート and 🎉 pa"))},
		{"below the last bullet", 3, 9, at("last", 4)},
		{"left of the pane", -5, 3, at(first, 0)},
		{"far right of the pane", 1 << 30, 7, at("last", 4)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := clickOutline(t)
			m = press(m, "ctrl+home") // away from where every click lands
			if c.want == at(first, 0) {
				m = press(m, "ctrl+end")
			}
			m = click(m, c.x, c.y)
			if got := withCursor(m); got != c.want {
				t.Errorf("click at (%d, %d): cursor\n%swant\n%s", c.x, c.y, got, c.want)
			}
		})
	}
}

func TestClickedCellIsWhereTheTerminalCursorGoes(t *testing.T) {
	m := clickOutline(t)
	lines := plainView(m)
	for _, y := range []int{3, 4, 7} { // the lines of one-cell characters
		for x, r := range []rune(lines[y]) {
			if r == ' ' || r == '•' {
				continue
			}
			m = click(m, x, y)
			if cx, cy, ok := m.Cursor(); !ok || cx != x || cy != y {
				t.Errorf("click on %q at (%d, %d): the cursor is drawn at (%d, %d, %v)", r, x, y, cx, cy, ok)
			}
		}
	}
}

func TestClickOutsideTheBulletsMovesNothing(t *testing.T) {
	for _, c := range []struct {
		name string
		x, y int
	}{
		{"the title", 3, 0},
		{"the blank line under the header", 3, 2},
		{"above the pane", 3, -1},
		{"below the pane", 3, 10},
		{"far below", 3, 1 << 30},
		{"far above", -1 << 30, -1 << 30},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := press(clickOutline(t), "ctrl+home", "right", "right")
			before, view := withCursor(m), m.View()
			m = click(m, c.x, c.y)
			if got := withCursor(m); got != before {
				t.Errorf("cursor moved to\n%s", got)
			}
			if m.View() != view {
				t.Error("the view changed")
			}
		})
	}
}

func TestClickEndsTheTypedWordsUndoStep(t *testing.T) {
	m := clickOutline(t)
	m = typeText(m, "ab")
	m = click(m, 2, 3)
	m = typeText(m, "cd")
	m = press(m, "ctrl+z")
	if got, want := m.o.At(0).Text, "alpha beta gamma delta epsilon zeta eta"; got != want {
		t.Errorf("one undo after typing at the click left %q, want %q", got, want)
	}
	if got, want := m.o.At(2).Text, "lastab"; got != want {
		t.Errorf("one undo after typing at the click took the word typed before it: %q, want %q", got, want)
	}
}

func TestClickInAZoomedOutline(t *testing.T) {
	m, _ := editor(t, outlineOf(t,
		"storage",
		"  compaction",
		"    runs at night",
		"  replicas",
		"networking"), 40, 12)
	m = press(m, "ctrl+home", "ctrl+g")
	lines := plainView(m)
	y := -1
	for i, l := range lines {
		if strings.Contains(l, "replicas") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("the zoom does not show replicas:\n%s", strings.Join(lines, "\n"))
	}
	m = click(m, ansi.StringWidth(lines[y][:strings.Index(lines[y], "replicas")])+3, y)
	if got, want := withCursor(m), "storage\n  compaction\n    runs at night\n  rep|licas\nnetworking\n"; got != want {
		t.Errorf("cursor\n%swant\n%s", got, want)
	}
	m = click(m, 0, len(lines)-1)
	if got, want := withCursor(m), "storage\n  compaction\n    runs at night\n  replicas|\nnetworking\n"; got != want {
		t.Errorf("a click below the zoom's last bullet: cursor\n%swant\n%s", got, want)
	}
}

func TestClickOnTheTimeColumnGoesToTheTextsStart(t *testing.T) {
	m := press(clickOutline(t), "ctrl+t")
	m = m.SetSize(40, 10)
	lines := plainView(m)
	if !strings.HasPrefix(lines[3], "+00:00") {
		t.Fatalf("no time column: %q", lines[3])
	}
	m = click(m, 1, 3)
	if got := withCursor(m); !strings.HasPrefix(got, "|alpha") {
		t.Errorf("cursor\n%s", got)
	}
}

func TestClickOnTheEmptyOutline(t *testing.T) {
	m, saver := editor(t, nil, 40, 10)
	m = click(m, 10, 3)
	m = click(m, 10, 9)
	if m.o.Len() != 0 || len(saver.calls) != 0 {
		t.Errorf("clicks on an empty outline made %d bullets and %d saves", m.o.Len(), len(saver.calls))
	}
	m = typeText(m, "x")
	if got := shape(m); got != "x\n" {
		t.Errorf("typing after the clicks wrote %q", got)
	}
}

// longOutline is n one-line bullets "bullet 0", "bullet 1"…, shown at
// 40x10: seven lines of bullets under the header.
func longOutline(t *testing.T, n int) Model {
	t.Helper()
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("bullet %d", i)
	}
	m, _ := editor(t, outlineOf(t, lines...), 40, 10)
	return m
}

// firstShown is the text of the first bullet drawn under the header.
func firstShown(m Model) string { return strings.TrimPrefix(plainView(m)[3], "• ") }

func scroll(m Model, lines int) Model {
	m, _ = m.Update(ScrollMsg{Lines: lines})
	return m
}

func TestWheelScrollsTheViewAndKeepsTheCursorInIt(t *testing.T) {
	m := longOutline(t, 50) // the cursor at the end, the last bullets shown
	if got := firstShown(m); got != "bullet 43" {
		t.Fatalf("first bullet shown %q", got)
	}
	m = press(m, "left") // "bullet 4|9"
	m = scroll(m, -3)
	if got := firstShown(m); got != "bullet 40" {
		t.Errorf("three lines up: first bullet shown %q, want bullet 40", got)
	}
	// The cursor is kept two lines from the bottom, in the column it had.
	if got := m.o.At(m.row).Text[:m.off]; got != "bullet 4" || m.row != 44 {
		t.Errorf("cursor left behind at row %d %q|", m.row, got)
	}
	for range 30 {
		m = scroll(m, -3)
	}
	if got := firstShown(m); got != "bullet 0" {
		t.Errorf("scrolled to the top: first bullet shown %q", got)
	}
	if _, y, ok := m.Cursor(); !ok || y != 3+6-2 {
		t.Errorf("cursor drawn at line %d (%v), want two lines from the bottom", y, ok)
	}
	// Scrolling down, the cursor stays put while it is in the window.
	before := withCursor(m)
	m = scroll(m, 1)
	if got := firstShown(m); got != "bullet 1" {
		t.Errorf("one line down: first bullet shown %q", got)
	}
	if withCursor(m) != before {
		t.Errorf("the cursor moved while still in view:\n%s", withCursor(m))
	}
	for range 30 {
		m = scroll(m, 3)
	}
	if got := firstShown(m); got != "bullet 43" {
		t.Errorf("scrolled to the end: first bullet shown %q", got)
	}
	if _, _, ok := m.Cursor(); !ok {
		t.Error("the cursor is out of view")
	}
}

func TestWheelOnAShortOutlineMovesNothing(t *testing.T) {
	m := clickOutline(t)
	before, view := withCursor(m), m.View()
	for _, n := range []int{3, -3, 1 << 30, -1 << 30} {
		m = scroll(m, n)
	}
	if withCursor(m) != before || m.View() != view {
		t.Errorf("the wheel on an outline that fits moved the cursor or the view:\n%s", withCursor(m))
	}
}

func TestWheelScrollsTheNotesBesideTheSchedule(t *testing.T) {
	m := longOutline(t, 50).Blur()
	m = scroll(m, -6)
	if got := firstShown(m); got != "bullet 37" {
		t.Errorf("the wheel over notes without the keyboard: first bullet shown %q", got)
	}
	m = scroll(m, 1<<20)
	if got := firstShown(m); got != "bullet 43" {
		t.Errorf("a huge scroll down: first bullet shown %q", got)
	}
}
