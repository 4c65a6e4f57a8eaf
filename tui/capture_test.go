package tui

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/status"
)

// captureModel is the test event at now, with a schedule store, on screen.
func captureModel(t *testing.T, now time.Time) (tea.Model, *fakeNotes, *fakeSchedules) {
	t.Helper()
	notes := newFakeNotes()
	store := newFakeSchedules(testEvent())
	ev := testEvent()
	talk := ev.Days[0].Opening(now, 0)
	var m tea.Model = New(Config{Event: ev, Talk: talk, Outline: notes.mustLoad(talk), Loader: notes,
		Saver: notes, Schedules: store, Clock: func() time.Time { return now }, timer: heldTimer})
	return run(m, tea.WindowSizeMsg{Width: 120, Height: 40}), notes, store
}

// captured sends a capture and returns the model and the channel its
// answer comes on.
func captured(m tea.Model, c CaptureMsg) (tea.Model, chan CaptureResult) {
	reply := make(chan CaptureResult, 1)
	c.Reply = reply
	return run(m, c), reply
}

// noAnswer fails the test if the capture has been answered.
func noAnswer(t *testing.T, reply chan CaptureResult, when string) {
	t.Helper()
	select {
	case r := <-reply:
		t.Fatalf("answered %s: %+v", when, r)
	default:
	}
}

// answered returns the capture's answer, failing the test if there is none.
func answered(t *testing.T, reply chan CaptureResult) CaptureResult {
	t.Helper()
	select {
	case r := <-reply:
		return r
	default:
		t.Fatal("no answer")
	}
	return CaptureResult{}
}

func TestCaptureShowsInTheTalkOnScreenAndAnswersOnceOnDisk(t *testing.T) {
	m, notes, _ := captureModel(t, at("2019-10-17", "09:40"))
	m = typeInto(m, "the user writes a wo")
	x, y, _ := m.(*Model).editor.Cursor()
	before := notes.LastSave()

	m, reply := captured(m, CaptureMsg{Clip: doc.Clip{{Text: "from the phone"}, {Depth: 1, Text: "nested under it"}}})
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "• from the phone") || !strings.Contains(view, "nested under it") {
		t.Fatalf("added bullets not on screen:\n%s", view)
	}
	if got := notes.savedTexts(11); !slices.Contains(got, "from the phone") || !slices.Contains(got, "nested under it") {
		t.Fatalf("the writer got %q for the talk on now", got)
	}
	if nx, ny, _ := m.(*Model).editor.Cursor(); nx != x || ny != y {
		t.Errorf("the user's cursor moved from %d,%d to %d,%d", x, y, nx, ny)
	}
	noAnswer(t, reply, "before the writer reported anything")
	m = run(m, status.SaveMsg{Committed: before, Pending: 1})
	noAnswer(t, reply, "with only the edits before it on disk")
	m = run(m, status.SaveMsg{Committed: notes.LastSave()})
	r := answered(t, reply)
	if r.Err != nil || r.TalkID != 11 || r.Title != "Pagers and Sleep" || r.When != "09:30" || r.Bullets != 2 {
		t.Errorf("answer = %+v; want 2 bullets in talk 11, Pagers and Sleep, 09:30", r)
	}
	m = typeInto(m, "rd")
	if got := notes.savedTexts(11); got[len(got)-1] != "the user writes a word" {
		t.Errorf("the user's typing after the capture saved %q", got[len(got)-1])
	}
}

