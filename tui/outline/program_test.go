package outline

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	doc "lanyard/store/outline"
	"lanyard/tui/theme"
)

// editorProgram is the editor alone as a bubbletea program: it sizes the
// editor to the terminal, places the terminal's cursor where the editor
// says, and quits on ctrl+c.
type editorProgram struct {
	ed Model
}

func (p editorProgram) Init() tea.Cmd { return nil }

func (p editorProgram) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.ed = p.ed.SetSize(msg.Width, msg.Height)
		return p, nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return p, tea.Quit
		}
	}
	var cmd tea.Cmd
	p.ed, cmd = p.ed.Update(msg)
	return p, cmd
}

func (p editorProgram) View() tea.View {
	v := tea.NewView(p.ed.View())
	if x, y, ok := p.ed.Cursor(); ok {
		v.Cursor = tea.NewCursor(x, y)
	}
	return v
}

// replay applies every save, in order, to an empty notebook: what the
// store would hold for the talk.
func replay(t *testing.T, s *recordingSaver, talkID uint64) map[doc.ID]doc.Node {
	t.Helper()
	stored := make(map[doc.ID]doc.Node)
	for _, call := range s.calls {
		if call.talkID != talkID {
			t.Errorf("saved to talk %d, want %d", call.talkID, talkID)
		}
		for _, n := range call.c.Put {
			stored[n.ID] = n
		}
		for _, id := range call.c.Deleted {
			delete(stored, id)
		}
	}
	return stored
}

// TestProgramTypesAnOutline runs the editor in a bubbletea program as a
// note-taker would use it, and compares the final screen with a golden
// file: `go test ./tui/outline -update` regenerates it.
func TestProgramTypesAnOutline(t *testing.T) {
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

	tm.Type("Why queues back up")
	key("enter", "tab")
	tm.Type("arrival rate beats service rate")
	key("enter", "tab")
	tm.Type("Little's law: L = λW")
	key("enter", "shift+tab")
	// Longer than the 56 cells a bullet at depth 1 has: it soft-wraps.
	tm.Type("a long tail of slow requests holds every worker hostage while the fast ones queue behind")
	key("enter", "shift+tab")
	tm.Type("Fixes")
	key("enter", "tab")
	tm.Type("shed load ")
	key("enter")
	tm.Type("early")
	key("home", "backspace")         // joins "early" onto "shed load "
	key("end", "enter", "backspace") // an empty bullet, removed again
	// Messages reach the program in order, so the quit comes after every key.
	key("ctrl+c")

	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(editorProgram)
	if !ok {
		t.Fatal("the program's final model is not the editor")
	}
	want := "Why queues back up\n" +
		"  arrival rate beats service rate\n" +
		"    Little's law: L = λW\n" +
		"  a long tail of slow requests holds every worker hostage while the fast ones queue behind\n" +
		"Fixes\n" +
		"  shed load early|\n"
	if got := withCursor(final.ed); got != want {
		t.Errorf("outline = %q, want %q", got, want)
	}
	// The frame the user last saw, not the byte stream: how many frames the
	// renderer drew on the way depends on timing, the final one does not.
	golden.RequireEqual(t, ansi.Strip(final.View().Content))

	stored := replay(t, saver, 7)
	nodes := final.ed.o.Nodes()
	if len(stored) != len(nodes) {
		t.Errorf("the saves hold %d bullets, the outline %d", len(stored), len(nodes))
	}
	for _, n := range nodes {
		s, ok := stored[n.ID]
		switch {
		case !ok:
			t.Errorf("bullet %d %q was never saved", n.ID, n.Text)
		case s.Text != n.Text || s.Parent != n.Parent || s.Order != n.Order:
			t.Errorf("bullet %d saved as %q (parent %d, order %q), is %q (parent %d, order %q)",
				n.ID, s.Text, s.Parent, s.Order, n.Text, n.Parent, n.Order)
		}
	}
}
