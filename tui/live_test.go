package tui

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// fakeSchedules is the notebook's schedule in memory, saving as the store
// does.
type fakeSchedules struct {
	mu      sync.Mutex
	event   sched.Event
	next    uint64
	deleted []uint64
}

func newFakeSchedules(ev sched.Event) *fakeSchedules { return &fakeSchedules{event: ev, next: 100} }

func (f *fakeSchedules) find(id uint64) *sched.Talk {
	for d := range f.event.Days {
		if t, _ := f.event.Days[d].Find(id); t != nil {
			return t
		}
	}
	return nil
}

func (f *fakeSchedules) SetAttended(_, id uint64, attended bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.find(id).Attended = attended
	return nil
}

func (f *fakeSchedules) SetWatchLater(_, id uint64, later bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := f.find(id)
	if t == nil {
		return errors.New("no such talk")
	}
	t.WatchLater = later
	return nil
}

func (f *fakeSchedules) AddTalk(_ uint64, date string, t sched.Talk) (sched.Talk, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	t.ID = f.next
	i := f.event.DayIndex(date)
	if i < 0 {
		f.event.Days = append(f.event.Days, sched.Day{Date: date})
		i = len(f.event.Days) - 1
	}
	f.event.Days[i].Talks = append(f.event.Days[i].Talks, t)
	return t, nil
}

func (f *fakeSchedules) UpdateTalk(_ uint64, _ string, t sched.Talk) (sched.Talk, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t.Manual = true
	*f.find(t.ID) = t
	return t, nil
}

// DeleteTalk takes a talk (not an item) out of its day, as the store
// does, and returns what RestoreTalk needs to put it back.
func (f *fakeSchedules) DeleteTalk(ev, id uint64) (store.RemovedTalk, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.deleted = append(f.deleted, id)
	// The UI holds the event Event returned: change a copy of its days.
	f.event.Days = slices.Clone(f.event.Days)
	for d := range f.event.Days {
		day := &f.event.Days[d]
		if i := slices.IndexFunc(day.Talks, func(t sched.Talk) bool { return t.ID == id }); i >= 0 {
			removed := store.RemovedTalk{EventID: ev, Date: day.Date, Talk: day.Talks[i], Index: i}
			day.Talks = slices.Delete(slices.Clone(day.Talks), i, i+1)
			return removed, nil
		}
	}
	return store.RemovedTalk{}, nil
}

func (f *fakeSchedules) RestoreTalk(r store.RemovedTalk) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	d := f.event.DayIndex(r.Date)
	f.event.Days = slices.Clone(f.event.Days)
	f.event.Days[d].Talks = slices.Insert(slices.Clone(f.event.Days[d].Talks), r.Index, r.Talk)
	return nil
}

func (f *fakeSchedules) Event(uint64) (sched.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.event, nil
}

// liveModel is the test event at 09:40 on day one, with "Fast Postmortems"
// (an item of the 10:15 ignites) attended instead of "Small Runbooks", and
// a clock the test moves.
func liveModel(t *testing.T) (*Model, *time.Time, *fakeNotes) {
	t.Helper()
	now := at("2019-10-17", "09:40")
	ev := testEvent()
	ignites := &ev.Days[0].Talks[3]
	ignites.Items[0].Attended, ignites.Items[1].Attended = false, true
	notes := newFakeNotes()
	m := New(Config{Event: ev, Talk: 11, Outline: notes.mustLoad(11), Loader: notes, Saver: notes,
		Schedules: newFakeSchedules(ev), Clock: func() time.Time { return now }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40}).(*Model)
	return m, &now, notes
}

func (f *fakeNotes) mustLoad(id uint64) *doc.Outline {
	o, _ := f.LoadOutline(id)
	return o
}

func TestAnAttendedTalkOpensWhenItStarts(t *testing.T) {
	m, now, _ := liveModel(t)
	*now = at("2019-10-17", "10:15")
	got := run(m, clockMsg(*now)).(*Model)
	if id := got.editor.TalkID(); id != 15 {
		t.Fatalf("at 10:15 the editor shows talk %d, want the attended item 15", id)
	}
	if got.focus != focusEditor {
		t.Error("the attended talk opened without the keyboard in it")
	}
}

func TestTypingGetsAnOfferInsteadOfASwitch(t *testing.T) {
	m, now, notes := liveModel(t)
	*now = at("2019-10-17", "10:14").Add(50 * time.Second)
	var model tea.Model = m
	model = typeInto(model, "last thought")
	*now = at("2019-10-17", "10:15")
	model = run(model, clockMsg(*now))
	got := model.(*Model)
	if got.editor.TalkID() != 11 {
		t.Fatalf("the editor moved to talk %d while the user was typing", got.editor.TalkID())
	}
	if status := got.status.View(); !strings.Contains(status, "Fast Postmortems") || !strings.Contains(status, "ctrl+l") {
		t.Errorf("status %q does not offer the switch", status)
	}
	model = typeInto(model, " more")
	if texts := notes.savedTexts(11); texts[len(texts)-1] != "last thought more" {
		t.Errorf("typing after the offer went elsewhere: %q", texts)
	}
	model = run(model, tea.KeyPressMsg{Code: 'l', Mod: tea.ModCtrl})
	if id := model.(*Model).editor.TalkID(); id != 15 {
		t.Errorf("ctrl+l opened talk %d, want the offered 15", id)
	}
}

