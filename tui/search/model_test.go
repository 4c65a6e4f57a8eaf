package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lanyard/tui/theme"
)

func TestTypingFiltersTheHits(t *testing.T) {
	m := overlay(t, 60, 20)
	if got := plainView(m)[1]; got != "Type to search talks and notes" {
		t.Errorf("count line before typing = %q, want the hint", got)
	}
	m = typeText(m, "lat")
	if got := plainView(m)[1]; got != "5 notes in 2 talks" {
		t.Errorf("count line for lat = %q, want 5 notes in 2 talks", got)
	}
	m = typeText(m, "ency b")
	if got := plainView(m)[1]; got != "1 note in 1 talk" {
		t.Errorf("count line for latency b = %q, want 1 note in 1 talk", got)
	}
	if !shows(m, "Latency budget per hop") || shows(m, "Queues hide") {
		t.Errorf("for latency b the list is not the budget bullet alone:\n%s", strings.Join(plainView(m), "\n"))
	}
	m = typeText(m, "x")
	if got := plainView(m)[1]; got != "no match" {
		t.Errorf("count line for latency bx = %q, want no match", got)
	}
	// Deleting widens the search again.
	m = pressAll(m, "backspace", "backspace", "backspace")
	if got := plainView(m)[1]; got != "5 notes in 2 talks" {
		t.Errorf("count line after deleting back to latency = %q, want 5 notes in 2 talks", got)
	}
}

func TestHitsAreGroupedUnderTheirTalks(t *testing.T) {
	m := typeText(overlay(t, 60, 20), "latency")
	want := []string{
		"Search: latency",
		"5 notes in 2 talks",
		"Backpressure in practice",
		"  • Queues hide latency until they fill",
		"    • Little's law ties queue length to LATENCY",
		"    • Latency budget per hop: 40ms",
		"Caches that lie to you at scale",
	}
	got := plainView(m)
	for i, w := range want {
		if strings.TrimRight(got[i], " ") != w {
			t.Errorf("line %d = %q, want %q", i, got[i], w)
		}
	}
}

func TestArrowsAndEmacsKeysMoveTheSelection(t *testing.T) {
	m := typeText(overlay(t, 60, 20), "latency")
	steps := []struct{ key, want string }{
		{"down", "Little's law ties queue length to LATENCY"},
		{"ctrl+n", "Latency budget per hop: 40ms"},
		{"down", farMatch}, // into the next talk
		{"down", "Tail latency is a cache's real cost"},
		{"down", "Tail latency is a cache's real cost"}, // stays on the last
		{"ctrl+p", farMatch},
		{"up", "Latency budget per hop: 40ms"},
		{"pgup", "Queues hide latency until they fill"},
		{"up", "Queues hide latency until they fill"}, // stays on the first
		{"pgdown", "Tail latency is a cache's real cost"},
	}
	for _, s := range steps {
		m = pressAll(m, s.key)
		if got := selectedText(m); got != s.want {
			t.Fatalf("%s: selected %q, want %q", s.key, got, s.want)
		}
	}
	if m.Query() != "latency" {
		t.Errorf("moving typed into the query: %q", m.Query())
	}
}

func TestEnterJumpsToTheSelectedHit(t *testing.T) {
	talks := testTalks(t)
	m := answeredBy(corpusOf(talks), New(theme.New(true))).SetSize(60, 20).Open()
	m = pressAll(typeText(m, "latency"), "down", "down", "down")
	m, msg := press(m, "enter")
	tail := talks[2].Outline.At(0) // farMatch
	want := JumpMsg{TalkID: 14, NodeID: uint64(tail.ID)}
	if msg != want {
		t.Fatalf("enter emitted %#v, want %#v", msg, want)
	}
	if m.IsOpen() {
		t.Error("the overlay is still open after the jump")
	}
	if m, msg = press(m, "x"); msg != nil || m.Query() != "latency" {
		t.Errorf("a key after closing: emitted %v, query %q; want it ignored", msg, m.Query())
	}
}

