package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"lanyard/store"
	"lanyard/store/owner"
	sched "lanyard/store/schedule"
	"lanyard/tui"
	"lanyard/tui/status"
	"lanyard/tui/theme"
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
	// resume is where the user was in the event when lanyard last ran.
	resume sched.Resume
	// ui is the user's settings of the interface: theme, keys, reminders.
	ui interfaceSettings
	// mouse is whether lanyard takes the mouse from the terminal.
	mouse bool
}

func runNotebook(cmd *cobra.Command, g *globals) error {
	warmWidths()
	wall, fixed, err := g.parseNow()
	if err != nil {
		return err
	}
	settings, err := g.settings(cmd)
	if err != nil {
		return err
	}
	ui, err := forInterface(settings)
	if err != nil {
		return err
	}
	nb, err := g.open()
	if err != nil {
		return err
	}
	defer nb.Close()
	s, err := chooseStart(nb, wall, fixed, g.event)
	if err != nil {
		return err
	}
	s.ui, s.mouse = ui, ui.mouse
	return runTUI(nb, s, keepBackupsOf(settings))
}

// chooseStart opens the event --event names (ref), else where the
// schedule's start rule says (sched.StartAt: the event with today, on the
// talk on now) among the events worth opening (see worthOpening); on an
// empty notebook it makes an untitled event for today with one page, so a
// first run has somewhere to type.
func chooseStart(nb *store.Notebook, wall wallClock, fixed bool, ref string) (start, error) {
	events, err := nb.Events()
	if err != nil {
		return start{}, err
	}
	if ref != "" {
		if len(events) == 0 {
			return start{}, errors.New("--event: the notebook has no events yet: lanyard import schedule FILE")
		}
		ev, err := findEvent(events, ref)
		if err != nil {
			return start{}, err
		}
		events = []sched.Event{ev}
	}
	if events, err = worthOpening(nb, events); err != nil {
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
	last, err := nb.LastOpened()
	if err != nil {
		// A damaged record costs only the choice of event, not the start.
		last = 0
	}
	chosen, ok := sched.StartAt(events, last, func(loc *time.Location) time.Time { return clockIn(loc)() })
	if !ok {
		return firstRun(nb, clockIn)
	}
	ev := events[chosen.Event]
	clock := clockIn(ev.Location())
	resume, err := nb.Resume(ev.ID)
	if err != nil {
		// A damaged record costs only the return to where the user was.
		resume = sched.Resume{}
	}
	if resume.Talk != 0 {
		chosen.Day, chosen.Talk, chosen.Today = ev.StartIn(clock(), resume.Talk)
	}
	s, err := finishStart(nb, ev, chosen, clock)
	s.resume = resume
	return s, err
}

// worthOpening leaves out of events the empty ones (pages only, none with
// a note: the untitled event of a first run, say) when there are others: a
// user who imported a schedule after a first run means that schedule,
// even when the empty event has today and the schedule does not.
func worthOpening(nb *store.Notebook, events []sched.Event) ([]sched.Event, error) {
	var kept []sched.Event
	for _, ev := range events {
		if !ev.OnlyPages() {
			kept = append(kept, ev)
			continue
		}
		notes, err := nb.TalksWithNotes(ev.ID)
		if err != nil {
			return nil, err
		}
		if len(notes) > 0 {
			kept = append(kept, ev)
		}
	}
	if len(kept) == 0 {
		return events, nil
	}
	return kept, nil
}

// firstRun makes the untitled event of an empty notebook.
func firstRun(nb *store.Notebook, clockIn func(*time.Location) func() time.Time) (start, error) {
	zone := localZoneName()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.Local
	}
	clock := clockIn(loc)
	now := clock()
	ev, err := nb.CreateEvent(sched.Event{Name: untitledEvent, TZ: zone, Days: []sched.Day{{
		Date:  now.In(loc).Format(sched.DateLayout),
		Talks: []sched.Talk{{Title: untitledPage, Kind: sched.KindPage, Start: now.Truncate(time.Minute)}},
	}}})
	if err != nil {
		return start{}, err
	}
	var s sched.Start
	s.Day, s.Talk, s.Today = ev.StartIn(now, 0)
	return finishStart(nb, ev, s, clock)
}

