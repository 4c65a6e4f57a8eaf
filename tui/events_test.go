package tui

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	sched "lanyard/store/schedule"
)

// fakeEventBook is a notebook of events in memory.
type fakeEventBook struct {
	mu         sync.Mutex
	events     []sched.Event
	lastOpened uint64
}

func (b *fakeEventBook) Events() ([]sched.Event, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.events, nil
}

func (b *fakeEventBook) Event(id uint64) (sched.Event, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ev := range b.events {
		if ev.ID == id {
			return ev, nil
		}
	}
	return sched.Event{}, errors.New("no such event")
}

func (b *fakeEventBook) SetLastOpened(id uint64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.lastOpened = id
	return nil
}

func (b *fakeEventBook) opened() uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.lastOpened
}

// twoEvents is the test event and the Gopher Summit, whose name a hostile
// old notebook left with an escape sequence in it.
func twoEvents() *fakeEventBook {
	gophers := trackEvent()
	gophers.ID = 2
	gophers.Name = "Gopher Summit \x1b[31mred\x1b[0m"
	return &fakeEventBook{events: []sched.Event{gophers, testEvent()}}
}

// eventsProgram runs the app on the test event at 09:40 with the events
// of book, at width×height.
func eventsProgram(t *testing.T, book *fakeEventBook, width, height int) *teatest.TestModel {
	t.Helper()
	notes := newFakeNotes()
	ev := testEvent()
	m := New(Config{Event: ev, Talk: 11, Outline: notes.mustLoad(11), Loader: notes, Saver: notes,
		Schedules: newFakeSchedules(ev), Events: book, Clock: func() time.Time { return at("2019-10-17", "09:40") }})
	return teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(width, height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

func waitForText(t *testing.T, tm *teatest.TestModel, what string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
		teatest.WithDuration(5*time.Second))
}

// E lists the notebook's events; choosing one shows its schedule, opens
// it where a start would, and makes it the one the next start opens.
func TestSwitchingToAnotherEvent(t *testing.T) {
	book := twoEvents()
	tm := eventsProgram(t, book, 120, 40)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(press('E', "E"))
	waitForText(t, tm, "Events in this notebook (2)")
	tm.Send(press('k', "k")) // the list starts on the event shown, the second
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "opened Gopher Summit")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*Model)
	if id := final.schedule.Event().ID; id != 2 {
		t.Fatalf("the schedule shows event %d after choosing the Gopher Summit (2)", id)
	}
	if got := book.opened(); got != 2 {
		t.Errorf("the next start would open event %d, want 2", got)
	}
	if id := final.editor.TalkID(); id != 30 {
		t.Errorf("the editor shows talk %d, want the Summit's first talk 30", id)
	}
	if final.focus != focusSchedule {
		t.Error("after switching the schedule does not have the keys")
	}
	if strings.Contains(final.View().Content, "\x1b[31m") {
		t.Error("an escape sequence from an event's name reached the terminal")
	}
}

// Esc closes the list and changes nothing.
func TestEscClosesTheEventsListWithoutSwitching(t *testing.T) {
	m, _ := scheduleModel(t)
	mm := m.(*Model)
	mm.cfg.Events = twoEvents()
	m = run(mm, press('E', "E"))
	if !m.(*Model).eventList.IsOpen() {
		t.Fatal("E did not open the events list")
	}
	m = run(m, press('k', "k"))
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.(*Model).eventList.IsOpen() || m.(*Model).schedule.Event().ID != 1 {
		t.Errorf("esc: list open %v, event %d", m.(*Model).eventList.IsOpen(), m.(*Model).schedule.Event().ID)
	}
}

// The list at 60×20: every line whole or cut with …, the names first.
func TestGoldenEventsNarrow(t *testing.T) {
	book := twoEvents()
	long := testEvent()
	long.ID, long.Name = 3, strings.Repeat("A conference with a very long name ", 4)
	long.Days = nil
	book.events = append(book.events, long)
	tm := eventsProgram(t, book, 60, 20)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(press('E', "E"))
	waitForText(t, tm, "Events in this notebook (3)")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*Model)
	view := ansi.Strip(final.View().Content)
	for _, l := range strings.Split(view, "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("a line of %d cells at 60 wide: %q", w, l)
		}
	}
	golden.RequireEqual(t, []byte(view))
}
