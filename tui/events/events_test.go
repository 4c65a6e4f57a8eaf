package events

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

func event(id uint64, name string, days ...string) sched.Event {
	ev := sched.Event{ID: id, Name: name, TZ: "UTC"}
	for _, d := range days {
		start, _ := time.Parse("2006-01-02 15:04", d+" 09:00")
		ev.Days = append(ev.Days, sched.Day{Date: d, Talks: []sched.Talk{{ID: id*100 + uint64(len(ev.Days)), Start: start, Title: "A talk"}}})
	}
	return ev
}

func keyPress(text string) tea.KeyPressMsg {
	switch text {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: rune(text[0]), Text: text}
}

func opened(evs []sched.Event, current uint64, width, height int) Model {
	return New(theme.New(true)).SetSize(width, height).Open(evs, current)
}

func TestEnterChoosesTheSelectedEventAndEscChoosesNone(t *testing.T) {
	evs := []sched.Event{event(1, "Camp", "2019-08-21", "2019-08-22"), event(2, "FOSDEM", "2024-02-03"), event(3, "DebConf", "2023-09-10")}
	m := opened(evs, 2, 60, 10)
	m, _ = m.Update(keyPress("j"))
	m, cmd := m.Update(keyPress("enter"))
	if m.IsOpen() {
		t.Error("the list is still open after enter")
	}
	if msg, ok := cmd().(ChooseMsg); !ok || msg.EventID != 3 {
		t.Errorf("enter from the event shown, one down, chose %#v, want event 3", cmd())
	}
	m = opened(evs, 2, 60, 10)
	m, cmd = m.Update(keyPress("esc"))
	if _, ok := cmd().(CloseMsg); !ok || m.IsOpen() {
		t.Errorf("esc: %#v, open %v", cmd(), m.IsOpen())
	}
}

func TestEachEventShowsItsDaysAndTalksAndTheOneShownIsMarked(t *testing.T) {
	evs := []sched.Event{event(1, "Camp", "2019-08-21", "2019-08-22"), event(2, "FOSDEM", "2024-02-03")}
	view := opened(evs, 2, 80, 6).View()
	for _, want := range []string{"  Camp  2019-08-21 – 2019-08-22 · 2 talks", "• FOSDEM  2024-02-03 · 1 talk"} {
		if !strings.Contains(ansi.Strip(view), want) {
			t.Errorf("the list lacks %q:\n%s", want, view)
		}
	}
}

// Every frame is exactly the overlay's size, whatever the names: long,
// wide or holding escape sequences, and however many events there are.
func TestTheListFitsAndScrollsToTheSelection(t *testing.T) {
	var evs []sched.Event
	for i := range 40 {
		evs = append(evs, event(uint64(i+1), strings.Repeat("会議 ", i)+"\x1b]8;;http://x\x07link\x1b]8;;\x07", "2024-02-03"))
	}
	for _, size := range [][2]int{{120, 40}, {60, 20}, {20, 5}, {1, 1}} {
		m := opened(evs, 40, size[0], size[1])
		lines := strings.Split(m.View(), "\n")
		if len(lines) != size[1] {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: a line of %d cells", size, w)
			}
			if strings.Contains(l, "\x1b]") || strings.Contains(l, "\x07") {
				t.Errorf("%v: an escape sequence from a name reached the screen: %q", size, l)
			}
		}
		if size[1] > 3 && !strings.Contains(m.View(), "• ") {
			t.Errorf("%v: the selected last event is not in view", size)
		}
	}
}

func TestAnEmptyNotebookSaysHowToStart(t *testing.T) {
	if view := opened(nil, 0, 60, 5).View(); !strings.Contains(view, "lanyard import schedule FILE") {
		t.Errorf("no events:\n%s", view)
	}
	m := opened(nil, 0, 60, 5)
	if _, cmd := m.Update(keyPress("enter")); cmd != nil {
		t.Error("enter on an empty list chose something")
	}
}
