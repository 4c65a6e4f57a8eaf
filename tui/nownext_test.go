package tui

import (
	"fmt"
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

// roomsEvent is one afternoon in 24 rooms: in each, talks of 25 minutes
// every half hour from 13:00 at a stagger of a minute a room, an all-day
// workshop in the side room, and a coffee break in the hall.
func roomsEvent() sched.Event {
	date := "2019-10-17"
	day := sched.Day{Date: date}
	day.Talks = append(day.Talks, sched.Talk{ID: 900, Start: at(date, "10:00"), End: at(date, "18:00"),
		Title: "Build a keyboard (all day)", Room: "Side room", Kind: sched.KindTalk})
	for slot := range 4 {
		for r := range 24 {
			start := at(date, "13:00").Add(time.Duration(slot*30+r) * time.Minute)
			day.Talks = append(day.Talks, sched.Talk{ID: uint64(1000 + slot*100 + r), Start: start,
				End: start.Add(25 * time.Minute), Title: fmt.Sprintf("Talk %d in room %d", slot+1, r+1),
				Room: fmt.Sprintf("H.%04d", 1300+r), Track: []string{"Go", "Rust"}[r%2], Kind: sched.KindTalk})
		}
	}
	day.Talks = append(day.Talks, sched.Talk{ID: 901, Start: at(date, "14:00"), End: at(date, "14:30"),
		Title: "Coffee", Room: "Hall", Kind: sched.KindBreak})
	return sched.Event{ID: 1, Name: "Rooms Conf", TZ: "Europe/London", Days: []sched.Day{day}}
}

func nowNextModel(t *testing.T, w, h int) tea.Model {
	t.Helper()
	ev := roomsEvent()
	now := at("2019-10-17", "14:10")
	notes := newFakeNotes()
	var m tea.Model = New(Config{Event: ev, Loader: notes, Saver: notes, Schedules: newFakeSchedules(ev),
		Clock: func() time.Time { return now }, timer: heldTimer})
	return run(m, tea.WindowSizeMsg{Width: w, Height: h})
}

func TestNowAndNextListsEveryRoomAndOpensTheChosenTalk(t *testing.T) {
	m := nowNextModel(t, 120, 40)
	m = run(m, press('o', "o"))
	view := ansi.Strip(m.View().Content)
	for _, want := range [][]string{{"Now and next · 14:10 · every room · 25 rooms"},
		// The all-day workshop is on in its room, and says so.
		{"▶", "Side room", "Build a keyboard (all day)", "230 min left"},
		{"▶", "H.1300", "Talk 3 in room 1", "15 min left"},
		{"H.1300", "Talk 4 in room 1", "in 20 min"},
		{"H.1311", "Talk 3 in room 12", "in 1 min"},
		{"▶", "H.1316", "Talk 2 in room 17", "1 min left"},
	} {
		if !hasLineWith(view, want...) {
			t.Errorf("now and next has no line with %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "Coffee") {
		t.Errorf("a break is listed:\n%s", view)
	}
	if strings.Contains(view, "in 0 min") {
		t.Errorf("a talk starting now reads \"in 0 min\":\n%s", view)
	}
	// The second line is room H.1300's talk on now; Enter opens it.
	m = run(m, press('j', "j"))
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	root := m.(*Model)
	if root.nowNext.IsOpen() || root.editor.TalkID() != 1200 || root.focus != focusEditor {
		t.Fatalf("enter: board open %v, editor on %d (focus %v); want closed, 1200 to write in",
			root.nowNext.IsOpen(), root.editor.TalkID(), root.focus)
	}
	if sel, _, _ := root.schedule.Selected(); sel.ID != 1200 {
		t.Errorf("the schedule selects %d, want the talk opened", sel.ID)
	}
}

func TestNowAndNextKeepsToTheFilterAndFollowsTheClock(t *testing.T) {
	now := at("2019-10-17", "14:10")
	clock := &now
	ev := roomsEvent()
	notes := newFakeNotes()
	var m tea.Model = New(Config{Event: ev, Loader: notes, Saver: notes,
		Clock: func() time.Time { return *clock }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, press('f', "f"))
	m = typeInto(m, "track: rust")
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	m = run(m, tea.KeyPressMsg{Code: 'w', Mod: tea.ModAlt})
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "Track: Rust · 12 rooms") || !hasLineWith(view, "Talk 3 in room 2") ||
		hasLineWith(view, "Talk 3 in room 1 ") || strings.Contains(view, "Side room") {
		t.Fatalf("alt+w with the Rust filter on:\n%s", view)
	}
	*clock = at("2019-10-17", "14:20")
	m = run(m, clockMsg(*clock))
	if view := ansi.Strip(m.View().Content); !strings.Contains(view, "Now and next · 14:20") {
		t.Errorf("the board did not follow the clock:\n%s", view)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.(*Model).nowNext.IsOpen() {
		t.Error("esc did not close the board")
	}
}

// hasLineWith reports whether a line of view holds every part, in order.
func hasLineWith(view string, parts ...string) bool {
	for _, l := range strings.Split(view, "\n") {
		rest, ok := l, true
		for _, p := range parts {
			_, after, found := strings.Cut(rest, p)
			if !found {
				ok = false
				break
			}
			rest = after
		}
		if ok {
			return true
		}
	}
	return false
}

// TestGoldenNowAndNext is the board of many parallel rooms at a laptop's
// and a phone's size: `go test ./tui -update` regenerates them.
func TestGoldenNowAndNext(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x40", 120, 40}, {"60x20", 60, 20}} {
		t.Run(size.name, func(t *testing.T) {
			m := nowNextModel(t, size.w, size.h)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size.w, size.h),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
			tm.Send(tea.KeyPressMsg{Code: tea.KeyF3})
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "Now and next") },
				teatest.WithDuration(3*time.Second))
			tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
			golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
		})
	}
}
