package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"lanyard/store"
)

// frameSettle is how long the work that waits for the first frame waits
// after it was written: the terminal needs the CPU to draw it.
const frameSettle = 20 * time.Millisecond

// frameAtLatest is how long the work waits for a first frame that does
// not come (a terminal that never tells its size): the day's backup must
// not depend on one.
const frameAtLatest = 2 * time.Second

// frameSignal is the moment the interface has built its first screen at
// the terminal's size (drawn), the moment that screen went to the
// terminal (written), and frameSettle after that (shown): what a start
// need not do before the first frame waits for shown.
type frameSignal struct {
	drawn          atomic.Bool
	writtenOnce    sync.Once
	written, shown chan struct{}
}

func newFrameSignal() *frameSignal {
	return &frameSignal{written: make(chan struct{}), shown: make(chan struct{})}
}

// done marks the first frame built: the next write to the terminal (see
// frameOutput) is that frame's.
func (f *frameSignal) done() { f.drawn.Store(true) }

// wrote is called after each write to the terminal.
func (f *frameSignal) wrote() {
	if f.drawn.Load() {
		f.writtenOnce.Do(func() {
			close(f.written)
			time.AfterFunc(frameSettle, func() { close(f.shown) })
		})
	}
}

// end marks the first frame built and written, whether it was or not:
// runTUI calls it when the program ends, so that what waits for it still
// runs for a user who quit before anything was drawn.
func (f *frameSignal) end() {
	f.done()
	f.wrote()
}

// frameOutput is the terminal as bubbletea writes to it, telling frame
// of each write. bubbletea writes a frame at its next tick after the view
// is built, up to 8 ms later and longer on a busy machine: the signal
// comes from the write, not from the view.
// It is a terminal file (Fd, Read, Close) so that bubbletea still sees
// one, and has no other way to write (no WriteString) that would pass by.
type frameOutput struct {
	file  *os.File
	frame *frameSignal
}

func (o frameOutput) Write(p []byte) (int, error) {
	n, err := o.file.Write(p)
	o.frame.wrote()
	return n, err
}

func (o frameOutput) Read(p []byte) (int, error) { return o.file.Read(p) }
func (o frameOutput) Close() error               { return o.file.Close() }
func (o frameOutput) Fd() uintptr                { return o.file.Fd() }

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
		case <-frame.shown:
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
