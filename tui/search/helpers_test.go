package search

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	"lanyard/tui/theme"
)

// outlineOf builds an outline from lines indented two spaces per level.
func outlineOf(t testing.TB, lines ...string) *doc.Outline {
	t.Helper()
	o := doc.New()
	o.SetClock(func() time.Time { return time.Date(2025, 6, 12, 10, 0, 0, 0, time.UTC) })
	for _, l := range lines {
		text := strings.TrimLeft(l, " ")
		row := o.Append(text)
		for range (len(l) - len(text)) / 2 {
			if !o.Indent(row) {
				t.Fatalf("outlineOf: cannot indent %q", l)
			}
		}
	}
	o.TakeChanges()
	return o
}

// farMatch is a bullet whose only "latency" is past the right edge of a
// narrow overlay.
const farMatch = "A long aside on hallway tracks, coffee queues, badge printers and the keynote's demo, then finally latency"

// testTalks are three invented talks' notes. "latency" is in the first
// and the third in several cases and scripts, never in the second.
func testTalks(t testing.TB) []TalkOutline {
	t.Helper()
	return []TalkOutline{
		{TalkID: 11, Title: "Backpressure in practice", Outline: outlineOf(t,
			"Queues hide latency until they fill",
			"  Little's law ties queue length to LATENCY",
			"    measure p99 at the client, not the server",
			"Retries multiply load",
			"  Latency budget per hop: 40ms",
		)},
		{TalkID: 21, Title: "Schema migrations without tears", Outline: outlineOf(t,
			"Expand, migrate, contract",
			"東京 team runs the café naïve about locks",
		)},
		{TalkID: 14, Title: "Caches that lie to you at scale", Outline: outlineOf(t,
			farMatch,
			"Tail latency is a cache's real cost",
		)},
	}
}

// corpus finds at most limit hits for a query, as the root's search of
// the notes does off the UI's goroutine.
type corpus func(query string, limit int) []Hit

// answering is the corpus the helpers answer the overlay's queries from,
// as the root does (see answer); set by answeredBy. No test of the
// package runs in parallel with another.
var answering corpus

// answeredBy makes the helpers answer m's queries from c; nil finds
// nothing.
func answeredBy(c corpus, m Model) Model {
	answering = c
	return m
}

// answer gives m the complete hits of its query if it waits for them, as
// the root does once its search has run.
func answer(m Model) Model {
	if !m.Waiting() {
		return m
	}
	var hits []Hit
	if answering != nil {
		hits = answering(m.Query(), MaxHits)
	}
	return m.SetHits(m.Query(), hits, true)
}

// corpusOf searches talks as the root's search does.
func corpusOf(talks []TalkOutline) corpus {
	return func(q string, limit int) []Hit { return Search(talks, q, limit) }
}

// overlay returns an open overlay of the given size over testTalks.
func overlay(t testing.TB, w, h int) Model {
	t.Helper()
	return answer(answeredBy(corpusOf(testTalks(t)), New(theme.New(true))).SetSize(w, h).Open())
}

// manyHits is a corpus of n talks with per bullets each, every bullet
// reading "note NNN" with a unique number.
func manyHits(t testing.TB, n, per int) corpus {
	t.Helper()
	var talks []TalkOutline
	k := 0
	for i := range n {
		var lines []string
		for range per {
			lines = append(lines, fmt.Sprintf("note %03d", k))
			k++
		}
		talks = append(talks, TalkOutline{TalkID: uint64(100 + i), Title: fmt.Sprintf("Talk %d", i), Outline: outlineOf(t, lines...)})
	}
	return corpusOf(talks)
}

// keyPress builds the message a terminal sends for a key as
// tea.KeyPressMsg.String() names it: "enter", "ctrl+n", or one character.
func keyPress(name string) tea.KeyPressMsg {
	codes := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "backspace": tea.KeyBackspace,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if code, ok := codes[name]; ok {
		return tea.KeyPressMsg{Code: code}
	}
	if rest, ok := strings.CutPrefix(name, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: []rune(rest)[0], Mod: tea.ModCtrl}
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// typeText sends s one character at a time, as typed, each query
// answered (see answer).
func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = m.Update(keyPress(string(r)))
		m = answer(m)
	}
	return m
}

// pressAll sends keys, ignoring their commands, each query answered.
func pressAll(m Model, names ...string) Model {
	for _, n := range names {
		m, _ = m.Update(keyPress(n))
		m = answer(m)
	}
	return m
}

// press sends one key, answers its query, and returns the message its
// command carries, nil for none.
func press(m Model, name string) (Model, tea.Msg) {
	m, cmd := m.Update(keyPress(name))
	m = answer(m)
	if cmd == nil {
		return m, nil
	}
	return m, cmd()
}

// plainView returns the view without colours, line by line.
func plainView(m Model) []string {
	return strings.Split(ansi.Strip(m.View()), "\n")
}

// selectedText returns the selected item's text: a note hit's bullet, a
// talk hit's title; "" for none.
func selectedText(m Model) string {
	switch {
	case m.sel < 0 || m.sel >= m.items():
		return ""
	case m.sel < len(m.talkHits):
		return m.talkHits[m.sel].Title
	}
	return m.hits[m.sel-len(m.talkHits)].Text
}

// shows reports whether some line of the view contains s.
func shows(m Model, s string) bool {
	return strings.Contains(ansi.Strip(m.View()), s)
}

// checkFits fails unless the view is exactly h lines of at most w cells.
func checkFits(t *testing.T, m Model, w, h int, what string) {
	t.Helper()
	lines := strings.Split(m.View(), "\n")
	if len(lines) != h {
		t.Errorf("%s: %d lines, want %d", what, len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%s: line %d is %d cells wide, want at most %d: %q", what, i, lw, w, ansi.Strip(l))
		}
	}
}
