package schedule

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// listedIDs returns the IDs of the talks and items the list shows.
func listedIDs(m Model) []uint64 {
	ids := make([]uint64, 0, len(m.rows))
	for _, r := range m.rows {
		ids = append(ids, r.talk.ID)
	}
	return ids
}

// choices returns the picker's lines of choices as drawn, without the
// selection mark.
func choices(m Model) []string {
	var out []string
	for _, l := range plainView(m)[3:] {
		if l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "›")); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestFilterPickerListsTheEventsTracksAndRooms(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	if !m.Capturing() {
		t.Fatal("f did not open the picker")
	}
	want := []string{"All talks", "Attending", "Track: Databases", "Track: Go", "Track: Rust",
		"Room: " + roomK, "Room: " + roomH, "Room: " + roomU, "Room: " + roomMain}
	if got := choices(m); !slices.Equal(got, want) {
		t.Errorf("choices:\n%q\nwant\n%q", got, want)
	}
}

func TestThePickerListsTheDaysOwnTracksAndRoomsFirst(t *testing.T) {
	m := pane(conferenceEvent(t), 1, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	// Day two has Go and Databases, in rooms H and U; the others follow
	// with the day that has them.
	want := []string{"All talks", "Attending", "Track: Go", "Track: Databases",
		"Room: " + roomH, "Room: " + roomU,
		"Track: Rust (Thu 12 Jun)", "Room: " + roomK + " (Thu 12 Jun)", "Room: " + roomMain + " (Thu 12 Jun)"}
	if got := choices(m); !slices.Equal(got, want) {
		t.Errorf("choices on day two:\n%q\nwant\n%q", got, want)
	}
	// Choosing a room of another day shows that day, filtered, at the
	// time of day of the talk selected: 402 at 10:00, when nothing is on
	// in room K, so the next talk there.
	m, _ = send(m, "esc")
	m = pressAll(m, "down")
	m, _ = send(m, "f")
	m, msg := send(typeText(m, "k.9"), "enter")
	if _, day, _ := m.Day(); day != 0 {
		t.Errorf("room K from day two: day %d, want day one", day)
	}
	if got := listedIDs(m); !slices.Equal(got, []uint64{301, 311, 330}) {
		t.Errorf("room K lists %v, want 301 311 330", got)
	}
	if open, ok := msg.(OpenMsg); selected(m) != 330 || !ok || open.TalkID != 330 {
		t.Errorf("room K from 10:00 on day two: selected %d, message %#v; want 330 previewed", selected(m), msg)
	}
}

func TestTypingNarrowsTheChoicesAndEnterApplies(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m = typeText(m, "k.9")
	if got := choices(m); !slices.Equal(got, []string{"Room: " + roomK}) {
		t.Fatalf("after typing k.9 the choices are %q, want room K only", got)
	}
	m, msg := send(m, "enter")
	if m.Capturing() || !m.Filtering() {
		t.Fatalf("enter: capturing %v, filtering %v; want the filter applied", m.Capturing(), m.Filtering())
	}
	if got := listedIDs(m); !slices.Equal(got, []uint64{301, 311, 330}) {
		t.Errorf("room K lists %v, want 301 311 330", got)
	}
	if h := plainView(m)[0]; h != "Thu 12 Jun  1/2 · Room: "+roomK {
		t.Errorf("heading %q, want the filter named", h)
	}
	// The selection was on 301, which the filter keeps: nothing to preview.
	if msg != nil || selected(m) != 301 {
		t.Errorf("enter: message %#v, selected %d; want 301 kept quietly", msg, selected(m))
	}
	// Case does not matter, nor where in the label the text is.
	m, _ = send(m, "f")
	if got := choices(typeText(m, "DATA")); !slices.Equal(got, []string{"Track: Databases"}) {
		t.Errorf("after typing DATA the choices are %q", got)
	}
}

func TestPickerUpDownAndEscape(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m = pressAll(m, "down", "down", "down", "up") // Track: Databases
	m, _ = send(m, "enter")
	if got := listedIDs(m); !slices.Equal(got, []uint64{301, 303}) {
		t.Errorf("Track: Databases lists %v, want 301 303", got)
	}
	// Esc in the picker leaves the filter as it was.
	m, _ = send(m, "f")
	m = pressAll(typeText(m, "rust"), "esc")
	if m.Capturing() || !slices.Equal(listedIDs(m), []uint64{301, 303}) {
		t.Errorf("esc in the picker: capturing %v, listed %v; want it closed and Databases kept", m.Capturing(), listedIDs(m))
	}
	// Enter with nothing matching does nothing.
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "zzz"), "enter")
	if !m.Capturing() {
		t.Error("enter with no choice closed the picker")
	}
	lineWith(t, m, "No filter matches.")
}

