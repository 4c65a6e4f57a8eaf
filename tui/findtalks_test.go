package tui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// aboutNotes is a notebook in memory that also holds what the schedule
// says of its talks, as the store does.
type aboutNotes struct {
	*fakeNotes
	abouts map[uint64]sched.About
	reads  int
}

func (a *aboutNotes) Abouts(eventID uint64) (map[uint64]sched.About, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.reads++
	if eventID != 1 {
		return nil, fmt.Errorf("no event %d", eventID)
	}
	return a.abouts, nil
}

func newAboutModel(notes *aboutNotes, now time.Time) tea.Model {
	ev := testEvent()
	talk := ev.Days[0].Opening(now, 0)
	o, _ := notes.LoadOutline(talk)
	var m tea.Model = New(Config{Event: ev, Day: 0, Talk: talk, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer})
	return run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
}

func TestSearchFindsATalkByItsAbstractAndOpensIt(t *testing.T) {
	notes := &aboutNotes{fakeNotes: newFakeNotes(), abouts: map[uint64]sched.About{
		20: {Abstract: "Nobody reads them until the outage.\n\nWe show how to sample logs by cardinality."},
	}}
	m := newAboutModel(notes, at("2019-10-17", "09:40"))
	if notes.reads != 0 {
		t.Fatalf("the abstracts were read %d times before the search opened", notes.reads)
	}
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	for _, r := range "CARDINALITY" {
		m = run(m, press(r, string(r)))
	}
	view := screen(m)
	if !strings.Contains(view, "Logs Nobody Reads") ||
		!strings.Contains(view, "Fri 09:00 · abstract: Nobody reads them until the outage. We show how to sample logs by cardinality.") {
		t.Fatalf("the talk on day two is not found by its abstract:\n%s", view)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	root := m.(*Model)
	if tk, _, ok := root.schedule.Selected(); !ok || tk.ID != 20 {
		t.Errorf("after enter the schedule selects %d, want 20", tk.ID)
	}
	if root.editor.TalkID() != 20 || root.focus != focusEditor {
		t.Errorf("after enter the editor shows %d (focus %v), want talk 20's notes to write in", root.editor.TalkID(), root.focus)
	}
	if view = screen(m); !strings.Contains(view, "Friday 18 October 2019") {
		t.Errorf("the talk's day is not shown:\n%s", view)
	}
}

func TestSearchFindsTalksBySpeakerAndRoomWithoutAbstracts(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = outlineWith("Mira's slides on pagers")
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m = typeAll(m, "mira")
	view := screen(m)
	if !strings.Contains(view, "1 talk · 1 note in 1 talk") || !strings.Contains(view, "speaker: Mira Kovac") {
		t.Fatalf("the talk of Mira Kovac and the note are not both listed:\n%s", view)
	}
	// The talk comes before the note.
	if strings.Index(view, "speaker: Mira Kovac") > strings.Index(view, "Mira's slides") {
		t.Errorf("the note is listed before the talk:\n%s", view)
	}
	m = run(m, esc)
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m = typeAll(m, "main hall")
	if view = screen(m); !strings.Contains(view, "Pagers and Sleep") {
		t.Errorf("the talk in the Main hall is not found by its room:\n%s", view)
	}
}

// typeAll types text, running the commands each key sets off.
func typeAll(m tea.Model, text string) tea.Model {
	for _, r := range text {
		if r == ' ' {
			m = run(m, tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
			continue
		}
		m = run(m, press(r, string(r)))
	}
	return m
}

func outlineWith(lines ...string) *doc.Outline {
	o := doc.New()
	for _, l := range lines {
		o.Append(l)
	}
	o.TakeChanges()
	return o
}

// TestGoldenSearchTalks runs the program at 60x20, searches a word of an
// abstract and of a note, and compares the screen with a golden file.
func TestGoldenSearchTalks(t *testing.T) {
	notes := &aboutNotes{fakeNotes: newFakeNotes(), abouts: map[uint64]sched.About{
		20: {Abstract: "Nobody reads them until the outage. We sample logs by cardinality, not by level."},
		11: {Subtitle: "Cardinality of a rota"},
	}}
	notes.outlines[11] = outlineWith("cardinality of alerts matters more than volume")
	now := at("2019-10-17", "09:40")
	ev := testEvent()
	o, _ := notes.LoadOutline(11)
	m := New(Config{Event: ev, Talk: 11, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer})
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(60, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	tm.Send(tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	tm.Type("cardinality")
	// The talks and the notes are found by commands: wait for both
	// before quitting.
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("2 talks")) && bytes.Contains(b, []byte("1 note in 1 talk"))
	}, teatest.WithDuration(15*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second))
	golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
}
