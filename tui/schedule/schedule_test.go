package schedule

import (
	"testing"

	"lanyard/tui/theme"
)

func TestDownAndUpMoveTheSelectionAndPreviewTheTalk(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00"))
	if got := selected(m); got != 10 {
		t.Fatalf("first selection = %d, want the first talk, 10", got)
	}
	steps := []struct {
		key  string
		want uint64
	}{{"down", 11}, {"j", 12}, {"j", 13}, {"k", 12}, {"up", 11}, {"up", 10}}
	for _, s := range steps {
		var open *OpenMsg
		m, open = press(t, m, s.key)
		if got := selected(m); got != s.want {
			t.Fatalf("%s: selected %d, want %d", s.key, got, s.want)
		}
		if open == nil || *open != (OpenMsg{TalkID: s.want, Focus: false}) {
			t.Fatalf("%s: opened %+v, want a preview of %d", s.key, open, s.want)
		}
	}
	m, open := press(t, m, "up")
	if selected(m) != 10 || open != nil {
		t.Errorf("up on the first talk: selected %d, opened %+v; want 10 and nothing", selected(m), open)
	}
}

func TestBottomAndTopGoToTheDaysEnds(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00"))
	m, open := press(t, m, "G")
	if selected(m) != 15 || open == nil || open.TalkID != 15 {
		t.Errorf("G: selected %d, opened %+v; want the last talk, 15", selected(m), open)
	}
	m, open = press(t, m, "g")
	if selected(m) != 10 || open == nil || open.TalkID != 10 {
		t.Errorf("g: selected %d, opened %+v; want the first talk, 10", selected(m), open)
	}
}

func TestEnterOpensTheSelectedTalkForWriting(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00"))
	m = pressAll(m, "down")
	for _, k := range []string{"enter", "tab"} {
		_, open := press(t, m, k)
		if open == nil || *open != (OpenMsg{TalkID: 11, Focus: true}) {
			t.Errorf("%s: opened %+v, want talk 11 with focus", k, open)
		}
	}
}

func TestParallelItemsAreSelectableUnderTheirSlot(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00"))
	m, ok := m.Select(13)
	if !ok {
		t.Fatal("Select(13) did not find the slot")
	}
	for _, want := range []uint64{131, 132, 133, 14} {
		var open *OpenMsg
		m, open = press(t, m, "down")
		if open == nil || open.TalkID != want {
			t.Fatalf("down: opened %+v, want %d", open, want)
		}
	}
	m = pressAll(m, "up", "up")
	talk, slot, ok := m.Selected()
	if !ok || talk.ID != 132 || slot == nil || slot.ID != 13 {
		t.Fatalf("Selected() = %d in slot %v, want item 132 in slot 13", talk.ID, slot)
	}
	// Items sit under the slot's title, not in the time column.
	slotLine := lineWith(t, m, "Lightning talks")
	item := lineWith(t, m, "Tiny parsers")
	if col, slotCol := indexCells(item, "Tiny parsers"), indexCells(slotLine, "Lightning talks"); col <= slotCol {
		t.Errorf("item title at column %d, slot title at %d; want the item indented under the slot\n%s\n%s",
			col, slotCol, slotLine, item)
	}
}

func TestLeftAndRightChangeDay(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "10:00"))
	m, open := press(t, m, "right")
	if _, day, _ := m.Day(); day != 1 {
		t.Fatalf("right: day %d, want 1", day)
	}
	// Day two has not started at the clock's time: its first talk opens.
	if selected(m) != 20 || open == nil || *open != (OpenMsg{TalkID: 20}) {
		t.Errorf("right: selected %d, opened %+v; want 20 previewed", selected(m), open)
	}
	if h := plainView(m)[0]; h != "Friday 13 June 2025  2/2" {
		t.Errorf("heading %q, want the second day's", h)
	}
	m, open = press(t, m, "right")
	if _, day, _ := m.Day(); day != 1 || open != nil {
		t.Errorf("right on the last day: day %d, opened %+v; want to stay on day 1", day, open)
	}
	// Back on day one at the same time of day as 20 (09:00).
	m, open = press(t, m, "left")
	if _, day, _ := m.Day(); day != 0 || selected(m) != 10 || open == nil || open.TalkID != 10 {
		t.Errorf("left: day %d, selected %d, opened %+v; want day 0 with 10 at 09:00", day, selected(m), open)
	}
	if h := plainView(m)[0]; h != "Thursday 12 June 2025  1/2" {
		t.Errorf("heading %q, want the first day's", h)
	}
	if _, open = press(t, m, "left"); open != nil {
		t.Errorf("left on the first day opened %+v", open)
	}
}

