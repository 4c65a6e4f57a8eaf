package schedule

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// clickAt sends a click on line y and returns the OpenMsg its command
// carries, if any.
func clickAt(t *testing.T, m Model, y int) (Model, *OpenMsg) {
	t.Helper()
	return pointerMsg(t, m, ClickMsg{Row: y})
}

// scrollBy sends a turn of the wheel of n rows and returns the OpenMsg
// its command carries, if any.
func scrollBy(t *testing.T, m Model, n int) (Model, *OpenMsg) {
	t.Helper()
	return pointerMsg(t, m, ScrollMsg{Rows: n})
}

func pointerMsg(t *testing.T, m Model, msg tea.Msg) (Model, *OpenMsg) {
	t.Helper()
	m, cmd := m.Update(msg)
	if cmd == nil {
		return m, nil
	}
	open, ok := cmd().(OpenMsg)
	if !ok {
		t.Fatalf("%#v: command returned %T, want OpenMsg", msg, cmd())
	}
	return m, &open
}

// lineOf returns the number of the first view line containing s.
func lineOf(t *testing.T, m Model, s string) int {
	t.Helper()
	for i, l := range plainView(m) {
		if strings.Contains(l, s) {
			return i
		}
	}
	t.Fatalf("no line of the view contains %q:\n%s", s, viewText(m))
	return -1
}

func TestClickSelectsTheTalkDrawnThere(t *testing.T) {
	cases := []struct {
		name, text string
		want       uint64
	}{
		{"a talk's title", "Backpressure in practice", 11},
		{"a talk's byline", "Ines Okafor", 11},
		{"a break", "Coffee break", 12},
		{"a slot", "Lightning talks", 13},
		{"a parallel item", "Rust on a kettle", 132},
		{"an item's byline", "Femi Adeyemi", 133},
		{"the time of parallel talks", "09:30", 11},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00"))
			m, open := clickAt(t, m, lineOf(t, m, c.text))
			if got := selected(m); got != c.want {
				t.Errorf("selected %d, want %d:\n%s", got, c.want, viewText(m))
			}
			if open == nil || open.TalkID != c.want || open.Focus {
				t.Errorf("the click should show talk %d's notes beside, as moving there does: %+v", c.want, open)
			}
		})
	}
}

func TestSecondClickOnTheSelectedTalkOpensItToWrite(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00"))
	m, _ = clickAt(t, m, lineOf(t, m, "A very long"))
	// Selected, the long title is drawn whole, over more lines: a click
	// on its last line is on the same talk.
	wrapped := lineOf(t, m, "Kenji Arai") - 1
	if strings.Contains(plainView(m)[wrapped], "A very long") {
		t.Fatalf("the selected title is not wrapped:\n%s", viewText(m))
	}
	m, open := clickAt(t, m, wrapped)
	if selected(m) != 14 || open == nil || open.TalkID != 14 || !open.Focus {
		t.Errorf("a second click on the selected talk: selected %d, %+v; want talk 14 opened to write", selected(m), open)
	}
}

func TestClickWithoutTheKeyboardOnlySelects(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00")).Blur()
	m, open := clickAt(t, m, lineOf(t, m, "Opening remarks"))
	if open != nil {
		t.Errorf("a click on the talk already selected, written in beside, asked %+v", open)
	}
	m, open = clickAt(t, m, lineOf(t, m, "Lunch"))
	if selected(m) != 15 || open == nil || open.Focus {
		t.Errorf("selected %d, %+v; want Lunch previewed", selected(m), open)
	}
}

func TestClickOffTheTalksDoesNothing(t *testing.T) {
	for _, c := range []struct {
		name string
		y    int
	}{
		{"the day's heading", 0},
		{"the rule", 1},
		{"below the list", 28},
		{"the last line", 29},
		{"below the pane", 30},
		{"far below", 1 << 30},
		{"above", -1},
		{"far above", -1 << 30},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := pressAll(pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00")), "down")
			view := m.View()
			m, open := clickAt(t, m, c.y)
			if selected(m) != 11 || open != nil || m.View() != view {
				t.Errorf("selected %d, %+v:\n%s", selected(m), open, viewText(m))
			}
		})
	}
}

func TestClickWhileThePickerIsOpenDoesNothing(t *testing.T) {
	m := pressAll(pane(conferenceEvent(t), 0, 40, 20, at(t, day1, "08:00")), "f")
	if !m.Capturing() {
		t.Fatal("the picker did not open")
	}
	before := selected(m)
	for y := range 20 {
		m, _ = clickAt(t, m, y)
	}
	m, _ = scrollBy(t, m, 3)
	if !m.Capturing() || selected(m) != before {
		t.Errorf("clicks on the open picker: open %v, selected %d", m.Capturing(), selected(m))
	}
}

func TestWheelScrollsTheListAndTheSelectionWithIt(t *testing.T) {
	// 40 talks of two lines in a pane of 12: five rows under the heading.
	m := pane(longDay(t, 40), 0, 40, 12, at(t, day1, "06:00"))
	m, open := scrollBy(t, m, 3)
	if top := plainView(m)[2]; !strings.Contains(top, "Session 04") {
		t.Errorf("three rows down, the first row drawn is %q", top)
	}
	// The selection left the view at the top: it comes to its first row
	// but one, and the notes beside follow it.
	if selected(m) != 104 || open == nil || open.TalkID != 104 || open.Focus {
		t.Errorf("selected %d, %+v; want Session 05 previewed", selected(m), open)
	}
	m, _ = scrollBy(t, m, 1<<30)
	lines := plainView(m)
	if !strings.Contains(lines[len(lines)-2], "Session 40") {
		t.Errorf("scrolled to the end, the last rows are not at the bottom:\n%s", viewText(m))
	}
	m, _ = scrollBy(t, m, -3)
	if !strings.Contains(viewText(m), "›") {
		t.Errorf("the selection is out of view:\n%s", viewText(m))
	}
	m, _ = scrollBy(t, m, -1<<30)
	if top := plainView(m)[2]; !strings.Contains(top, "Session 01") {
		t.Errorf("scrolled to the top, the first row drawn is %q", top)
	}
}

func TestWheelWithoutTheKeyboardLeavesTheSelection(t *testing.T) {
	m := pane(longDay(t, 40), 0, 40, 12, at(t, day1, "06:00")).Blur()
	m, open := scrollBy(t, m, 9)
	if selected(m) != 100 || open != nil {
		t.Errorf("the wheel over the schedule while writing selected %d, %+v", selected(m), open)
	}
	if top := plainView(m)[2]; !strings.Contains(top, "Session 10") {
		t.Errorf("nine rows down, the first row drawn is %q", top)
	}
	if strings.Contains(viewText(m), "Session 01") {
		t.Errorf("the view did not scroll:\n%s", viewText(m))
	}
	m = m.Focus()
	if !strings.Contains(viewText(m), "Session 01") {
		t.Errorf("back to the schedule, its selection should be in view:\n%s", viewText(m))
	}
}
