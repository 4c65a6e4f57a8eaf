package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	"lanyard/tui/outline"
	"lanyard/tui/schedule"
)

// leftClick is a press of the left button at (x, y) of the screen.
func leftClick(x, y int) tea.MouseClickMsg {
	return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft}
}

// wheel is a notch of the wheel at (x, y), down when down is set.
func wheel(x, y int, down bool) tea.MouseWheelMsg {
	if down {
		return tea.MouseWheelMsg{X: x, Y: y, Button: tea.MouseWheelDown}
	}
	return tea.MouseWheelMsg{X: x, Y: y, Button: tea.MouseWheelUp}
}

// mouseModel is the test event at 09:40 on a screen of 120x40, the
// editor focused on "Pagers and Sleep" (talk 11), which holds one bullet.
// The schedule is 40 cells wide, the rule and a space after it, then
// the editor from column 42:
//
//	0 Thursday 17 October 2019  1/2      │ Pagers and Sleep
//	3 ▶ › 09:30 Pagers and Sleep         │ • pagers wake people
//	5     10:00 Coffee
//	9          ◦ Fast Postmortems
//	38 the status bar, 39 the help line
func mouseModel(t *testing.T) (tea.Model, *fakeNotes) {
	t.Helper()
	notes := newFakeNotes()
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "pagers wake people")
	if line := screenLine(m, 3); !strings.HasSuffix(line, "│ • pagers wake people") {
		t.Fatalf("the screen is not laid out as the tests expect: %q", line)
	}
	return m, notes
}

// screenLine is line y of the screen, without colours.
func screenLine(m tea.Model, y int) string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")[y]
}

// lastSaved is the last text saved for talk id, "" for none.
func lastSaved(notes *fakeNotes, id uint64) string {
	texts := notes.savedTexts(id)
	if len(texts) == 0 {
		return ""
	}
	return texts[len(texts)-1]
}

func TestMouseReportingIsAskedForUnlessTurnedOff(t *testing.T) {
	for _, on := range []bool{true, false} {
		m := New(Config{Event: testEvent(), Mouse: on})
		want := tea.MouseModeNone
		if on {
			want = tea.MouseModeCellMotion
		}
		if got := m.View().MouseMode; got != want {
			t.Errorf("Mouse %v, before the screen's size is known: mode %v, want %v", on, got, want)
		}
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		if got := m.View().MouseMode; got != want {
			t.Errorf("Mouse %v: mode %v, want %v", on, got, want)
		}
	}
}

func TestClickInTheNotesPutsTheCursorThere(t *testing.T) {
	m, notes := mouseModel(t)
	m = run(m, leftClick(42+2+len("pagers "), 3)) // on the w of "wake"
	m = typeInto(m, "never ")
	if got := lastSaved(notes, 11); got != "pagers never wake people" {
		t.Errorf("typed after the click: %q", got)
	}
}

func TestClickInTheNotesFromTheScheduleGivesThemTheKeyboard(t *testing.T) {
	m, notes := mouseModel(t)
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	m = run(m, leftClick(42, 3)) // the bullet's glyph: the start of its text
	if m.(*Model).focus != focusEditor {
		t.Fatal("the click left the keyboard with the schedule")
	}
	m = typeInto(m, "j")
	if got := lastSaved(notes, 11); got != "jpagers wake people" {
		t.Errorf("typed after the click: %q", got)
	}
}

func TestClickOnATalkSelectsItAndShowsItsNotes(t *testing.T) {
	m, notes := mouseModel(t)
	m = run(m, leftClick(12, 9)) // "Fast Postmortems", an ignite
	root := m.(*Model)
	if root.focus != focusSchedule {
		t.Error("the schedule clicked did not take the keyboard")
	}
	if got := root.editor.TalkID(); got != 15 {
		t.Errorf("the notes beside are talk %d's, want 15's", got)
	}
	if line := screenLine(m, 0); !strings.Contains(line, "│ Fast Postmortems") {
		t.Errorf("the editor's header: %q", line)
	}
	// A second click opens it to write in, as Enter does.
	m = run(m, leftClick(12, 10))
	m = typeInto(m, "blameless")
	if got := lastSaved(notes, 15); got != "blameless" {
		t.Errorf("typed after a second click: %q", got)
	}
}

