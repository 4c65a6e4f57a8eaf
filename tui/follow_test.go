package tui

import (
	"bytes"
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

// testClock is a clock the test moves, as --now starts one that runs.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *testClock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.now = t }

// trackEvent is a two-day conference with two tracks in parallel rooms;
// the user attends "Channels in practice" at 10:00.
func trackEvent() sched.Event {
	d1, d2 := "2025-06-12", "2025-06-13"
	talk := func(id uint64, day, from, to, title, speaker, room, track string) sched.Talk {
		return sched.Talk{ID: id, Start: at(day, from), End: at(day, to), Title: title,
			Speakers: []string{speaker}, Room: room, Track: track, Kind: sched.KindTalk}
	}
	attended := talk(33, d1, "10:00", "10:30", "Channels in practice", "Noor Haddad", "Room B", "Go")
	attended.Attended = true
	return sched.Event{ID: 1, Name: "Gopher Summit", TZ: "Europe/London", Days: []sched.Day{
		{Date: d1, Talks: []sched.Talk{
			talk(30, d1, "09:30", "10:00", "Indexes you forgot", "Ada Brink", "Room A", "Databases"),
			talk(31, d1, "09:30", "10:00", "Generics in anger", "Rui Tavares", "Room B", "Go"),
			talk(32, d1, "10:00", "10:30", "WAL files explained", "Nadia Petrov", "Room A", "Databases"),
			attended,
		}},
		{Date: d2, Talks: []sched.Talk{
			talk(40, d2, "09:30", "10:00", "Profiling a toaster", "Sven Aalto", "Room B", "Go"),
		}},
	}}
}

// TestFollowTheDay drives the program as a user would under --now: to the
// next day and back, the day filtered to one track, then the clock reaches
// the attended talk and its outline opens by itself.
func TestFollowTheDay(t *testing.T) {
	clock := &testClock{now: at("2025-06-12", "09:59").Add(30 * time.Second)}
	notes := newFakeNotes()
	ev := trackEvent()
	m := New(Config{Event: ev, Talk: 30, Outline: notes.mustLoad(30), Loader: notes, Saver: notes,
		Schedules: newFakeSchedules(ev), Clock: clock.Now})
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(3*time.Second))
	}
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyRight})
	waitFor("Profiling a toaster")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyLeft})
	tm.Send(press('f', "f"))
	tm.Type("go")
	waitFor("Track: Go")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("· Track: Go")
	clock.Set(at("2025-06-12", "10:00"))
	tm.Send(clockMsg(clock.Now()))
	waitFor("Noor Haddad · 10:00")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*Model)
	if final.editor.TalkID() != 33 || final.focus != focusEditor {
		t.Errorf("at 10:00 the editor shows talk %d (focus %v), want the attended 33 ready to type", final.editor.TalkID(), final.focus)
	}
	golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
}
