package tui

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// fakeNotes is a notebook in memory: it loads outlines and records saves.
type fakeNotes struct {
	mu       sync.Mutex
	outlines map[uint64]*doc.Outline
	saved    map[uint64][]doc.Changes
	// saves numbers the saves, as the store's writer does.
	saves uint64
}

func newFakeNotes() *fakeNotes {
	return &fakeNotes{outlines: map[uint64]*doc.Outline{}, saved: map[uint64][]doc.Changes{}}
}

func (f *fakeNotes) LoadOutline(id uint64) (*doc.Outline, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if o, ok := f.outlines[id]; ok {
		return o, nil
	}
	return doc.New(), nil
}

func (f *fakeNotes) Save(id uint64, c doc.Changes) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.saved[id] = append(f.saved[id], c)
	if !c.Empty() {
		f.saves++
	}
}

// LastSave implements NumberedSaver.
func (f *fakeNotes) LastSave() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.saves
}

// savedTexts returns every text saved for a talk, latest last.
func (f *fakeNotes) savedTexts(id uint64) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var texts []string
	for _, c := range f.saved[id] {
		for _, n := range c.Put {
			texts = append(texts, n.Text)
		}
	}
	return texts
}

var venue = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err)
	}
	return loc
}()

func at(date, hm string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", date+" "+hm, venue)
	if err != nil {
		panic(err)
	}
	return t
}

// testEvent is a two-day conference with a break and a slot of ignites.
func testEvent() sched.Event {
	d1, d2 := "2019-10-17", "2019-10-18"
	return sched.Event{ID: 1, Name: "Ops Days", TZ: "Europe/London", Days: []sched.Day{
		{Date: d1, Talks: []sched.Talk{
			{ID: 10, Start: at(d1, "09:00"), End: at(d1, "09:30"), Title: "Opening", Kind: sched.KindPlenary},
			{ID: 11, Start: at(d1, "09:30"), End: at(d1, "10:00"), Title: "Pagers and Sleep", Speakers: []string{"Mira Kovac"}, Room: "Main hall", Kind: sched.KindTalk},
			{ID: 12, Start: at(d1, "10:00"), End: at(d1, "10:15"), Title: "Coffee", Kind: sched.KindBreak},
			{ID: 13, Start: at(d1, "10:15"), End: at(d1, "10:45"), Title: "Ignites", Kind: sched.KindSlot, Items: []sched.Talk{
				{ID: 14, Start: at(d1, "10:15"), End: at(d1, "10:45"), Title: "Small Runbooks", Speakers: []string{"Ines Duarte"}, Attended: true},
				{ID: 15, Start: at(d1, "10:15"), End: at(d1, "10:45"), Title: "Fast Postmortems", Speakers: []string{"Sam Okafor"}},
			}},
		}},
		{Date: d2, Talks: []sched.Talk{
			{ID: 20, Start: at(d2, "09:00"), End: at(d2, "09:30"), Title: "Logs Nobody Reads", Speakers: []string{"Jonas Berg"}, Kind: sched.KindTalk},
		}},
	}}
}

func newTestModel(notes *fakeNotes, now time.Time) *Model {
	ev := testEvent()
	talk := ev.Days[0].Opening(now, 0)
	o, _ := notes.LoadOutline(talk)
	return New(Config{Event: ev, Day: 0, Talk: talk, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer})
}

func press(code rune, text string) tea.KeyPressMsg {
	return tea.KeyPressMsg{Code: code, Text: text}
}

func typeInto(m tea.Model, text string) tea.Model {
	for _, r := range text {
		m, _ = m.Update(press(r, string(r)))
	}
	return m
}

// run applies a message and every message its commands produce, as the
// program would (batches included), so direct Update tests see loads land.
// Timers are left out: the program would deliver them only later.
func run(m tea.Model, msg tea.Msg) tea.Model {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		var cmd tea.Cmd
		m, cmd = m.Update(queue[0])
		queue = queue[1:]
		queue = append(queue, drain(cmd)...)
	}
	return m
}

// timerMsg is what a timer of a test model sends at once instead of
// waiting (see heldTimer): the helpers know a timer by this type, never by
// how long a command takes, so a slow save or render is still waited for.
type timerMsg struct {
	wait time.Duration
	fire func(time.Time) tea.Msg
}

// heldTimer is the timer of test models: a command that says it is one.
func heldTimer(wait time.Duration, fire func(time.Time) tea.Msg) tea.Cmd {
	return func() tea.Msg { return timerMsg{wait: wait, fire: fire} }
}

// isTimer reports whether msg is what a timer sends: lanyard's own
// (timerMsg), or a text cursor's blink, which the talk form's fields start
// with tea.Tick and which would ask for the next blink forever.
func isTimer(msg tea.Msg) bool {
	switch msg.(type) {
	case timerMsg, cursor.BlinkMsg:
		return true
	}
	return false
}

// commandTimeout is how long drain waits for one command before it fails
// the test: far longer than any command of a step takes, even under the
// race detector on a busy machine, so it only ends a test that would
// otherwise hang on a timer made without the model's timer.
const commandTimeout = 2 * time.Minute

// drain runs a command and returns the messages it yields, batches opened
// (their commands run at once, as the program runs them), timers left out.
// It waits for every other command however long it takes.
func drain(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(commandTimeout):
		panic(fmt.Sprintf("drain: a command has not returned in %v: a timer made without the model's timer?", commandTimeout))
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		results := make([][]tea.Msg, len(msg))
		var wg sync.WaitGroup
		for i, c := range msg {
			wg.Go(func() { results[i] = drain(c) })
		}
		wg.Wait()
		return slices.Concat(results...)
	}
	if isTimer(msg) {
		return nil
	}
	return []tea.Msg{msg}
}

