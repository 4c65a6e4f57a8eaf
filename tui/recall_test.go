package tui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// afternoon is a day of a big conference: an all-day workshop, coffee,
// and talks in four rooms around 14:00.
func afternoon() sched.Event {
	d := "2026-02-04"
	talk := func(from, to, title, room string) sched.Talk {
		return sched.Talk{Start: at(d, from), End: at(d, to), Title: title, Room: room, Speakers: []string{"A. Speaker"}, Kind: sched.KindTalk}
	}
	coffee := talk("14:00", "14:30", "Coffee", "Hall")
	coffee.Kind, coffee.Speakers = sched.KindBreak, nil
	return sched.Event{Name: "Devroom Days", TZ: "Europe/London", Days: []sched.Day{{Date: d, Talks: []sched.Talk{
		talk("10:00", "18:00", "Kubernetes from scratch", "Workshop hall"),
		coffee,
		talk("14:00", "14:30", "Queues in practice", "Room A"),
		talk("14:00", "14:30", "Borrow checker stories", "Room B"),
		talk("14:00", "14:50", "Terminal colours", "Room C"),
		talk("14:05", "14:25", "Rust in space", "Room D"),
		talk("14:35", "15:00", "Async all the way", "Room A"),
		talk("15:00", "15:30", "Room B later", "Room B"),
	}}}}
}

// idOf is the ID of the event's talk with the given title.
func idOf(t *testing.T, ev sched.Event, title string) uint64 {
	t.Helper()
	for _, talk := range ev.All() {
		if talk.Title == title {
			return talk.ID
		}
	}
	t.Fatalf("no talk %q", title)
	return 0
}

// startSession starts lanyard on the notebook at now as cmd/lanyard does:
// where the user was, the talk the start rule gives with it, its outline
// loaded, edits and where the user is going to the writer.
func startSession(t *testing.T, nb *store.Notebook, ev sched.Event, now time.Time) (*teatest.TestModel, *store.Writer) {
	t.Helper()
	resume, err := nb.Resume(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	day, talk, _ := ev.StartIn(now, resume.Talk)
	o, err := nb.LoadOutline(talk)
	if err != nil {
		t.Fatal(err)
	}
	w := nb.NewWriter(nil)
	m := New(Config{Event: ev, Day: day, Talk: talk, Outline: o, Loader: nb, Saver: w,
		Resume: resume, Resumes: w, Clock: func() time.Time { return now }})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	return tm, w
}

// quit ends a session as the user does and waits for its notes on disk.
func quit(t *testing.T, tm *teatest.TestModel, w *store.Writer) *Model {
	t.Helper()
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return final
}

// TestReturnsWhereTheUserWasAfterARestart: at 14:10 the user filters the
// schedule to one room, writes in its talk, goes back to the first bullet
// to finish it, and quits. Started again five minutes later, lanyard is
// where they left: that talk, the cursor at the end of that bullet, the
// room filter on. Started again after the talk ended, it opens the talk
// the on-now rule gives, not the workshop running all day.
func TestReturnsWhereTheUserWasAfterARestart(t *testing.T) {
	nb, err := store.Open(filepath.Join(t.TempDir(), "lanyard.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer nb.Close()
	ev, err := nb.CreateEvent(afternoon())
	if err != nil {
		t.Fatal(err)
	}
	borrow := idOf(t, ev, "Borrow checker stories")

	tm, w := startSession(t, nb, ev, at("2026-02-04", "14:10"))
	waitForText(t, tm, "Rust in space") // the talk that started last
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(press('f', "f"))
	tm.Type("room b")
	waitForText(t, tm, "Room: Room B")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "Feb · Room: Room B")     // the heading: the filter is on
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // write in the talk selected
	// The terminal's cursor shows once the editor has the talk's notes.
	waitForText(t, tm, ansi.ShowCursor)
	tm.Type("ownership as a contract")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Type("lifetimes in practice")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyUp})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnd})
	tm.Type(", not a fight")
	first := quit(t, tm, w)
	if first.editor.TalkID() != borrow {
		t.Fatalf("the user wrote in talk %d; want %q (%d)", first.editor.TalkID(), "Borrow checker stories", borrow)
	}
	kept, err := nb.Resume(ev.ID)
	if err != nil || kept.Talk != borrow || kept.Filter != "room:Room B" || kept.Node == 0 {
		t.Fatalf("the notebook keeps %+v, %v; want the talk, its bullet and the room filter", kept, err)
	}

	tm, w = startSession(t, nb, ev, at("2026-02-04", "14:15"))
	waitForText(t, tm, "Room: Room B")
	tm.Type("!") // lands where the cursor was left
	again := quit(t, tm, w)
	if again.editor.TalkID() != borrow {
		t.Errorf("five minutes later lanyard opens talk %d; want the one written in, %d", again.editor.TalkID(), borrow)
	}
	if got := again.schedule.FilterValue(); got != "room:Room B" {
		t.Errorf("five minutes later the filter is %q; want room:Room B", got)
	}
	o, err := nb.LoadOutline(borrow)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, n := range o.Nodes() {
		texts = append(texts, n.Text)
	}
	if want := "ownership as a contract, not a fight!|lifetimes in practice"; strings.Join(texts, "|") != want {
		t.Errorf("notes after typing at the resumed cursor: %q; want %q", strings.Join(texts, "|"), want)
	}

	tm, w = startSession(t, nb, ev, at("2026-02-04", "14:40"))
	waitForText(t, tm, "Async all the way")
	later := quit(t, tm, w)
	if async := idOf(t, ev, "Async all the way"); later.editor.TalkID() != async {
		t.Errorf("after the talk ended lanyard opens %d; want the talk on now, %q (%d)", later.editor.TalkID(), "Async all the way", async)
	}
}

