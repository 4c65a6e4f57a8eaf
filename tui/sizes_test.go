package tui

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/status"
)

// Sizes: every screen lanyard can be asked to draw, from a terminal one
// cell across to a wall display, with each overlay open and each pane
// focused, must draw without a panic and without a line wider or a frame
// taller than the terminal: a terminal scrolls or wraps what overruns it,
// and the whole screen jumps.

// sizesEvent is a day with the kinds of rows the schedule draws: a talk
// with speakers, room and track, a break, a slot of parallel items, and
// titles in CJK and with emoji that measure two cells a character.
func sizesEvent() sched.Event {
	ev := testEvent()
	d1 := ev.Days[0].Date
	ev.Days[0].Talks = append(ev.Days[0].Talks,
		sched.Talk{ID: 16, Start: at(d1, "11:00"), End: at(d1, "11:45"), Kind: sched.KindTalk,
			Title:    "東京の分散キュー 🎉 and what the pager ❤\ufe0f taught us about sleep",
			Speakers: []string{"Aiko Tanabe", "Rafael Duarte-Sousa"}, Room: "Hall B (upstairs, past the 👩‍💻 lab)", Track: "Reliability"},
		sched.Talk{ID: 17, Start: at(d1, "11:45"), End: at(d1, "13:00"), Title: "Lunch", Kind: sched.KindBreak},
	)
	return ev
}

// sizesOutline is a big outline with wide characters among its bullets.
func sizesOutline() *doc.Outline {
	o := doc.Generate(3000, 7)
	o.Append("東京 🎉 👩‍💻 🇳🇱 café naïve e\u0301 ❤\ufe0f 👍🏽 — wide and combining text")
	o.Append(strings.Repeat("東", 40))
	o.TakeChanges()
	return o
}

// sizesModel is the root model on the talk with the big outline, with the
// editor focused.
func sizesModel(t testing.TB) tea.Model {
	t.Helper()
	notes := newFakeNotes()
	notes.outlines[11] = sizesOutline()
	short := doc.New()
	short.Append("東京 🎉 👩‍💻 🇳🇱 e\u0301 and a bullet long enough to wrap in every preview width")
	short.Indent(short.Append(strings.Repeat("東", 30)))
	short.TakeChanges()
	notes.outlines[16] = short
	ev := sizesEvent()
	now := at("2019-10-17", "09:40")
	return New(Config{Event: ev, Talk: 11, Outline: notes.outlines[11], Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer, Hint: "No schedule yet? lanyard import schedule FILE"})
}

// screenState is a way the screen can be: which pane has the keys and
// which overlay, if any, is open, reached by keys from the editor.
type screenState struct {
	name string
	keys []tea.KeyPressMsg
	// render runs the commands a resize returns: the preview's render
	// at the new width. Where the post is big it is left out, so that a
	// render is not started on every one of hundreds of sizes.
	render bool
}

var (
	escKey  = tea.KeyPressMsg{Code: tea.KeyEscape}
	ctrl    = func(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }
	textKey = func(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }
	down    = tea.KeyPressMsg{Code: tea.KeyDown}
)

var screenStates = []screenState{
	{name: "editor", keys: nil},
	{name: "schedule", keys: []tea.KeyPressMsg{escKey}},
	{name: "search", keys: []tea.KeyPressMsg{ctrl('f'), textKey('q')}},
	{name: "all keys", keys: []tea.KeyPressMsg{{Code: tea.KeyF1}}},
	{name: "talk form", keys: []tea.KeyPressMsg{escKey, textKey('e')}},
	{name: "new talk form", keys: []tea.KeyPressMsg{escKey, textKey('+')}},
	// The big outline's post is not rendered at each size: the preview
	// says "rendering…". The short one's is.
	{name: "preview rendering", keys: []tea.KeyPressMsg{ctrl('p')}},
	{name: "preview", keys: []tea.KeyPressMsg{escKey, down, down, down, down, down, textKey('p')}, render: true},
	{name: "schedule filter", keys: []tea.KeyPressMsg{escKey, textKey('f')}},
}