func TestNowJumpsToTheTalkOnNow(t *testing.T) {
	ev := testEvent(t)
	m := pane(ev, 1, 40, 20, at(t, day1, "09:45"))
	m, open := press(t, m, "n")
	if _, day, _ := m.Day(); day != 0 || selected(m) != 11 || open == nil || open.TalkID != 11 {
		t.Fatalf("n at 09:45 on day one: day %d, selected %d, opened %+v; want day 0, talk 11", day, selected(m), open)
	}
	// In a slot of parallel items, the attended one stands for the slot.
	m = m.SetClock(at(t, day1, "11:00"))
	if m, _ = press(t, m, "n"); selected(m) != 132 {
		t.Errorf("n during the lightning talks selected %d, want the attended item 132", selected(m))
	}
	m = m.SetClock(at(t, day2, "10:10"))
	if m, _ = press(t, m, "."); selected(m) != 21 {
		t.Errorf(". on day two at 10:10 selected %d, want 21", selected(m))
	}
}

func TestSelectOnlyFindsTalksOfTheDayShown(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00"))
	m = pressAll(m, "down")
	m, ok := m.Select(21)
	if ok || selected(m) != 11 {
		t.Errorf("Select(21) of another day: ok %v, selected %d; want false, 11 unchanged", ok, selected(m))
	}
}

func TestKeysAreIgnoredWhileBlurred(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00")).Blur()
	for _, k := range []string{"down", "right", "n", "enter", "G"} {
		var open *OpenMsg
		m, open = press(t, m, k)
		if _, day, _ := m.Day(); selected(m) != 10 || day != 0 || open != nil {
			t.Errorf("blurred, %s: day %d, selected %d, opened %+v; want nothing to happen", k, day, selected(m), open)
		}
	}
}

func TestChangingDayLeavesTheOldModelAlone(t *testing.T) {
	// bubbletea models are values: the root model may keep the pane it had
	// before a message, and that one must still draw day one.
	before := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00"))
	want := before.View()
	after := pressAll(before, "right")
	if got := before.View(); got != want {
		t.Errorf("drawing the pane after another copy changed day:\n%s\nwant\n%s", got, want)
	}
	if lineWith(t, after, "Schema migrations") == "" {
		t.Error("the new copy does not show day two")
	}
}

func TestEmptyDay(t *testing.T) {
	ev := testEvent(t)
	ev.Days[1].Talks = nil
	// The clock is on none of the event's days, so "n" stays on this one.
	m := pane(ev, 1, 40, 10, at(t, "2025-06-20", "10:00"))
	for _, k := range []string{"down", "up", "G", "g", "enter", "n"} {
		var open *OpenMsg
		if m, open = press(t, m, k); open != nil {
			t.Errorf("%s on an empty day opened %+v", k, open)
		}
	}
	if _, _, ok := m.Selected(); ok {
		t.Error("an empty day has a selection")
	}
	lineWith(t, m, "No talks on this day.")
	// After the event, going back to a day selects its last talk.
	if m, _ = press(t, m, "left"); selected(m) != 15 {
		t.Errorf("left from an empty day selected %d, want 15", selected(m))
	}
}

func TestNoEventDrawsAnEmptyPane(t *testing.T) {
	m := New(theme.New(false), DefaultKeyMap()).SetSize(30, 6).Focus()
	checkFits(t, m, 30, 6, "no event")
	if _, open := press(t, m, "right"); open != nil {
		t.Errorf("right with no event opened %+v", open)
	}
}
