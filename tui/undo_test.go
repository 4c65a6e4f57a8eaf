package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	sched "lanyard/store/schedule"
)

func selectedID(t *testing.T, m tea.Model) uint64 {
	t.Helper()
	talk, _, ok := m.(*Model).schedule.Selected()
	if !ok {
		t.Fatal("no talk selected")
	}
	return talk.ID
}

// After a delete the selection stays where it was, on the talk that took
// the deleted one's place; u and ctrl+z put deleted talks back, the last
// first, and select them.
func TestDeletedTalksComeBackWithUndo(t *testing.T) {
	m, store := scheduleModel(t)
	// The talk on now (11) is selected at start; Coffee (12) is below it,
	// the slot of ignites (13) below that.
	m = run(m, press('j', "j"))
	if id := selectedID(t, m); id != 12 {
		t.Fatalf("selected %d, want 12", id)
	}
	m = run(run(m, press('d', "d")), press('y', "y"))
	if id := selectedID(t, m); id != 13 {
		t.Fatalf("after deleting talk 12 the selection is on %d, want 13, the talk in its place", id)
	}
	m = run(m, press('k', "k"))
	m = run(run(m, press('d', "d")), press('y', "y"))
	if store.find(11) != nil || store.find(12) != nil {
		t.Fatal("the talks were not deleted")
	}
	m = run(m, press('u', "u"))
	if store.find(11) == nil || store.find(12) != nil {
		t.Fatal("u did not put back the talk deleted last (11) alone")
	}
	if id := selectedID(t, m); id != 11 {
		t.Errorf("after undo the selection is on %d, want the talk put back, 11", id)
	}
	m = run(m, ctrl('z'))
	if store.find(12) == nil {
		t.Fatal("ctrl+z did not put back talk 12")
	}
	if id := selectedID(t, m); id != 12 {
		t.Errorf("after undo the selection is on %d, want 12", id)
	}
	if got := titles(store.event.Days[0]); got[1] != "Pagers and Sleep" || got[2] != "Coffee" {
		t.Errorf("day after undoing both: %q", got)
	}
	m = run(m, press('u', "u"))
	if msg := m.(*Model).status.View(); !strings.Contains(msg, "nothing to undo") {
		t.Errorf("u with nothing to undo says %q", msg)
	}
}

// A page left with nothing written in it goes when the user leaves it,
// without asking; u brings it back. A page with a note stays.
func TestAnEmptyPageGoesWhenLeftAndComesBackWithUndo(t *testing.T) {
	m, store := scheduleModel(t)
	m = run(m, ctrl('n'))
	page := m.(*Model).editor.TalkID()
	if talk := store.find(page); talk == nil || talk.Kind != sched.KindPage || m.(*Model).focus != focusEditor {
		t.Fatalf("ctrl+n did not open a new page to write in (editor on %d)", page)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if store.find(page) != nil {
		t.Fatal("the empty page is still in the schedule after leaving it")
	}
	if m.(*Model).editor.TalkID() == page {
		t.Error("the editor still shows the removed page")
	}
	m = run(m, press('u', "u"))
	if store.find(page) == nil {
		t.Fatal("u did not bring the empty page back")
	}

	m = run(m, enter()) // the page put back is selected: write in it
	if m.(*Model).editor.TalkID() != page {
		t.Fatalf("enter opened %d, want the page %d", m.(*Model).editor.TalkID(), page)
	}
	m = typeInto(m, "hallway: ask about pagers")
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	m = run(m, press('k', "k"))
	if store.find(page) == nil {
		t.Error("a page with a note was removed when left")
	}
}

func titles(d sched.Day) []string {
	var out []string
	for _, t := range d.Talks {
		out = append(out, t.Title)
	}
	return out
}

// TestGoldenUndoDelete runs the program as a user would: delete the
// selected talk, see the next one take its place, put it back with u.
func TestGoldenUndoDelete(t *testing.T) {
	notes := newFakeNotes()
	ev := testEvent()
	store := newFakeSchedules(ev)
	m := New(Config{Event: ev, Talk: 11, Outline: notes.mustLoad(11), Loader: notes, Saver: notes,
		Schedules: store, Clock: func() time.Time { return at("2019-10-17", "09:40") }})
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(press('d', "d"))
	waitForText(t, tm, "Delete “Pagers and Sleep”?")
	tm.Send(press('y', "y"))
	teatest.WaitFor(t, tm.Output(), func([]byte) bool {
		store.mu.Lock()
		defer store.mu.Unlock()
		return store.find(11) == nil
	}, teatest.WithDuration(3*time.Second))
	tm.Send(press('u', "u"))
	teatest.WaitFor(t, tm.Output(), func([]byte) bool {
		store.mu.Lock()
		defer store.mu.Unlock()
		return store.find(11) != nil
	}, teatest.WithDuration(3*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*Model)
	if talk, _, _ := final.schedule.Selected(); talk.ID != 11 {
		t.Errorf("after undo the selection is on %d, want the talk put back, 11", talk.ID)
	}
	golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
}
