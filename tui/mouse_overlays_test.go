package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// lineNumberWith is the number of the first screen line holding s, -1
// for none.
func lineNumberWith(m tea.Model, s string) int {
	for i, l := range strings.Split(ansi.Strip(m.View().Content), "\n") {
		if strings.Contains(l, s) {
			return i
		}
	}
	return -1
}

func TestClickOnNowAndNextOpensTheTalk(t *testing.T) {
	m := nowNextModel(t, 120, 40)
	m = run(m, press('o', "o"))
	y := lineNumberWith(m, "Talk 3 in room 1 ")
	if y < 0 {
		t.Fatalf("no line for room 1:\n%s", ansi.Strip(m.View().Content))
	}
	m = run(m, leftClick(60, 0)) // the title: nothing
	if !m.(*Model).nowNext.IsOpen() {
		t.Fatal("a click on the board's title closed it")
	}
	m = run(m, leftClick(60, y))
	root := m.(*Model)
	if root.nowNext.IsOpen() || root.editor.TalkID() != 1200 || root.focus != focusEditor {
		t.Errorf("click: board open %v, editor on %d (focus %v); want closed, 1200 to write in",
			root.nowNext.IsOpen(), root.editor.TalkID(), root.focus)
	}
}

func TestWheelOnNowAndNextMovesTheSelection(t *testing.T) {
	m := nowNextModel(t, 120, 12) // fewer lines than rooms
	m = run(m, press('o', "o"))
	first := lineNumberWith(m, "Side room")
	for range 10 {
		m = run(m, wheel(60, 5, true))
	}
	if lineNumberWith(m, "Side room") == first {
		t.Error("the wheel did not scroll the board")
	}
	for range 10 {
		m = run(m, wheel(60, 5, false))
	}
	if lineNumberWith(m, "Side room") != first {
		t.Error("the wheel up did not scroll the board back")
	}
	if !m.(*Model).nowNext.IsOpen() || m.(*Model).editor.TalkID() != 0 {
		t.Error("the wheel on the board acted on what is under it")
	}
}

func TestWheelScrollsTheDetails(t *testing.T) {
	m := detailsModel(t, 60, 14)
	m = run(m, press('i', "i"))
	top := strings.Split(ansi.Strip(m.View().Content), "\n")[0]
	m = run(m, wheel(10, 5, true))
	if got := strings.Split(ansi.Strip(m.View().Content), "\n")[0]; got == top {
		t.Errorf("the wheel did not scroll the details:\n%s", ansi.Strip(m.View().Content))
	}
	m = run(m, wheel(10, 5, false))
	if got := strings.Split(ansi.Strip(m.View().Content), "\n")[0]; got != top {
		t.Errorf("the wheel up did not scroll back: %q, want %q", got, top)
	}
	m = run(m, leftClick(10, 5))
	if !m.(*Model).details.IsOpen() {
		t.Error("a click in the details closed them")
	}
}