func TestEveryKeyIsTypingWhileThePickerIsOpen(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m = typeText(m, "q?/jk a")
	if got := m.picker.input.Value(); got != "q?/jk a" {
		t.Errorf("typed %q into the picker, want every key as text", got)
	}
	if _, day, _ := m.Day(); day != 0 || selected(m) != 301 || !m.Capturing() {
		t.Errorf("typing moved the list: day %d, selected %d", day, selected(m))
	}
	keys := m.KeyMap()
	if keys.Up.Enabled() || keys.Attend.Enabled() || !keys.PickerApply.Enabled() || !keys.PickerCancel.Enabled() {
		t.Error("with the picker open the help would offer the list's keys, or not the picker's")
	}
}

func TestFilterStaysAcrossDays(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "track: go"), "enter")
	m, msg := send(m, "right")
	if got := listedIDs(m); !slices.Equal(got, []uint64{401}) {
		t.Errorf("day two under Track: Go lists %v, want 401", got)
	}
	if open, ok := msg.(OpenMsg); !ok || open.TalkID != 401 {
		t.Errorf("right: message %#v, want a preview of 401", msg)
	}
	if h := plainView(m)[0]; !strings.HasSuffix(h, "2/2 · Track: Go") {
		t.Errorf("heading %q, want the filter named on day two", h)
	}
	// Nothing is attended on day two.
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "attending"), "enter")
	lineWith(t, m, "No talks match Attending on this day.")
	if _, _, ok := m.Selected(); ok {
		t.Error("a day with every talk hidden has a selection")
	}
	// Back on day one at the time of day of 401 (09:00), in room H.
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "room: h"), "enter")
	m = m.SetClock(at(t, day1, "09:40"))
	if m, _ = send(m, "left"); selected(m) != 302 {
		t.Errorf("left: selected %d, want 302, at 09:00 in room H", selected(m))
	}
	// The schedule's talk on now (311, room K) is hidden: n selects the
	// one on now in room H instead.
	if m, _ = send(m, "n"); selected(m) != 312 {
		t.Errorf("n: selected %d, want 312, on now in room H", selected(m))
	}
	// Before the day the first talk shown in the room is.
	m = m.SetClock(at(t, day1, "07:00"))
	if m, _ = send(m, "n"); selected(m) != 302 {
		t.Errorf("n before the day: selected %d, want 302", selected(m))
	}
}

func TestEscClearsTheFilter(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	if m.KeyMap().ClearFilter.Enabled() {
		t.Error("esc is offered to clear a filter before there is one")
	}
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "rust"), "enter")
	if !m.KeyMap().ClearFilter.Enabled() {
		t.Error("esc is not offered to clear the filter")
	}
	m, _ = send(m, "esc")
	if m.Filtering() || len(m.rows) != 9 {
		t.Errorf("esc: filtering %v, %d rows; want every talk back", m.Filtering(), len(m.rows))
	}
	if selected(m) != 312 {
		t.Errorf("esc moved the selection to %d, want 312 kept", selected(m))
	}
	if h := plainView(m)[0]; h != "Thursday 12 June 2025  1/2" {
		t.Errorf("heading %q after clearing", h)
	}
	// The method does the same for a root that keeps esc.
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "rust"), "enter")
	if m, _ = m.ClearFilter(); m.Filtering() || len(m.rows) != 9 {
		t.Errorf("ClearFilter: filtering %v, %d rows", m.Filtering(), len(m.rows))
	}
}

func TestAttendingFilter(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = m.Select(302)
	m, _ = send(m, "a")
	m, _ = m.Select(322)
	m, _ = send(m, "a")
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "attend"), "enter")
	// A slot shows when one of its items is attended, with all its items.
	if got := listedIDs(m); !slices.Equal(got, []uint64{302, 320, 321, 322}) {
		t.Fatalf("Attending lists %v, want 302 and the ignites", got)
	}
	// Unmarking keeps the talk in view, so the same key undoes a slip.
	m, _ = m.Select(302)
	m, _ = send(m, "a")
	if got := listedIDs(m); !slices.Equal(got, []uint64{302, 320, 321, 322}) || selected(m) != 302 {
		t.Errorf("after unmarking, listed %v selected %d; want 302 still there", got, selected(m))
	}
	// Another day and back: the unmarked talk has gone.
	m = pressAll(m, "right", "left")
	if got := listedIDs(m); !slices.Equal(got, []uint64{320, 321, 322}) {
		t.Errorf("after leaving the day, Attending lists %v", got)
	}
}