func TestClicksOffThePanesDoNothing(t *testing.T) {
	for _, c := range []struct {
		name string
		x, y int
	}{
		{"the rule between the panes", 40, 3},
		{"the space after the rule", 41, 5},
		{"the status bar", 10, 38},
		{"the help line", 10, 39},
		{"left of the screen", -1, 5},
		{"above the screen", 10, -1},
		{"right of the screen", 120, 3},
		{"below the screen", 10, 40},
		{"far off", 1 << 30, 1 << 30},
		{"far off the other way", -1 << 30, -1 << 30},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, notes := mouseModel(t)
			before := m.View().Content
			m = run(m, leftClick(c.x, c.y))
			m = run(m, wheel(c.x, c.y, false))
			m = typeInto(m, "!")
			if got := lastSaved(notes, 11); got != "pagers wake people!" {
				t.Errorf("typed after the click: %q", got)
			}
			m = run(m, tea.KeyPressMsg{Code: tea.KeyBackspace})
			if got := m.View().Content; got != before {
				t.Errorf("the screen changed:\n%s", ansi.Strip(got))
			}
		})
	}
}

func TestOtherButtonsAndDragsDoNothing(t *testing.T) {
	m, notes := mouseModel(t)
	before := m.View().Content
	for _, msg := range []tea.Msg{
		tea.MouseClickMsg{X: 12, Y: 9, Button: tea.MouseRight},
		tea.MouseClickMsg{X: 50, Y: 3, Button: tea.MouseMiddle},
		tea.MouseMotionMsg{X: 12, Y: 9, Button: tea.MouseLeft},
		tea.MouseReleaseMsg{X: 12, Y: 9, Button: tea.MouseLeft},
		tea.MouseWheelMsg{X: 50, Y: 3, Button: tea.MouseWheelLeft},
	} {
		m = run(m, msg)
	}
	if got := m.View().Content; got != before {
		t.Errorf("the screen changed:\n%s", ansi.Strip(got))
	}
	if got := len(notes.savedTexts(11)); got != len("pagers wake people") {
		t.Errorf("%d saves", got)
	}
}

func TestClickBeforeTheScreensSizeIsKnown(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, leftClick(50, 3))
	m = run(m, wheel(50, 3, true))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "ok")
	if got := lastSaved(notes, 11); got != "ok" {
		t.Errorf("typed after early clicks: %q", got)
	}
}

func TestClicksOnANarrowScreenGoToThePaneShown(t *testing.T) {
	m, notes := mouseModel(t)
	m = run(m, tea.WindowSizeMsg{Width: 60, Height: 20})
	// The editor alone, from column 0.
	m = run(m, leftClick(2+len("pagers "), 3))
	m = typeInto(m, "never ")
	if got := lastSaved(notes, 11); got != "pagers never wake people" {
		t.Errorf("typed after a click on the narrow editor: %q", got)
	}
	// The schedule alone, after esc: a click on Coffee selects it.
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	m = run(m, leftClick(50, 5))
	if got, _, _ := m.(*Model).schedule.Selected(); got.ID != 12 {
		t.Errorf("a click on the narrow schedule selected %d, want 12", got.ID)
	}
}