func TestAnOfferIsTakenOnceTheUserPauses(t *testing.T) {
	m, now, _ := liveModel(t)
	*now = at("2019-10-17", "10:14").Add(50 * time.Second)
	var model tea.Model = typeInto(m, "x")
	*now = at("2019-10-17", "10:15")
	model = run(model, clockMsg(*now))
	*now = at("2019-10-17", "10:16")
	model = run(model, clockMsg(*now))
	if id := model.(*Model).editor.TalkID(); id != 15 {
		t.Errorf("a minute after the last keystroke the editor shows %d, want 15", id)
	}
}

func TestTalksNotAttendedDoNotPullTheUserAway(t *testing.T) {
	m, now, _ := liveModel(t)
	*now = at("2019-10-17", "10:00") // the coffee break starts
	got := run(m, clockMsg(*now)).(*Model)
	if id := got.editor.TalkID(); id != 11 {
		t.Errorf("the editor moved to %d when a talk not attended started", id)
	}
}

func TestNewPageOpensAtTheCurrentMinute(t *testing.T) {
	m, now, notes := liveModel(t)
	*now = at("2019-10-17", "12:34").Add(17 * time.Second)
	var model tea.Model = run(m, tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	got := model.(*Model)
	id := got.editor.TalkID()
	page, _ := got.schedule.Event().Days[0].Find(id)
	if page == nil || page.Kind != sched.KindPage || page.Title != "Page 12:34" || !page.Start.Equal(at("2019-10-17", "12:34")) {
		t.Fatalf("after ctrl+n the editor shows %+v, want a page started at 12:34", page)
	}
	typeInto(got, "hallway: chaos days")
	if texts := notes.savedTexts(id); len(texts) == 0 || texts[len(texts)-1] != "hallway: chaos days" {
		t.Errorf("typing went to %v, not the new page", notes.saved)
	}
}

func TestAnOfferLapsesWhenTheUserChoosesOrTheTalkEnds(t *testing.T) {
	offered := func(t *testing.T) (tea.Model, *time.Time) {
		m, now, _ := liveModel(t)
		*now = at("2019-10-17", "10:14").Add(50 * time.Second)
		var model tea.Model = typeInto(m, "x")
		*now = at("2019-10-17", "10:15")
		model = run(model, clockMsg(*now))
		if model.(*Model).offer != 15 {
			t.Fatal("no offer to lapse")
		}
		return model, now
	}
	t.Run("the user opens a talk", func(t *testing.T) {
		model, now := offered(t)
		model = run(model, tea.KeyPressMsg{Code: tea.KeyEscape})
		model = run(model, tea.KeyPressMsg{Code: tea.KeyEnter})
		*now = at("2019-10-17", "10:16")
		model = run(model, clockMsg(*now))
		if id := model.(*Model).editor.TalkID(); id == 15 {
			t.Error("the offer pulled the user away from the talk they chose")
		}
	})
	t.Run("the talk ends", func(t *testing.T) {
		model, now := offered(t)
		*now = at("2019-10-17", "10:45")
		model = run(model, clockMsg(*now))
		if got := model.(*Model); got.offer != 0 || got.editor.TalkID() == 15 {
			t.Errorf("after the talk ended: offer %d, editor on %d", got.offer, got.editor.TalkID())
		}
	})
}

// TestWakingFromSleepOpensTheTalkOnNow: the laptop is shut in the opening
// at 09:00 and opened at 10:20. "Pagers and Sleep" (09:30-10:00, attended)
// started and ended meanwhile; the attended ignite is on now.
func TestWakingFromSleepOpensTheTalkOnNow(t *testing.T) {
	now := at("2019-10-17", "09:00")
	ev := testEvent()
	ev.Days[0].Talks[1].Attended = true
	ignites := &ev.Days[0].Talks[3]
	ignites.Items[0].Attended, ignites.Items[1].Attended = false, true
	notes := newFakeNotes()
	var model tea.Model = New(Config{Event: ev, Talk: 10, Outline: notes.mustLoad(10), Loader: notes, Saver: notes,
		Schedules: newFakeSchedules(ev), Clock: func() time.Time { return now }, timer: heldTimer})
	model = run(model, tea.WindowSizeMsg{Width: 120, Height: 40})
	now = at("2019-10-17", "10:20")
	got := run(model, clockMsg(now)).(*Model)
	if id := got.editor.TalkID(); id != 15 {
		t.Errorf("waking at 10:20 the editor shows talk %d, want the attended ignite on now (15), not the talk that ended", id)
	}
}
