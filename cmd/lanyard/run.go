package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"lanyard/store"
	sched "lanyard/store/schedule"
	"lanyard/tui"
	"lanyard/tui/status"
)

// Names of what lanyard makes on a first run.
const (
	untitledEvent = "Untitled event"
	untitledPage  = "Untitled page"
	importHint    = "No schedule yet. Import the one your conference publishes: lanyard import schedule FILE"
)

// start is where the TUI opens.
type start struct {
	event sched.Event
	day   int
	talk  uint64
	clock func() time.Time
	hint  string
}

func runNotebook(cmd *cobra.Command, g *globals) error {
	wall, fixed, err := g.parseNow()
	if err != nil {
		return err
	}
	nb, err := g.open()
	if err != nil {
		return err
	}
	defer nb.Close()
	s, err := chooseStart(nb, wall, fixed)
	if err != nil {
		return err
	}
	return runTUI(nb, s)
}

// chooseStart picks the event whose days include today (the one opened
// last where several do, such as a first run's untitled event and the
// schedule imported since), else the one opened last, else the newest; on
// an empty notebook it makes an untitled event for today with one page, so
// a first run has somewhere to type.
func chooseStart(nb *store.Notebook, wall wallClock, fixed bool) (start, error) {
	events, err := nb.Events()
	if err != nil {
		return start{}, err
	}
	clockIn := func(loc *time.Location) func() time.Time {
		if fixed {
			// --now sets the clock, which runs on from there: a rehearsal
			// at home sees talks start as they will at the venue.
			return shiftedClock(wall.in(loc))
		}
		return time.Now
	}
	if len(events) == 0 {
		return firstRun(nb, clockIn)
	}
	last, err := nb.LastOpened()
	if err != nil {
		// A damaged record costs only the choice of event, not the start.
		last = 0
	}
	if ev, day, ok := eventOnNow(events, last, clockIn); ok {
		return finishStart(nb, ev, day, clockIn(ev.Location()), true)
	}
	ev := events[len(events)-1]
	for _, e := range events {
		if e.ID == last {
			ev = e
		}
	}
	return finishStart(nb, ev, 0, clockIn(ev.Location()), false)
}

// eventOnNow returns the event with a day on now, and that day; where
// several have one, the event opened last wins, else the earliest.
func eventOnNow(events []sched.Event, last uint64, clockIn func(*time.Location) func() time.Time) (sched.Event, int, bool) {
	var (
		found    sched.Event
		foundDay int
		ok       bool
	)
	for _, ev := range events {
		day, on := ev.DayAt(clockIn(ev.Location())())
		if on && (!ok || ev.ID == last) {
			found, foundDay, ok = ev, day, true
		}
	}
	return found, foundDay, ok
}

// firstRun makes the untitled event of an empty notebook.
func firstRun(nb *store.Notebook, clockIn func(*time.Location) func() time.Time) (start, error) {
	zone := localZoneName()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.Local
	}
	now := clockIn(loc)()
	ev, err := nb.CreateEvent(sched.Event{Name: untitledEvent, TZ: zone, Days: []sched.Day{{
		Date:  now.In(loc).Format(sched.DateLayout),
		Talks: []sched.Talk{{Title: untitledPage, Kind: sched.KindPage, Start: now.Truncate(time.Minute)}},
	}}})
	if err != nil {
		return start{}, err
	}
	return finishStart(nb, ev, 0, clockIn(loc), true)
}

// finishStart picks the talk to open on the chosen day: the one on now
// when the day is today, else the first.
func finishStart(nb *store.Notebook, ev sched.Event, day int, clock func() time.Time, today bool) (start, error) {
	s := start{event: ev, day: day, clock: clock}
	if onlyPages(ev) {
		s.hint = importHint
	}
	if day >= len(ev.Days) {
		return s, fmt.Errorf("event %q has no days", ev.Name)
	}
	at := time.Time{}
	if today {
		at = clock()
	}
	s.talk = ev.Days[day].Opening(at)
	if s.talk == 0 {
		page, err := nb.AddTalk(ev.ID, ev.Days[day].Date, sched.Talk{Title: untitledPage, Kind: sched.KindPage, Start: clock().Truncate(time.Minute)})
		if err != nil {
			return s, err
		}
		ev.Days[day].Talks = append(ev.Days[day].Talks, page)
		s.event, s.talk = ev, page.ID
	}
	return s, nil
}