func TestEnterWithoutHitsDoesNothing(t *testing.T) {
	m := typeText(overlay(t, 60, 20), "zeppelin")
	m, msg := press(m, "enter")
	if msg != nil || !m.IsOpen() || m.Query() != "zeppelin" {
		t.Errorf("enter with no match: emitted %v, open %v, query %q; want nothing to happen", msg, m.IsOpen(), m.Query())
	}
	for _, k := range m.KeyMap().ShortHelp() {
		if k.Enabled() && k.Help().Key == "enter" {
			t.Error("help offers enter with no hit to go to")
		}
	}
}

func TestEscCloses(t *testing.T) {
	m := typeText(overlay(t, 60, 20), "lat")
	m, msg := press(m, "esc")
	if _, ok := msg.(CloseMsg); !ok {
		t.Fatalf("esc emitted %#v, want CloseMsg", msg)
	}
	if m.IsOpen() {
		t.Error("the overlay is still open after esc")
	}
	if _, _, ok := m.Cursor(); ok {
		t.Error("a closed overlay still places the cursor")
	}
}

func TestReopeningSelectsTheLastQueryForRetyping(t *testing.T) {
	m := typeText(overlay(t, 60, 20), "latency")
	m = pressAll(m, "down", "esc").Open()
	if m.Query() != "latency" || selectedText(m) != "Little's law ties queue length to LATENCY" {
		t.Fatalf("reopened with query %q, selected %q; want the last query and hit", m.Query(), selectedText(m))
	}
	if l := strings.Split(m.View(), "\n")[0]; !strings.Contains(l, m.looks.querySelected.Render("latency")) {
		t.Errorf("reopened query line %q does not show the query selected", l)
	}
	// Typing replaces the old query.
	if typed := typeText(m, "café"); typed.Query() != "café" || plainView(typed)[1] != "1 note in 1 talk" {
		t.Errorf("typing after reopening: query %q, %q; want café alone", typed.Query(), plainView(typed)[1])
	}
	// Backspace removes it whole.
	if cleared := pressAll(m, "backspace"); cleared.Query() != "" {
		t.Errorf("backspace after reopening left %q", cleared.Query())
	}
	// A motion key keeps it for editing, and the hits keep moving.
	kept := pressAll(m, "left", "backspace", "c")
	if kept.Query() != "latency" {
		t.Errorf("left, backspace, c after reopening: query %q, want latency", kept.Query())
	}
	if l := strings.Split(kept.View(), "\n")[0]; strings.Contains(l, m.looks.querySelected.Render("latency")) {
		t.Errorf("query line %q still shows the query selected after editing it", l)
	}
	if moved := pressAll(m, "down", "s"); moved.Query() != "s" {
		t.Errorf("down then s after reopening: query %q, want s", moved.Query())
	}
}

func TestReopeningSearchesNotesWrittenMeanwhile(t *testing.T) {
	talks := testTalks(t)
	m := typeText(answeredBy(corpusOf(talks), New(theme.New(true))).SetSize(60, 20).Open(), "canary")
	if plainView(m)[1] != "no match" {
		t.Fatalf("canary before writing: %q", plainView(m)[1])
	}
	m = pressAll(m, "esc")
	talks[1].Outline.Append("canary deploys first")
	if m = m.Open(); !m.Waiting() {
		t.Error("reopened with a query, the overlay does not wait for its hits")
	}
	if m = answer(m); plainView(m)[1] != "1 note in 1 talk" {
		t.Errorf("canary after writing and reopening: %q, want the new bullet", plainView(m)[1])
	}
}

