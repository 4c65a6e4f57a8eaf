package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// ruleColumn is where the rule between the panes is on the screen's first
// line, -1 for none (one pane shown).
func ruleColumn(m tea.Model) int {
	first, _, _ := strings.Cut(ansi.Strip(m.View().Content), "\n")
	i := strings.Index(first, "│")
	if i < 0 {
		return -1
	}
	return ansi.StringWidth(first[:i])
}

func TestWidthKeysMoveThePanesEdgeWithinBounds(t *testing.T) {
	var m tea.Model = newTestModel(newFakeNotes(), at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if got := ruleColumn(m); got != 40 {
		t.Fatalf("the schedule starts %d wide at 120 columns, want a third: 40", got)
	}
	m = run(m, press('>', ">"))
	if got := ruleColumn(m); got != 44 {
		t.Errorf("> made the schedule %d wide, want 44", got)
	}
	for range 30 {
		m = run(m, press('>', ">"))
	}
	if got := ruleColumn(m); got != 120-gutter-minEditor {
		t.Errorf("at its widest the schedule is %d, want the editor left %d columns", got, minEditor)
	}
	for range 30 {
		m = run(m, press('<', "<"))
	}
	if got := ruleColumn(m); got != minScheduleChosen {
		t.Errorf("at its narrowest the schedule is %d, want %d", got, minScheduleChosen)
	}
	// The choice holds when the terminal grows, and is bounded when it
	// shrinks to leave the editor its room.
	m = run(m, press('>', ">"))
	m = run(m, tea.WindowSizeMsg{Width: 200, Height: 40})
	if got := ruleColumn(m); got != 24 {
		t.Errorf("after a resize the schedule is %d wide, want the 24 chosen", got)
	}
	for range 10 {
		m = run(m, press('>', ">"))
	}
	m = run(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if got := ruleColumn(m); got != 80-gutter-minEditor {
		t.Errorf("a wide schedule on a smaller screen is %d, want %d", got, 80-gutter-minEditor)
	}
	for _, l := range strings.Split(m.View().Content, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Fatalf("a line is %d wide on an 80-column screen: %q", w, ansi.Strip(l))
		}
	}
}

func TestWidthKeysAtSixtyColumnsSayWhy(t *testing.T) {
	var m tea.Model = newTestModel(newFakeNotes(), at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 60, Height: 20})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	before := ansi.Strip(m.View().Content)
	m = run(m, press('>', ">"))
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "too narrow for two panes") {
		t.Errorf("> at 60 columns says nothing:\n%s", view)
	}
	if strings.Contains(view, "│") || len(strings.Split(view, "\n")) != len(strings.Split(before, "\n")) {
		t.Errorf("> at 60 columns changed the layout:\n%s", view)
	}
}

func TestScheduleWidthFromConfig(t *testing.T) {
	ev := testEvent()
	notes := newFakeNotes()
	var m tea.Model = New(Config{Event: ev, Talk: 11, Outline: notes.mustLoad(11), Loader: notes, Saver: notes,
		ScheduleWidth: 60, Clock: func() time.Time { return at("2019-10-17", "09:40") }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if got := ruleColumn(m); got != 60 {
		t.Errorf("Config.ScheduleWidth 60 gives a schedule %d wide", got)
	}
}
