package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"lanyard/store"
)

// frameSettle is how long the work that waits for the first frame waits
// after the interface built it: bubbletea writes a frame on its next tick
// (120 a second), and the terminal then needs the CPU to draw it.
const frameSettle = 20 * time.Millisecond

// frameAtLatest is how long the work waits for a first frame that does
// not come (a terminal that never tells its size): the day's backup must
// not depend on one.
const frameAtLatest = 2 * time.Second

// frameSignal is the moment the interface has built its first screen at
// the terminal's size: what a start need not do before it waits for it.
type frameSignal struct {
	once  sync.Once
	drawn chan struct{}
}

func newFrameSignal() *frameSignal { return &frameSignal{drawn: make(chan struct{})} }

// done marks the first frame built; later calls do nothing. runTUI also
// calls it when the program ends, so that what waits for it still runs
// for a user who quit before anything was drawn.
func (f *frameSignal) done() { f.once.Do(func() { close(f.drawn) }) }

// afterFirstFrame is the start's work that writes or reads the whole
// notebook: the record of the event opened, for the next start, and
// today's backup (see startDailyBackup). Neither is needed to draw the
// first frame, and both would compete with it for the disk and the CPU.
type afterFirstFrame struct {
	done chan struct{}
	// lastOpenedErr and backupErr are what went wrong, read after wait.
	lastOpenedErr, backupErr error
}

// startAfterFirstFrame runs the work in a goroutine of the guard's once
// frame is done. now is the real clock, not --now's: a rehearsal must
// not date a backup.
func startAfterFirstFrame(frame *frameSignal, guard *crashGuard, nb *store.Notebook, eventID uint64, keep int, now time.Time) *afterFirstFrame {
	a := &afterFirstFrame{done: make(chan struct{})}
	go func() {
		defer close(a.done)
		defer guard.catch("the work after the first frame")
		select {
		case <-frame.drawn:
			time.Sleep(frameSettle)
		case <-time.After(frameAtLatest):
		}
		a.lastOpenedErr = nb.SetLastOpened(eventID)
		_, a.backupErr = nb.DailyBackup(now, keep)
	}()
	return a
}

// wait waits for the work, and then says on stderr what of it failed: it
// is never fatal, the notes are saved apart from it. A notebook replaced
// while lanyard ran is said by keepReplaced.
func (a *afterFirstFrame) wait(stderr io.Writer) {
	<-a.done
	if a.lastOpenedErr != nil && !errors.Is(a.lastOpenedErr, store.ErrReplaced) {
		fmt.Fprintln(stderr, "lanyard: the next start may open another event (your notes are saved):", a.lastOpenedErr)
	}
	if a.backupErr != nil && !errors.Is(a.backupErr, store.ErrReplaced) {
		fmt.Fprintln(stderr, "lanyard: today's backup of the notebook failed (your notes are saved):", a.backupErr)
	}
}