func TestClicksInAnOverlayNeverReachThePanes(t *testing.T) {
	m, notes := mouseModel(t)
	m = run(m, tea.KeyPressMsg{Code: tea.KeyF1})
	if !m.(*Model).allKeys.IsOpen() {
		t.Fatal("f1 did not open the keys")
	}
	m = run(m, leftClick(12, 9))
	m = run(m, leftClick(50, 3))
	root := m.(*Model)
	if !root.allKeys.IsOpen() || root.focus != focusEditor || root.editor.TalkID() != 11 {
		t.Errorf("clicks over the keys: open %v, focus %v, talk %d", root.allKeys.IsOpen(), root.focus, root.editor.TalkID())
	}
	top := screenLine(m, 0)
	m = run(m, wheel(50, 10, true))
	if screenLine(m, 0) == top {
		t.Error("the wheel did not scroll the keys")
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	m = typeInto(m, "!")
	if got := lastSaved(notes, 11); got != "pagers wake people!" {
		t.Errorf("typed after the overlay closed: %q", got)
	}
}

func TestClickOnASearchHitOpensIt(t *testing.T) {
	notes := newFakeNotes()
	other := doc.New()
	other.Append("runbooks rot")
	other.Append("owners review them quarterly")
	notes.outlines[20] = other
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	for _, r := range "quarterly" {
		m = run(m, press(r, string(r)))
	}
	y := -1
	for i, l := range strings.Split(ansi.Strip(m.View().Content), "\n") {
		if strings.Contains(l, "owners review them quarterly") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("no hit listed:\n%s", ansi.Strip(m.View().Content))
	}
	m = run(m, leftClick(0, 0)) // the query line: nothing
	m = run(m, leftClick(10, y))
	if m.(*Model).finder.IsOpen() {
		t.Fatal("the search is still open after a click on a hit")
	}
	m = typeInto(m, "Q: ")
	if got := lastSaved(notes, 20); got != "Q: owners review them quarterly" {
		t.Errorf("typing after the click should go to the start of the hit; saved %q", got)
	}
}

func TestWheelScrollsThePaneUnderThePointer(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = doc.Generate(200, 1)
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	before := m.View().Content
	notesTop := screenLine(m, 3)[42:]
	m = run(m, wheel(60, 10, false))
	if got := screenLine(m, 3)[42:]; got == notesTop {
		t.Error("the wheel over the notes did not scroll them")
	}
	if _, _, ok := m.(*Model).active().cursor(m.(*Model)); !ok {
		t.Error("the cursor is out of view after the wheel")
	}
	if screenLine(m, 3)[:40] != strings.Split(ansi.Strip(before), "\n")[3][:40] {
		t.Error("the wheel over the notes scrolled the schedule")
	}
	if m.(*Model).focus != focusEditor {
		t.Error("the wheel took the keyboard from the notes")
	}
}

func TestClicksOverAGlimpseLandOnceTheOutlineLoads(t *testing.T) {
	nodes := glimpseNodes()
	r := resumeCases(t, nodes)["middle"]
	input := []tea.Msg{
		wheel(60, 10, false), leftClick(60, 12), press('x', "x"),
		wheel(10, 10, true), leftClick(50, 20), press('y', "y"),
	}
	size := tea.WindowSizeMsg{Width: 120, Height: 40}
	full, fullNotes := glimpseStart(t, nodes, nil, r)
	want := run(full, size)
	for _, in := range input {
		want = run(want, in)
	}
	whole, _ := doc.FromNodes(nodes)
	g, _ := outline.Glimpse(whole, doc.ID(r.Node))
	start, notes := glimpseStart(t, nodes, &g, r)
	m := run(start, size)
	first := m.View().Content
	for _, in := range input {
		m = run(m, in)
	}
	if got := m.View().Content; got != first {
		t.Errorf("the glimpse changed before the outline loaded:\n%s", ansi.Strip(got))
	}
	m = loadGlimpsed(t, m)
	if got, w := m.View().Content, want.View().Content; got != w {
		t.Errorf("after the load:\n%s\n--- want, as clicked on the outline ---\n%s", ansi.Strip(got), ansi.Strip(w))
	}
	if got, w := notes.savedTexts(11), fullNotes.savedTexts(11); !slices.Equal(got, w) || len(w) != 2 {
		t.Errorf("saved %q, want %q as clicked on the outline", got, w)
	}
}

// A double click's two commands run side by side: the first click's
// preview may come after the second's request to write, while the notes
// load. The request wins whatever the order.
func TestAPreviewAfterTheRequestToWriteKeepsIt(t *testing.T) {
	for _, order := range [][]bool{{true, false}, {false, true}} {
		m, _ := mouseModel(t)
		m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
		var loads []tea.Msg
		for _, focus := range order {
			var cmd tea.Cmd
			m, cmd = m.Update(schedule.OpenMsg{TalkID: 12, Focus: focus})
			loads = append(loads, drain(cmd)...)
		}
		for _, l := range loads {
			m = run(m, l)
		}
		if root := m.(*Model); root.focus != focusEditor || root.editor.TalkID() != 12 {
			t.Errorf("order %v: focus %v on talk %d, want the editor on Coffee", order, root.focus, root.editor.TalkID())
		}
	}
}
