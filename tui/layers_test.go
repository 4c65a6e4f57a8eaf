package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	sched "lanyard/store/schedule"
)

// A paste while the list of every key is open is not typing: the outline
// under the overlay must not get it, on screen or in the notebook.
func TestAPasteUnderTheKeyHelpStaysOutOfTheNotes(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "pagers")
	m = run(m, tea.KeyPressMsg{Code: tea.KeyF1})
	m = run(m, tea.PasteMsg{Content: "leaked text"})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if got := notes.savedTexts(11); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "leaked") }) {
		t.Errorf("the paste was saved in the outline under the key help: %q", got)
	}
	if view := ansi.Strip(m.View().Content); strings.Contains(view, "leaked") {
		t.Errorf("the paste shows in the outline:\n%s", view)
	}
}

// Every overlay has the keyboard while it is open: a key, a paste and a
// resize change nothing in the pane under it (the outline's text, what
// was saved, the schedule's selection), and closing it gives the pane its
// keys back.
func TestOverlaysKeepKeysPastesAndResizesFromThePaneUnderThem(t *testing.T) {
	ctrl := func(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	for _, c := range []struct {
		name     string
		schedule bool // the schedule is under the overlay, else the editor
		open     tea.KeyPressMsg
	}{
		{"key help over the editor", false, tea.KeyPressMsg{Code: tea.KeyF1}},
		{"key help over the schedule", true, press('?', "?")},
		{"search over the editor", false, ctrl('f')},
		{"search over the schedule", true, press('/', "/")},
		{"preview over the editor", false, ctrl('p')},
		{"preview over the schedule", true, press('p', "p")},
		{"form adding a talk", true, press('+', "+")},
		{"form editing a talk", true, press('e', "e")},
		{"question before deleting", true, press('d', "d")},
		{"filter picker", true, press('f', "f")},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, notes := layersModel(t, c.schedule)
			before := paneState(m, notes)

			m = run(m, c.open)
			if onPane(m) {
				t.Fatalf("%s did not open anything", c.open)
			}
			m = run(m, press('j', "j"))
			m = run(m, tea.PasteMsg{Content: "leaked text"})
			m = run(m, tea.WindowSizeMsg{Width: 70, Height: 20})
			if lines := strings.Split(m.View().Content, "\n"); len(lines) != 20 {
				t.Errorf("after a resize the frame has %d lines; want 20", len(lines))
			}
			if onPane(m) {
				t.Fatal("the overlay closed on a key, a paste or a resize")
			}
			if after := paneState(m, notes); after != before {
				t.Errorf("the pane under the overlay changed:\nbefore %+v\nafter  %+v", before, after)
			}

			m = run(m, esc)
			m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
			if !onPane(m) {
				root := m.(*Model)
				t.Fatalf("esc left %T with the keyboard", root.active())
			}
			if c.schedule {
				m = run(m, press('j', "j"))
				if after := paneState(m, notes); after.selected == before.selected {
					t.Errorf("after closing, j did not move the schedule's selection from %d", before.selected)
				}
				return
			}
			m = typeInto(m, "z")
			if got := notes.savedTexts(11); len(got) == 0 || got[len(got)-1] != "notes z" {
				t.Errorf("after closing, typing did not reach the outline; saved %q", got)
			}
		})
	}
}

// layersModel is the test event at 09:40, the outline of the talk on now
// holding "notes ", with the editor or the schedule focused.
func layersModel(t *testing.T, onSchedule bool) (tea.Model, *fakeNotes) {
	t.Helper()
	now := at("2019-10-17", "09:40")
	notes := newFakeNotes()
	var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: notes.mustLoad(11), Loader: notes,
		Saver: notes, Schedules: newFakeSchedules(testEvent()), Clock: func() time.Time { return now }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "notes ")
	if onSchedule {
		m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	}
	return m, notes
}

// pane is what a user sees of the panes: the outline's text, how many
// saves reached the notebook, and the talk and day the schedule shows.
type pane struct {
	text          string
	saves         int
	selected      uint64
	day           int
	scheduleFocus bool
}

func paneState(m tea.Model, notes *fakeNotes) pane {
	root := m.(*Model)
	var text []string
	if o := root.outlines.peek(11); o != nil {
		for i := range o.Len() {
			text = append(text, o.At(i).Text)
		}
	}
	talk, _, _ := root.schedule.Selected()
	_, day, _ := root.schedule.Day()
	return pane{text: strings.Join(text, "\n"), saves: len(notes.savedTexts(11)), selected: talk.ID, day: day,
		scheduleFocus: root.focus == focusSchedule}
}

// onPane reports whether a pane, not an overlay, has the keyboard.
func onPane(m tea.Model) bool {
	root := m.(*Model)
	switch root.active().(type) {
	case editorPane, schedulePane:
		return true
	}
	return false
}

// The search keeps its query when the event changes under it (a talk
// added, a page made): open, it searches the new event at once; closed,
// it opens again on the same query.
func TestSearchKeepsItsQueryWhenTheEventChanges(t *testing.T) {
	m, notes := layersModel(t, false)
	notes.outlines[30] = notesOf(t, "pagers for the database team")
	changed := testEvent()
	changed.Days[1].Talks = append(changed.Days[1].Talks,
		sched.Talk{ID: 30, Start: at("2019-10-18", "10:00"), End: at("2019-10-18", "10:30"), Title: "Open space on paging"})

	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m = typeInto(m, "database")
	m = run(m, scheduleSavedMsg{event: changed})
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "database") || !strings.Contains(view, "Open space on paging") {
		t.Fatalf("the open search lost its query or did not search the new talk:\n%s", view)
	}

	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	changed.Days[0].Talks = changed.Days[0].Talks[1:]
	m = run(m, scheduleSavedMsg{event: changed})
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	if got := m.(*Model).finder.Query(); got != "database" {
		t.Errorf("the search opened on %q after the event changed; want the query of last time", got)
	}
	if view := ansi.Strip(m.View().Content); !strings.Contains(view, "pagers for the database team") {
		t.Errorf("the search opened again without its hits:\n%s", view)
	}
}