func TestCaptureIntoATalkNotInMemoryLoadsItFirst(t *testing.T) {
	m, notes, _ := captureModel(t, at("2019-10-17", "09:40"))
	stored := doc.New()
	stored.Append("written yesterday")
	stored.TakeChanges()
	notes.outlines[20] = stored

	m, reply := captured(m, CaptureMsg{TalkID: 20, Clip: doc.Clip{{Text: "a thought for tomorrow"}}})
	m = run(m, status.SaveMsg{Committed: notes.LastSave()})
	if r := answered(t, reply); r.Err != nil || r.TalkID != 20 || r.Title != "Logs Nobody Reads" {
		t.Fatalf("answer = %+v", r)
	}
	if got := shapeOf(stored); got != "written yesterday\na thought for tomorrow\n" {
		t.Errorf("talk 20's outline:\n%s", got)
	}
	if m.(*Model).editor.TalkID() != 11 {
		t.Errorf("the editor moved to talk %d", m.(*Model).editor.TalkID())
	}
	if view := ansi.Strip(m.View().Content); !strings.Contains(view, "added 1 bullet to “Logs Nobody Reads”") {
		t.Errorf("the status bar does not say where the bullet went:\n%s", view)
	}
}

// shapeOf lists an outline's rows, indented two spaces per level.
func shapeOf(o *doc.Outline) string {
	var b strings.Builder
	for r := range o.Len() {
		b.WriteString(strings.Repeat("  ", o.At(r).Depth) + o.At(r).Text + "\n")
	}
	return b.String()
}

func TestCaptureToAPageMakesItOnceAndFindsItAfter(t *testing.T) {
	m, notes, store := captureModel(t, at("2019-10-17", "09:40"))
	m, first := captured(m, CaptureMsg{Page: "Hallway", Clip: doc.Clip{{Text: "one"}}})
	m, second := captured(m, CaptureMsg{Page: "hallway", Clip: doc.Clip{{Text: "two"}}})
	m = run(m, status.SaveMsg{Committed: notes.LastSave()})
	a, b := answered(t, first), answered(t, second)
	if a.Err != nil || b.Err != nil || a.TalkID != b.TalkID || a.Title != "Hallway" || a.When != "09:40" {
		t.Fatalf("answers %+v and %+v; want both on one new page Hallway at 09:40", a, b)
	}
	ev, _ := store.Event(1)
	pages := 0
	for _, talk := range ev.All() {
		if talk.Kind == sched.KindPage {
			pages++
		}
	}
	if pages != 1 {
		t.Errorf("%d pages made, want 1", pages)
	}
	if got := notes.savedTexts(a.TalkID); !slices.Equal(got, []string{"one", "two"}) {
		t.Errorf("page got %q", got)
	}
	if !strings.Contains(ansi.Strip(m.View().Content), "Hallway") {
		t.Error("the new page is not in the schedule on screen")
	}
}

func TestCaptureWithNowhereToGoWritesNothing(t *testing.T) {
	cases := []struct {
		name string
		now  time.Time
		msg  CaptureMsg
		want error
	}{
		{"between the event's days", at("2019-10-20", "10:00"), CaptureMsg{}, sched.ErrNothingOn},
		{"a talk the event does not have", at("2019-10-17", "09:40"), CaptureMsg{TalkID: 999}, sched.ErrNotInEvent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, notes, _ := captureModel(t, c.now)
			before := notes.LastSave()
			c.msg.Clip = doc.Clip{{Text: "lost"}}
			_, reply := captured(m, c.msg)
			if r := answered(t, reply); !errors.Is(r.Err, c.want) {
				t.Errorf("answer %+v, want %v", r, c.want)
			}
			if notes.LastSave() != before {
				t.Error("something was saved")
			}
		})
	}
}

func TestCaptureAnswersWhenTheWriterStops(t *testing.T) {
	m, _, _ := captureModel(t, at("2019-10-17", "09:40"))
	m, reply := captured(m, CaptureMsg{Clip: doc.Clip{{Text: "x"}}})
	run(m, status.SaveMsg{Stopped: true, Err: errors.New("replaced")})
	if r := answered(t, reply); r.Err == nil || !strings.Contains(r.Err.Error(), "only on its screen") {
		t.Errorf("answer = %+v, want an error saying the bullets are not on disk", r)
	}
}