func TestCursorSitsAfterTheTypedText(t *testing.T) {
	m := overlay(t, 60, 20)
	cases := []struct {
		typed string
		x     int
	}{{"", 8}, {"lat", 11}, {"東京", 12}}
	for _, c := range cases {
		got := typeText(m, c.typed)
		x, y, ok := got.Cursor()
		if !ok || x != c.x || y != 0 {
			t.Errorf("after %q the cursor is at %d,%d (ok %v), want %d,0", c.typed, x, y, ok, c.x)
		}
	}
	x, _, _ := pressAll(typeText(m, "lat"), "left", "left").Cursor()
	if x != 9 {
		t.Errorf("after lat ← ← the cursor is at %d, want 9", x)
	}
}

func TestALongQueryScrollsToKeepTheCursorInView(t *testing.T) {
	m := typeText(overlay(t, 20, 5), "backpressure in practice")
	x, _, ok := m.Cursor()
	if !ok || x >= 20 {
		t.Fatalf("cursor at %d (ok %v) in a 20-cell overlay", x, ok)
	}
	if q := plainView(m)[0]; !strings.HasSuffix(q, "practice") {
		t.Errorf("query line %q does not show the end being typed", q)
	}
	m = pressAll(m, "home")
	if x, _, _ := m.Cursor(); x != 8 {
		t.Errorf("after home the cursor is at %d, want 8", x)
	}
	if q := plainView(m)[0]; !strings.HasPrefix(q, "Search: backpr") {
		t.Errorf("after home the query line is %q, want its start", q)
	}
}

func TestPastedTextSearches(t *testing.T) {
	m := overlay(t, 60, 20)
	m, _ = m.Update(tea.PasteMsg{Content: "Tail latency"})
	m = answer(m)
	if m.Query() != "Tail latency" || plainView(m)[1] != "1 note in 1 talk" {
		t.Errorf("after a paste: query %q, %q", m.Query(), plainView(m)[1])
	}
}

func TestSelectionScrollsIntoView(t *testing.T) {
	m := answeredBy(manyHits(t, 6, 10), New(theme.New(true))).SetSize(40, 8).Open()
	m = typeText(m, "note")
	for i := range 60 {
		want := fmt.Sprintf("note %03d", i)
		if selectedText(m) != want || !shows(m, want) {
			t.Fatalf("going down, %s (selected %q) not in view:\n%s", want, selectedText(m), strings.Join(plainView(m), "\n"))
		}
		checkFits(t, m, 40, 8, want)
		// Something follows the selection, so the user sees what is next.
		if view := plainView(m); i < 59 && strings.Contains(view[len(view)-1], want) {
			t.Fatalf("going down, %s is on the last line:\n%s", want, strings.Join(view, "\n"))
		}
		m = pressAll(m, "down")
	}
	for i := 59; i >= 0; i-- {
		want := fmt.Sprintf("note %03d", i)
		if selectedText(m) != want || !shows(m, want) {
			t.Fatalf("going up, %s (selected %q) not in view:\n%s", want, selectedText(m), strings.Join(plainView(m), "\n"))
		}
		// The first hit of a talk shows its talk's title above it.
		if i%10 == 0 && !shows(m, fmt.Sprintf("Talk %d", i/10)) {
			t.Errorf("going up, %s is shown without its talk:\n%s", want, strings.Join(plainView(m), "\n"))
		}
		m = pressAll(m, "up")
	}
	// Shrinking keeps the selection in view too.
	m = pressAll(m, "pgdown", "pgdown", "pgdown").SetSize(40, 3)
	if want := selectedText(m); !shows(m, want) {
		t.Errorf("after shrinking %q is not in view:\n%s", want, strings.Join(plainView(m), "\n"))
	}
}

func TestTheCountSaysWhenTheLimitWasReached(t *testing.T) {
	m := typeText(answeredBy(manyHits(t, 30, 10), New(theme.New(true))).SetSize(60, 10).Open(), "note")
	if got := plainView(m)[1]; got != "200+ notes in 20 talks" {
		t.Errorf("count line for 300 hits = %q, want 200+ notes in 20 talks", got)
	}
}