// onlyPages reports whether an event has no schedule, only the user's pages.
func onlyPages(ev sched.Event) bool {
	for _, d := range ev.Days {
		for _, t := range d.Talks {
			if t.Kind != sched.KindPage {
				return false
			}
		}
	}
	return true
}

// runTUI runs the interface until the user quits, then makes sure every
// keystroke is on disk before returning, however the program ended.
func runTUI(nb *store.Notebook, s start) error {
	first, err := nb.LoadOutline(s.talk)
	if err != nil {
		return err
	}
	if err := nb.SetLastOpened(s.event.ID); err != nil {
		return err
	}
	fwd := newStatusForwarder()
	writer := nb.NewWriter(fwd.report)
	model := tui.New(tui.Config{
		Event: s.event, Day: s.day, Talk: s.talk, Outline: first,
		Loader: nb, Saver: writer, Clock: s.clock, Hint: s.hint,
		Schedules: flushingSchedules{Notebook: nb, writer: writer},
	})
	// 120 frames a second halves the wait between a keystroke and its
	// character on screen (16 ms to about 9 at the default 60); a frame
	// is drawn only when the view changed, so idle costs nothing.
	prog := tea.NewProgram(model, tea.WithFPS(120))
	fwd.start(prog)
	stopHangup := flushOnHangup(writer, prog)
	_, runErr := prog.Run()
	stopHangup()
	fwd.stop()
	if err := writer.Close(); err != nil {
		return fmt.Errorf("saving notes: %w", err)
	}
	if runErr != nil && runErr != tea.ErrProgramKilled {
		return runErr
	}
	return nil
}

// flushOnHangup saves pending edits the moment the terminal goes away
// (SIGHUP), then ends the program. bubbletea already turns SIGTERM into a
// clean quit, after which runTUI flushes.
func flushOnHangup(w *store.Writer, prog *tea.Program) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			if err := w.Flush(); err != nil {
				fmt.Fprintln(os.Stderr, "lanyard: saving notes:", err)
			}
			// Quit restores the terminal when there still is one; Kill
			// ends a program stuck writing to a terminal that is gone.
			prog.Quit()
			time.AfterFunc(2*time.Second, prog.Kill)
		case <-done:
		}
	}()
	return func() { signal.Stop(sig); close(done) }
}

// statusForwarder passes the writer's reports to the program without ever
// making the writer wait for the UI: only the latest report is kept.
type statusForwarder struct {
	mu     sync.Mutex
	latest *status.SaveMsg
	wake   chan struct{}
	done   chan struct{}
}

func newStatusForwarder() *statusForwarder {
	return &statusForwarder{wake: make(chan struct{}, 1), done: make(chan struct{})}
}

// report is the writer's callback.
func (f *statusForwarder) report(s store.WriterStatus) {
	f.mu.Lock()
	f.latest = &status.SaveMsg{Pending: s.Pending, Saved: s.Saved, Err: s.Err}
	f.mu.Unlock()
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

func (f *statusForwarder) start(p *tea.Program) {
	go func() {
		for {
			select {
			case <-f.done:
				return
			case <-f.wake:
				f.mu.Lock()
				msg := f.latest
				f.mu.Unlock()
				if msg != nil {
					p.Send(*msg)
				}
			}
		}
	}()
}

func (f *statusForwarder) stop() { close(f.done) }

// flushingSchedules saves the user's schedule changes. Deleting a talk
// first puts every pending keystroke on disk, so that a late write cannot
// bring the deleted talk's outline back.
type flushingSchedules struct {
	*store.Notebook
	writer *store.Writer
}

// DeleteTalk implements tui.Schedules.
func (s flushingSchedules) DeleteTalk(eventID, talkID uint64) error {
	if err := s.writer.Flush(); err != nil {
		return err
	}
	return s.Notebook.DeleteTalk(eventID, talkID)
}