// finishStart opens the chosen day and talk, starting a page there when
// the day has no talk to open.
func finishStart(nb *store.Notebook, ev sched.Event, chosen sched.Start, clock func() time.Time) (start, error) {
	s := start{event: ev, day: chosen.Day, talk: chosen.Talk, clock: clock}
	if ev.OnlyPages() {
		s.hint = importHint
	}
	if len(ev.Days) == 0 {
		// Every talk deleted: start a page today, so there is somewhere
		// to type.
		now := clock()
		page, err := nb.AddTalk(ev.ID, now.In(ev.Location()).Format(sched.DateLayout), sched.Talk{Title: untitledPage, Kind: sched.KindPage, Start: now.Truncate(time.Minute)})
		if err != nil {
			return s, err
		}
		if ev, err = nb.Event(ev.ID); err != nil {
			return s, err
		}
		s.event, s.day, s.talk = ev, 0, page.ID
		return s, nil
	}
	if chosen.Day >= len(ev.Days) {
		return s, fmt.Errorf("event %q has no day %d", ev.Name, chosen.Day+1)
	}
	if s.talk == 0 {
		page, err := nb.AddTalk(ev.ID, ev.Days[s.day].Date, sched.Talk{Title: untitledPage, Kind: sched.KindPage, Start: clock().Truncate(time.Minute)})
		if err != nil {
			return s, err
		}
		ev.Days[s.day].Talks = append(ev.Days[s.day].Talks, page)
		s.event, s.talk = ev, page.ID
	}
	return s, nil
}

// runTUI runs the interface until the user quits, then makes sure every
// keystroke is on disk before returning, however the program ended. A
// panic in the interface ends it the same way, and then writes a crash
// file next to the notebook.
//
// Nothing is written before the first frame: the record of the event
// opened and the day's backup (keep is how many daily backups to keep)
// wait for it (see afterFirstFrame), and their failure is said but not
// fatal.
func runTUI(nb *store.Notebook, s start, keep int) error {
	first, glimpse, err := startOutline(nb, s)
	if err != nil {
		return err
	}
	guard := newCrashGuard()
	fwd := newStatusForwarder(guard)
	writer := nb.NewWriter(fwd.report, store.WithPanicHandler(func(value any, stack []byte) {
		guard.record("the writer", value, stack)
	}))
	syncs := newAppSync(nb, writer, s.ui.syncDir)
	marker := newEndMarker()
	frame := newFrameSignal()
	cfg := tui.Config{
		Event: s.event, Day: s.day, Talk: s.talk, Outline: first, Glimpse: glimpse,
		Loader: nb, Saver: writer, Clock: s.clock, Hint: s.hint,
		Schedules: flushingSchedules{Notebook: nb, writer: writer}, Abouts: nb,
		Resume: s.resume, Resumes: writer,
		Events: nb,
		Remind: s.ui.remind, Notify: s.ui.notify, Mouse: s.mouse,
		Theme: s.ui.theme, Keys: s.ui.keys, ScheduleWidth: s.ui.scheduleWidth, Notices: s.ui.notices,
		FrameGap: tui.DefaultFrameGap,
		Sync:     syncs.syncer(), SyncEvery: s.ui.syncEvery,
		FirstFrame: frame.shown,
	}
	model := &guardedModel{
		firstFrame: frame.done,
		guard:      guard,
		endMarker:  marker,
		trigger:    panicTriggerFromEnv(guard, writer),
	}
	model.buildBeside(func() tea.Model { return tui.New(cfg) })
	prog, in := newProgram(model, marker, s.ui.theme.Mode == theme.Plain, frame)
	guard.endWith(prog)
	fwd.start(prog)
	after := startAfterFirstFrame(frame, guard, nb, s.event.ID, keep, time.Now())
	stopSignals := endOnSignals(prog, in, writer, guard)
	stopServing := serveOthers(nb, writer, guard, owner.Handlers{Add: appAdder(prog.Send), Sync: syncs.handler(prog.Send)}, func(text string) {
		// Send waits for the program to run: not on this goroutine.
		go prog.Send(tui.NoticeMsg(text))
	})
	defer stopServing()
	final, runErr := prog.Run()
	model.typeAhead()
	stopSignals()
	stopServing()
	if in != nil {
		runErr = errors.Join(runErr, in.stop())
	}
	fwd.stop()
	frame.end()
	saveErr := keepReplaced(writer, nb.Path(), writer.Close())
	after.wait(os.Stderr)
	if saveErr == nil && guard.crashed() == nil {
		// The glimpse is the last write, after the deferred record and
		// backup: any write after it would make it stale.
		keepGlimpse(nb, final)
	}
	return ending(guard.crashed(), runErr, saveErr, filepath.Dir(nb.Path()))
}

