package outline

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"lanyard/tui/theme"
)

// pastedNotes is notes as people paste them from a blog: glyphs and
// indentation giving the nesting.
const pastedNotes = `Harbourside day one
  • Keynote: tides and queues
    ◦ arrivals are bursty
      ▪ plan for the 99th percentile
    ◦ slides: https://talks.example.test/tides
  • Open space: on-call for small teams
    1. rotate weekly
    2. pay for the pager
`

// TestProgramOutlinerSession runs the outliner keys in a program: paste a
// tree, fold, zoom, move, mark, then undo everything and redo it, and
// compares the final screen with a golden file.
func TestProgramOutlinerSession(t *testing.T) {
	saver := &recordingSaver{}
	ed := New(theme.New(true), saver).SetOutline(7, outlineOf(t), testHeader).Focus()
	tm := teatest.NewTestModel(t, editorProgram{ed: ed},
		teatest.WithInitialTermSize(60, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	key := func(names ...string) {
		for _, n := range names {
			tm.Send(keyPress(n))
		}
	}
	tm.Send(tea.PasteMsg{Content: pastedNotes})
	key("ctrl+home", "down", "ctrl+o") // fold the keynote
	key("down", "alt+up")              // the open space moves above it
	key("ctrl+g")                      // zoom into the open space
	key("down", "alt+s")               // star "pay for the pager"…
	key("ctrl+r", "ctrl+end")          // …zoom out to the day, go to its end
	key("enter")
	tm.Type("follow up with the organisers")
	key("alt+t")
	for range 40 {
		key("ctrl+z")
	}
	for range 40 {
		key("ctrl+y")
	}
	key("ctrl+c")

	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(editorProgram)
	if !ok {
		t.Fatal("the program's final model is not the editor")
	}
	screen := ansi.Strip(final.View().Content)
	for _, want := range []string{"• Open space: on-call for small teams", "★ pay for the pager", "▸ Keynote: tides and queues (+3)", "☐ follow up with the organisers"} {
		if !strings.Contains(screen, want) {
			t.Errorf("after undoing all and redoing all, the screen lacks %q:\n%s", want, screen)
		}
	}
	golden.RequireEqual(t, screen)
	stored := replay(t, saver, 7)
	if len(stored) != final.ed.o.Len() {
		t.Errorf("the notebook holds %d bullets, the editor %d", len(stored), final.ed.o.Len())
	}
}