func TestOpensOnTheTalkOnNowWithTheCursorInItsOutline(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "pagers wake people")
	got := notes.savedTexts(11)
	if len(got) == 0 || got[len(got)-1] != "pagers wake people" {
		t.Fatalf("typing at start went to %v; want the talk on now (11) to get the text", notes.saved)
	}
	view := m.View().Content
	if !strings.Contains(view, "Pagers and Sleep") || !strings.Contains(view, "pagers wake people") {
		t.Errorf("screen lacks the talk or the notes:\n%s", view)
	}
}

func TestOpensTheAttendedItemWhenASlotIsOn(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = newTestModel(notes, at("2019-10-17", "10:20"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "x")
	if len(notes.savedTexts(14)) == 0 {
		t.Fatalf("typing went to %v; want the attended ignite (14)", notes.saved)
	}
}

func TestScheduleNavigationOpensAnotherTalk(t *testing.T) {
	notes := newFakeNotes()
	old := doc.New()
	old.Append("notes from the opening")
	notes.outlines[10] = old
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyUp})
	if view := m.View().Content; !strings.Contains(view, "notes from the opening") {
		t.Fatalf("moving up the schedule should preview the opening's notes:\n%s", view)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	m = typeInto(m, "!")
	if got := notes.savedTexts(10); len(got) == 0 || got[len(got)-1] != "notes from the opening!" {
		t.Fatalf("Enter should hand the keyboard to the opening's outline; saved %v", notes.saved)
	}
}

func TestDayKeysShowTheNextDay(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyRight})
	view := m.View().Content
	if !strings.Contains(view, "Friday 18 October 2019") || !strings.Contains(view, "Logs Nobody Reads") {
		t.Fatalf("→ should show the second day:\n%s", view)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyLeft})
	if view := m.View().Content; !strings.Contains(view, "Thursday 17 October 2019") {
		t.Fatalf("← should come back to the first day:\n%s", view)
	}
}

func TestEveryFrameFitsTheTerminal(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}} {
		notes := newFakeNotes()
		var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
		m = run(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = typeInto(m, strings.Repeat("a long line of notes that wraps ", 8))
		for _, focus := range []string{"editor", "schedule"} {
			lines := strings.Split(m.View().Content, "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d %s: %d lines; want %d", size[0], size[1], focus, len(lines), size[1])
			}
			for i, l := range lines {
				if w := ansiWidth(l); w > size[0] {
					t.Errorf("%dx%d %s: line %d is %d cells wide: %q", size[0], size[1], focus, i, w, l)
				}
			}
			m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
		}
	}
}

// TestGoldenScreen runs the program, types a two-level outline, and
// compares the final screen with a golden file: `go test ./tui -update` regenerates it.
func TestGoldenScreen(t *testing.T) {
	notes := newFakeNotes()
	m := newTestModel(notes, at("2019-10-17", "09:40"))
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(100, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	tm.Type("pagers")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	tm.Type("sleep debt")
	// Messages reach the program in order, so the quit comes after every key.
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
	// The final frame, not the byte stream: how many frames the renderer
	// drew on the way depends on timing, what the user sees does not.
	golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
}

func ansiWidth(s string) int { return ansi.StringWidth(s) }

func TestSearchJumpsToABulletInAnotherTalk(t *testing.T) {
	notes := newFakeNotes()
	other := doc.New()
	other.Append("runbooks rot")
	other.Append("owners review them quarterly")
	notes.outlines[20] = other // a talk on the second day, never opened
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	for _, r := range "QUARTERLY" { // the stored notes are searched by a command
		m = run(m, press(r, string(r)))
	}
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "Logs Nobody Reads") || !strings.Contains(view, "owners review them quarterly") {
		t.Fatalf("the hit in the unopened talk is not listed:\n%s", view)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	view = ansi.Strip(m.View().Content)
	if !strings.Contains(view, "Friday 18 October 2019") {
		t.Errorf("the jump should show the hit's day:\n%s", view)
	}
	m = typeInto(m, "Q: ")
	if got := notes.savedTexts(20); len(got) == 0 || got[len(got)-1] != "Q: owners review them quarterly" {
		t.Errorf("typing after the jump should go to the start of the hit; saved %q", got)
	}
}

// The helpers wait for a slow command, as the program does: a test that
// checks something did not happen must not pass because the command that
// would have done it took long. Timers they leave out, known by type.
func TestDrainWaitsForSlowCommandsAndLeavesOutOnlyTimers(t *testing.T) {
	type saved struct{}
	slow := func() tea.Msg {
		time.Sleep(300 * time.Millisecond) // a save on a busy disk
		return saved{}
	}
	tick := heldTimer(time.Minute, func(time.Time) tea.Msg { return clockMsg{} })
	got := drain(tea.Batch(tick, slow, tick))
	if len(got) != 1 {
		t.Fatalf("drain gave %#v; want the slow command's message alone", got)
	}
	if _, ok := got[0].(saved); !ok {
		t.Errorf("drain gave %T; want the slow command's message", got[0])
	}
	if got := drain(tick); len(got) != 0 {
		t.Errorf("drain gave the timer's %#v", got)
	}
}

// clone copies a model as a value would be: the root model works in place
// (see New), so a benchmark that starts every round from the same state
// types into a copy.
func clone(m tea.Model) tea.Model {
	c := *m.(*Model)
	return &c
}