// keepReplaced turns a writer's failure to save into a notebook file that
// was replaced while lanyard ran into a backup of the notes as the user
// left them, and says where; other errors are returned as they are.
func keepReplaced(writer *store.Writer, path string, saveErr error) error {
	if !errors.Is(saveErr, store.ErrReplaced) {
		return saveErr
	}
	made, err := writer.SaveAside(time.Now())
	if err != nil || made == "" {
		return errors.Join(saveErr, err)
	}
	return fmt.Errorf("%s was replaced by another file while lanyard ran, so lanyard stopped writing to it; "+
		"your notes as you left them are in %s: lanyard restore lists it", path, made)
}

// ending turns how the program ended into runTUI's error: a recovered
// panic becomes a crash file, as does one bubbletea recovered itself (its
// stack is then on stderr already).
func ending(c *crash, runErr, saveErr error, dir string) error {
	if c == nil && errors.Is(runErr, tea.ErrProgramPanic) {
		c = &crash{where: "bubbletea", value: "bubbletea recovered a panic and printed its stack on stderr", at: time.Now()}
	}
	switch {
	case c != nil:
		return reportCrash(c, dir, saveErr)
	case saveErr != nil:
		return fmt.Errorf("saving notes: %w", saveErr)
	case runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled):
		return runErr
	}
	return nil
}

// statusForwarder passes the writer's reports to the program without ever
// making the writer wait for the UI: only the latest report is kept.
type statusForwarder struct {
	guard  *crashGuard
	mu     sync.Mutex
	latest *status.SaveMsg
	wake   chan struct{}
	done   chan struct{}
}

func newStatusForwarder(guard *crashGuard) *statusForwarder {
	return &statusForwarder{guard: guard, wake: make(chan struct{}, 1), done: make(chan struct{})}
}

// report is the writer's callback; it runs in the writer's goroutine,
// which a panic here must not take down.
func (f *statusForwarder) report(s store.WriterStatus) {
	defer f.guard.catch("the save status")
	msg := saveMsgOf(s)
	f.mu.Lock()
	f.latest = &msg
	f.mu.Unlock()
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

// saveMsgOf is the status bar's message for a writer's report.
func saveMsgOf(s store.WriterStatus) status.SaveMsg {
	return status.SaveMsg{
		Pending: s.Pending, Saved: s.Saved, Committed: s.Committed, Err: s.Err,
		Stopped: s.Stopped, Replaced: s.Stopped && errors.Is(s.Err, store.ErrReplaced),
	}
}

func (f *statusForwarder) start(p *tea.Program) {
	f.guard.goSafely("the save status", func() {
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
	})
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
func (s flushingSchedules) DeleteTalk(eventID, talkID uint64) (store.RemovedTalk, error) {
	if err := s.writer.Flush(); err != nil {
		return store.RemovedTalk{}, err
	}
	return s.Notebook.DeleteTalk(eventID, talkID)
}
