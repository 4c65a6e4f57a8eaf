package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// scheduleModel is the test event at 09:40 with a schedule store, and the
// schedule pane focused.
func scheduleModel(t *testing.T) (tea.Model, *fakeSchedules) {
	t.Helper()
	now := at("2019-10-17", "09:40")
	notes := newFakeNotes()
	store := newFakeSchedules(testEvent())
	var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: notes.mustLoad(11), Loader: notes,
		Saver: notes, Schedules: store, Clock: func() time.Time { return now }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	return run(m, tea.KeyPressMsg{Code: tea.KeyEscape}), store
}

func enter() tea.KeyPressMsg { return tea.KeyPressMsg{Code: tea.KeyEnter} }

// fill types each value into the form's next field and presses Enter.
func fill(m tea.Model, values ...string) tea.Model {
	for _, v := range values {
		// Typing yields only the cursor's blink timers: no need to run them.
		m = typeInto(m, v)
		m = run(m, enter())
	}
	return m
}

func TestAddingATalkThroughTheForm(t *testing.T) {
	m, store := scheduleModel(t)
	m = run(m, press('+', "+"))
	if !m.(*Model).form.IsOpen() {
		t.Fatal("+ did not open the talk form")
	}
	m = fill(m, "Open space: alert fatigue", "15:05", "15:35", "Rui Sá", "Blue room", "")
	got := m.(*Model)
	if got.form.IsOpen() {
		t.Fatal("the form is still open after the last field")
	}
	added := store.find(101)
	if added == nil || added.Title != "Open space: alert fatigue" || !added.Manual ||
		!added.Start.Equal(at("2019-10-17", "15:05")) || !added.End.Equal(at("2019-10-17", "15:35")) || added.Room != "Blue room" {
		t.Fatalf("stored %+v", added)
	}
	if _, ok := got.schedule.Select(101); !ok {
		t.Error("the schedule does not show the added talk")
	}
}

func TestEditingTheSelectedTalk(t *testing.T) {
	m, store := scheduleModel(t)
	m = run(m, press('e', "e"))
	// Title, start and end are filled in; change only the room.
	m = fill(m, "", "", "", "", " B", "")
	if got := store.find(11); got.Room != "Main hall B" || got.Title != "Pagers and Sleep" || !got.Start.Equal(at("2019-10-17", "09:30")) {
		t.Fatalf("stored %+v", got)
	}
	if h := m.(*Model).editor.View(); !strings.Contains(h, "Main hall B") {
		t.Errorf("the editor's header still shows the old room:\n%s", h)
	}
}

func TestEscClosesTheFormWithoutSaving(t *testing.T) {
	m, store := scheduleModel(t)
	m = run(m, press('+', "+"))
	m = fill(m, "Half a talk")
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.(*Model).form.IsOpen() || store.find(101) != nil {
		t.Error("esc left the form open or saved the talk")
	}
}

func TestSpaceMarksTheSelectedTalkAttended(t *testing.T) {
	m, store := scheduleModel(t)
	run(m, press(' ', " "))
	store.mu.Lock()
	defer store.mu.Unlock()
	if !store.find(11).Attended {
		t.Error("space did not save the attended mark of the selected talk")
	}
}

func TestWKeySavesTheWatchLaterMarkOfTheSelectedTalk(t *testing.T) {
	m, store := scheduleModel(t)
	run(m, press('w', "w"))
	store.mu.Lock()
	defer store.mu.Unlock()
	if got := store.find(11); !got.WatchLater || got.Attended {
		t.Errorf("w saved watch later %v, attended %v; want true, false", got.WatchLater, got.Attended)
	}
}

func TestDeletingATalkAsksFirst(t *testing.T) {
	m, store := scheduleModel(t)
	m = run(m, press('d', "d"))
	if !m.(*Model).form.IsOpen() {
		t.Fatal("d did not ask")
	}
	m = run(m, press('y', "y"))
	if len(store.deleted) != 1 || store.deleted[0] != 11 {
		t.Fatalf("deleted %v, want [11]", store.deleted)
	}
}