func TestSelectShowsATalkTheFilterHides(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "rust"), "enter")
	m, ok := m.Select(303)
	if !ok || selected(m) != 303 {
		t.Fatalf("Select(303): ok %v, selected %d", ok, selected(m))
	}
	if got := listedIDs(m); !slices.Equal(got, []uint64{303, 312, 330}) {
		t.Errorf("listed %v, want 303 shown beside the Rust talks", got)
	}
	if _, ok := m.Select(401); ok {
		t.Error("Select found a talk of another day")
	}
}

func TestParallelTalksShareOneTime(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	first, second := lineWith(t, m, "Indexes you forgot"), lineWith(t, m, "Generics in anger")
	if !strings.Contains(first, "09:00") || strings.Contains(second, "09:00") {
		t.Errorf("parallel talks drawn as\n%s\n%s\nwant the time on the first only", first, second)
	}
	if indexCells(first, "Indexes") != indexCells(second, "Generics") {
		t.Errorf("parallel titles do not line up:\n%s\n%s", first, second)
	}
	if l := lineWith(t, m, "Profiling a toaster"); !strings.Contains(l, "09:30") {
		t.Errorf("the next slot's first talk has no time: %q", l)
	}
	// Under a filter the first talk shown of a slot carries its time.
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "room: "+roomH), "enter")
	if l := lineWith(t, m, "Generics in anger"); !strings.Contains(l, "09:00") {
		t.Errorf("filtered, the slot's only talk shown has no time: %q", l)
	}
}

func TestBylineShowsSpeakersRoomAndTrack(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	if l := strings.TrimSpace(lineWith(t, m, "Ada Brink")); l != "Ada Brink · "+roomK+" · Databases" {
		t.Errorf("byline %q", l)
	}
	m = m.SetSize(30, 30)
	l := lineWith(t, m, "Ada Brink")
	if w := len([]rune(l)); w != 30 || !strings.HasSuffix(l, "…") {
		t.Errorf("byline at 30 columns is %q (%d cells), want it cut to 30 with …", l, w)
	}
}

func TestPasteNarrowsThePicker(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m, _ = m.Update(tea.PasteMsg{Content: "h.93"})
	if got := choices(m); !slices.Equal(got, []string{"Room: " + roomH}) {
		t.Errorf("after pasting h.93 the choices are %q", got)
	}
}

func TestBlurClosesThePickerUnapplied(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m = typeText(m, "rust").Blur()
	if m.Capturing() || m.Filtering() {
		t.Errorf("blurred: capturing %v, filtering %v; want the picker gone and no filter", m.Capturing(), m.Filtering())
	}
	if !m.Focus().KeyMap().Up.Enabled() {
		t.Error("after the picker closed the list's keys are still off")
	}
}

func TestThePickerNarrowsIgnoringCaseAsSearchDoes(t *testing.T) {
	var choices []choice
	for _, f := range []filter{
		{kind: filterRoom, name: "İstanbul Hall"},
		{kind: filterRoom, name: "ΑΊΘΟΥΣΑ Β"},
		{kind: filterRoom, name: "Dock Room"},
		{kind: filterTrack, name: "Ο ΔΡΟΜΟΣ"},
		{kind: filterRoom, name: "\u2615\ufe0f Coffee corner"},
	} {
		choices = append(choices, choice{filter: f})
	}
	for query, want := range map[string]string{
		"istanbul": "İstanbul Hall",
		"αίθουσα":  "ΑΊΘΟΥΣΑ Β",
		"DOCK":     "Dock Room",
		// A final sigma as typed, a capital sigma in the schedule.
		"δρομος": "Ο ΔΡΟΜΟΣ",
		// The cup as a keyboard types it, without the emoji selector.
		"\u2615 coffee": "\u2615\ufe0f Coffee corner",
	} {
		got := narrow(choices, query)
		if len(got) != 1 || got[0].filter.name != want {
			t.Errorf("narrowing the rooms by %q left %v, want only %q", query, got, want)
		}
	}
}

// Choosing the filter in force again lets go of the talk shown beside it:
// the list is the filter's alone, as when it was first chosen.
func TestChoosingTheSameFilterAgainDropsTheTalkKeptBesideIt(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "rust"), "enter")
	rust := listedIDs(m)
	m, _ = m.Select(303)
	m = m.SetFilterValue(m.FilterValue())
	if got := listedIDs(m); !slices.Equal(got, rust) {
		t.Errorf("after the filter was set again: listed %v, want the Rust talks %v alone", got, rust)
	}
}
