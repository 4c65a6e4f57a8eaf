package tui

import (
	"bytes"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestGoldenMouse runs the program at 100x24 and uses the mouse as a
// person would: a click on an ignite in the schedule, a second to write
// in it, typing, a click back in the first line, typing again. The final
// screen is compared with a golden file (`go test ./tui -update`).
func TestGoldenMouse(t *testing.T) {
	notes := newFakeNotes()
	m := newTestModel(notes, at("2019-10-17", "09:40"))
	m.cfg.Mouse = true
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(100, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(3*time.Second))
	}
	tm.Send(leftClick(12, 7)) // ✓ Small Runbooks
	waitFor("previous talk")  // the schedule's keys: it has the keyboard
	tm.Send(leftClick(12, 8)) // its byline: the second click writes
	waitFor("new bullet")     // the editor's keys: the notes are open
	tm.Type("checklists beat wikis")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Type("owners")
	tm.Send(leftClick(35+2+len("checklists "), 3)) // on the b of "beat"
	tm.Type("always ")
	tm.Send(wheel(10, 10, true)) // a day this short does not scroll
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
	golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
	if got := notes.savedTexts(14); !slices.Contains(got, "checklists always beat wikis") {
		t.Errorf("saved %q", got)
	}
}

// TestGoldenMouseNarrow is the mouse at 60x20, where one pane at a time
// takes the screen: a click in the notes of the talk on now, the
// schedule (esc), a click on Coffee and a second to write in it.
func TestGoldenMouseNarrow(t *testing.T) {
	notes := newFakeNotes()
	m := newTestModel(notes, at("2019-10-17", "09:40"))
	m.cfg.Mouse = true
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(60, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(3*time.Second))
	}
	tm.Type("sleep debt is real")
	tm.Send(leftClick(2+len("sleep "), 3)) // on the d of "debt"
	tm.Type("the ")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	waitFor("previous talk")
	tm.Send(leftClick(20, 5)) // Coffee
	tm.Send(leftClick(20, 5))
	waitFor("new bullet")
	tm.Type("queue at the urn")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
	golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
	if got := lastSaved(notes, 11); got != "sleep the debt is real" {
		t.Errorf("saved in the talk on now: %q", got)
	}
}