func TestANilCorpusFindsNothing(t *testing.T) {
	m := typeText(answeredBy(nil, New(theme.New(false))).SetSize(30, 4).Open(), "x")
	if plainView(m)[1] != "no match" {
		t.Errorf("nil corpus: %q", plainView(m)[1])
	}
}

// The root's hits replace the overlay's while their query is still the
// one typed, keeping the hit the user moved to; hits for a query typed
// over are dropped.
func TestHitsReplaceThoseOfTheirQueryOnly(t *testing.T) {
	m := typeText(overlay(t, 80, 20), "latency")
	m = pressAll(m, "down")
	selected := selectedText(m)
	stored := Hit{TalkID: 99, Talk: "Read from the notebook", NodeID: 1, Text: "latency in a talk not in memory"}
	got := m.SetHits("latency", append(append([]Hit{}, m.hits...), stored), true)
	if len(got.hits) != len(m.hits)+1 || selectedText(got) != selected {
		t.Errorf("hits for the query typed: %d hits, selected %q; want %d, %q", len(got.hits), selectedText(got), len(m.hits)+1, selected)
	}
	if stale := m.SetHits("laten", []Hit{stored}, true); len(stale.hits) != len(m.hits) {
		t.Errorf("hits for an earlier query replaced the list: %d hits", len(stale.hits))
	}
}

// Until the root answers a new query, the list keeps the hits of the last
// one that still match, with the first selected, and says nothing of
// searching unless the root says the wait is long; the answer replaces
// them and selects its first hit.
func TestANewQueryKeepsTheHitsThatStillMatchUntilAnswered(t *testing.T) {
	m := typeText(overlay(t, 80, 20), "l")
	want := stillMatchingNotes(m.hits, "late")
	if len(want) == 0 || len(want) == len(m.hits) {
		t.Fatalf("l: %d hits, %d with late; want some of them", len(m.hits), len(want))
	}
	m, _ = m.Update(keyPress("a"))
	m, _ = m.Update(keyPress("t"))
	m, _ = m.Update(keyPress("e"))
	if !m.Waiting() || !slices.Equal(m.hits, want) || selectedText(m) != m.hits[0].Text {
		t.Fatalf("late before its answer: waiting %v, %d hits, selected %q", m.Waiting(), len(m.hits), selectedText(m))
	}
	m, _ = m.Update(keyPress("x"))
	if got := plainView(m)[1]; got != "searching…" || len(m.hits) != 0 {
		t.Errorf("latex before its answer, with no hit left: %q, %d hits; want searching…", got, len(m.hits))
	}
	m, _ = m.Update(keyPress("backspace"))
	if got := plainView(m)[1]; got != "searching…" {
		t.Errorf("late again, before its answer: %q; the hits of latex are none, and late is not answered", got)
	}
	if got := plainView(m.Slow("latex"))[1]; got != "searching…" {
		t.Errorf("a slow search of an earlier query changed the count line: %q", got)
	}
	first := Hit{TalkID: 5, Talk: "Found first", NodeID: 9, Text: "Late night latency"}
	partial := m.SetHits("late", []Hit{first}, false)
	if !partial.Waiting() || selectedText(partial) != first.Text || plainView(partial)[1] != "1 note in 1 talk" {
		t.Errorf("a partial answer: waiting %v, selected %q, %q", partial.Waiting(), selectedText(partial), plainView(partial)[1])
	}
	if got := plainView(partial.Slow("late"))[1]; got != "1 note in 1 talk · searching…" {
		t.Errorf("a slow search says %q, want that it is searching", got)
	}
	done := partial.Slow("late").SetHits("late", []Hit{first}, true)
	if done.Waiting() || plainView(done)[1] != "1 note in 1 talk" {
		t.Errorf("the complete answer: waiting %v, %q", done.Waiting(), plainView(done)[1])
	}
}