// resumeLog records what the root sends to be kept.
type resumeLog struct{ sent []sched.Resume }

func (r *resumeLog) SaveResume(_ uint64, v sched.Resume) { r.sent = append(r.sent, v) }

// TestAResumeThatNoLongerFitsIsSteppedOver: a bullet deleted since, an
// offset out of range or a room the schedule lost start lanyard all the
// same, at the talk, with every talk shown, and nothing is written back
// until the user writes or filters.
func TestAResumeThatNoLongerFitsIsSteppedOver(t *testing.T) {
	notes := newFakeNotes()
	o := notes.mustLoad(11)
	o.Append("the only bullet")
	log := &resumeLog{}
	now := at("2019-10-17", "09:40")
	var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: o, Loader: notes, Saver: notes,
		Resume: sched.Resume{Talk: 11, Node: 999, Offset: -5, Filter: "room:Gone"}, Resumes: log,
		Clock: func() time.Time { return now }, timer: heldTimer})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 24})
	got := m.(*Model)
	if got.editor.TalkID() != 11 || got.schedule.Filtering() {
		t.Errorf("opened talk %d, filtering %v; want talk 11 and every talk shown", got.editor.TalkID(), got.schedule.Filtering())
	}
	if len(log.sent) != 0 {
		t.Errorf("starting sent %+v; want nothing until the user acts", log.sent)
	}
	m = typeInto(m, "!")
	if len(log.sent) == 0 || log.sent[len(log.sent)-1].Talk != 11 || log.sent[len(log.sent)-1].Node == 999 {
		t.Errorf("after typing, sent %+v; want talk 11 and the bullet typed in", log.sent)
	}
}

// TestCaptureGoesToTheTalkWrittenInLast: a note from lanyard add beside
// the app lands, among parallel items none attended, in the one the user
// writes in, not the slot the rule would give without it.
func TestCaptureGoesToTheTalkWrittenInLast(t *testing.T) {
	ev := testEvent()
	ev.Days[0].Talks[3].Items[0].Attended = false // the ignites: none attended
	notes := newFakeNotes()
	now := at("2019-10-17", "10:20")
	var m tea.Model = New(Config{Event: ev, Talk: 15, Outline: notes.mustLoad(15), Loader: notes, Saver: notes,
		Schedules: newFakeSchedules(ev), Clock: func() time.Time { return now }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if _, id, _ := ev.StartIn(now, 0); id != 13 {
		t.Fatalf("without notes written the rule gives %d; want the slot, 13", id)
	}
	m = typeInto(m, "written in the second ignite")
	captured(m, CaptureMsg{Clip: doc.Clip{{Text: "from the phone"}}})
	if got := notes.savedTexts(15); !slices.Contains(got, "from the phone") {
		t.Errorf("item 15, written in last, got %q; want the captured note", got)
	}
	if got := notes.savedTexts(13); len(got) != 0 {
		t.Errorf("the slot got %q; want nothing", got)
	}
}
