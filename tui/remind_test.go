package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestReminderAppearsAtTheRightMinute drives the program's clock towards
// the attended talk at 10:00 (trackEvent): the reminder is in the status
// bar at 09:55 (that none comes at 09:54 is TestReminderIsGivenOnce's).
func TestReminderAppearsAtTheRightMinute(t *testing.T) {
	clock := &testClock{now: at("2025-06-12", "09:53")}
	notes := newFakeNotes()
	ev := trackEvent()
	m := New(Config{Event: ev, Talk: 30, Outline: notes.mustLoad(30), Loader: notes, Saver: notes,
		Clock: clock.Now, Remind: 5 * time.Minute, timer: heldTimer})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	const reminder = "in 5 min: Channels in practice · Room B"
	// The ticks are not awaited on screen: the renderer rewrites only the
	// cells that change, so "09:54" may never be written whole. Messages
	// reach the program in order, and the final model has had them all.
	clock.Set(at("2025-06-12", "09:54"))
	tm.Send(clockMsg(clock.Now()))
	clock.Set(at("2025-06-12", "09:55"))
	tm.Send(clockMsg(clock.Now()))
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*Model)
	if status := ansi.Strip(final.status.View()); !strings.Contains(status, reminder) {
		t.Errorf("the status bar at 09:55 reads %q", status)
	}
}

// rawOut is what the commands of one Update print to the terminal raw.
func rawOut(cmd tea.Cmd) string {
	var b strings.Builder
	for _, msg := range drain(cmd) {
		if raw, ok := msg.(tea.RawMsg); ok {
			b.WriteString(raw.Msg.(string))
		}
	}
	return b.String()
}

func TestReminderIsGivenOnceAndNotifiesAsAsked(t *testing.T) {
	for _, c := range []struct {
		notify Notify
		want   string
	}{
		{NotifyOff, ""},
		{NotifyBell, "\a"},
		{NotifyOSC9, "\x1b]9;in 3 min: Channels in practice · Room B\a"},
		{NotifyOSC777, "\x1b]777;notify;lanyard;in 3 min: Channels in practice · Room B\a"},
	} {
		t.Run(NotifyNames[c.notify], func(t *testing.T) {
			ev := trackEvent()
			ev.Days[0].Talks[3].Title = "Channels\x1b]0;x\x07 in practice" // never raw to the terminal
			notes := newFakeNotes()
			var m tea.Model = New(Config{Event: ev, Talk: 30, Outline: notes.mustLoad(30), Loader: notes, Saver: notes,
				Clock: func() time.Time { return at("2025-06-12", "09:50") }, Remind: 3 * time.Minute,
				Notify: c.notify, timer: heldTimer})
			m = run(m, tea.WindowSizeMsg{Width: 100, Height: 20})
			m, cmd := m.Update(clockMsg(at("2025-06-12", "09:56")))
			if got := rawOut(cmd); got != "" || strings.Contains(ansi.Strip(m.View().Content), "in 4 min:") {
				t.Errorf("reminded 4 minutes ahead with a lead of 3: %q", got)
			}
			m, cmd = m.Update(clockMsg(at("2025-06-12", "09:57")))
			if got := rawOut(cmd); got != c.want {
				t.Errorf("notification %q, want %q", got, c.want)
			}
			m, cmd = m.Update(clockMsg(at("2025-06-12", "09:58")))
			if got := rawOut(cmd); got != "" {
				t.Errorf("reminded twice: %q", got)
			}
		})
	}
}

func TestParseNotify(t *testing.T) {
	for in, want := range map[string]Notify{"off": NotifyOff, "Bell": NotifyBell, "osc9": NotifyOSC9, "osc777": NotifyOSC777} {
		if got, err := ParseNotify(in); err != nil || got != want {
			t.Errorf("ParseNotify(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseNotify("loud"); err == nil || !strings.Contains(err.Error(), "bell") {
		t.Errorf("ParseNotify(loud) err = %v; want one naming the choices", err)
	}
}