// testedSizes are every size from 1x1 to 30x12, then the common ones.
func testedSizes() [][2]int {
	var sizes [][2]int
	for w := 1; w <= 30; w++ {
		for h := 1; h <= 12; h++ {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	return append(sizes, [2]int{20, 5}, [2]int{40, 10}, [2]int{72, 20}, [2]int{80, 24}, [2]int{200, 60})
}

// checkFits fails the test if the frame has a line wider than w or more
// lines than h, its cells counted by method, as the renderer counts them.
func checkFits(t *testing.T, label string, v tea.View, w, h int, method ansi.Method) {
	t.Helper()
	lines := strings.Split(v.Content, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines in a terminal %d high", label, len(lines), h)
	}
	for i, l := range lines {
		if lw := method.StringWidth(l); lw > w {
			t.Errorf("%s: line %d is %d cells in a terminal %d wide: %q", label, i, lw, w, ansi.Strip(l))
			return
		}
	}
	if c := v.Cursor; c != nil && (c.X < 0 || c.X >= w || c.Y < 0 || c.Y >= h) {
		t.Errorf("%s: cursor at %d,%d outside a %dx%d terminal", label, c.X, c.Y, w, h)
	}
}

// TestEverySizeAndOverlayFits draws every screen at every size in a
// terminal that counts cells by wcwidth, as bubbletea's renderer does
// until the terminal says otherwise.
func TestEverySizeAndOverlayFits(t *testing.T) {
	checkSizes(t, sizesModel(t), testedSizes(), ansi.WcWidth)
}

// TestCommonSizesFitWhenTheTerminalClustersGraphemes does the same at the
// common sizes in a terminal that reported mode 2027, where the renderer
// counts a ZWJ emoji as two cells and an emoji with VS16 as two.
func TestCommonSizesFitWhenTheTerminalClustersGraphemes(t *testing.T) {
	m, _ := sizesModel(t).Update(tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet})
	all := testedSizes()
	checkSizes(t, m, all[len(all)-5:], ansi.GraphemeWidth)
}

// checkSizes opens each screen state and resizes it through sizes,
// checking every frame fits, its cells counted by method.
func checkSizes(t *testing.T, base tea.Model, sizes [][2]int, method ansi.Method) {
	base = run(base, tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, st := range screenStates {
		m := base
		for _, k := range st.keys {
			m = run(m, k)
		}
		for _, size := range sizes {
			w, h := size[0], size[1]
			label := fmt.Sprintf("%s at %dx%d", st.name, w, h)
			m = resize(t, label, m, tea.WindowSizeMsg{Width: w, Height: h}, st.render)
			checkFits(t, label, m.View(), w, h, method)
		}
	}
}

// resize sends a WindowSizeMsg, and with render the messages its commands
// yield, turning a panic into a failure that names the screen.
func resize(t *testing.T, label string, m tea.Model, size tea.WindowSizeMsg, render bool) tea.Model {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: panic: %v", label, r)
		}
	}()
	if render {
		return run(m, size)
	}
	m, _ = m.Update(size)
	return m
}

// TestResizeStormEndsOnTheFrameOfAFreshModel resizes the screen a thousand
// times at random, typing and moving between resizes, and checks that the
// last frame is the one a model that had always been that size draws with
// the same notes: no resize leaves anything behind (a stale wrap, a scroll
// anchor past the end, a pane of an old width). Where the editor's window
// sits depends on how the cursor got there, as in any editor, so both
// models first go to the last bullet, which puts the window in one place.
func TestResizeStormEndsOnTheFrameOfAFreshModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []tea.KeyPressMsg{
		textKey('x'), textKey('東'), textKey(' '), {Code: tea.KeyEnter}, {Code: tea.KeyUp},
		{Code: tea.KeyDown}, {Code: tea.KeyLeft}, {Code: tea.KeyPgUp}, {Code: tea.KeyPgDown},
		{Code: tea.KeyBackspace}, {Code: tea.KeyTab},
	}
	storm := sizesModel(t)
	for range 1000 {
		storm, _ = storm.Update(tea.WindowSizeMsg{Width: 1 + rng.IntN(220), Height: 1 + rng.IntN(70)})
		storm, _ = storm.Update(keys[rng.IntN(len(keys))])
	}
	final := tea.WindowSizeMsg{Width: 72 + rng.IntN(150), Height: 15 + rng.IntN(55)}
	storm, _ = storm.Update(final)

	// A fresh model on the storm's outline, which holds what was typed.
	notes := newFakeNotes()
	notes.outlines[11] = storm.(*Model).outlines.peek(11)
	now := at("2019-10-17", "09:40")
	var fresh tea.Model = New(Config{Event: sizesEvent(), Talk: 11, Outline: notes.outlines[11], Loader: notes,
		Saver: notes, Clock: func() time.Time { return now }, timer: heldTimer, Hint: "No schedule yet? lanyard import schedule FILE"})
	fresh, _ = fresh.Update(final)

	// Both then hear from the writer that every edit is on disk, so that
	// the status bars agree too: the storm's edits are numbered far below
	// the highest number there is.
	for _, msg := range []tea.Msg{tea.KeyPressMsg{Code: tea.KeyEnd, Mod: tea.ModCtrl}, status.SaveMsg{Saved: now, Committed: math.MaxUint64}} {
		storm, _ = storm.Update(msg)
		fresh, _ = fresh.Update(msg)
	}
	got, want := storm.View(), fresh.View()
	if got.Content != want.Content {
		t.Errorf("after the storm at %dx%d the frame differs from a fresh model's:\n--- storm\n%s\n--- fresh\n%s",
			final.Width, final.Height, ansi.Strip(got.Content), ansi.Strip(want.Content))
	}
	if fmt.Sprint(got.Cursor) != fmt.Sprint(want.Cursor) {
		t.Errorf("cursor after the storm %v, fresh %v", got.Cursor, want.Cursor)
	}
	checkFits(t, "after the storm", got, final.Width, final.Height, ansi.WcWidth)
}
