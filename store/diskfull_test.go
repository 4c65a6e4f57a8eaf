package store

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"lanyard/store/outline"
)

// A disk that fills up, or a notebook that turns read-only, while someone
// types: the writer must say so on its first failed commit, keep every
// keystroke in memory while Save goes on returning at once, and put them
// all on disk when the cause goes away. The fault is the system call's
// error as the file would return it, so that the UI can tell a full disk
// from a read-only one by errors.Is.

// errnoDisk fails commits with a file error holding errno while failing.
type errnoDisk struct {
	path    string
	errno   syscall.Errno
	failing atomic.Bool
}

func (d *errnoDisk) commit() error {
	if d.failing.Load() {
		return &os.PathError{Op: "write", Path: d.path, Err: d.errno}
	}
	return nil
}

// firstFailureLimit is how soon the first failed commit must be reported
// after a keystroke, in the writer's own time: the coalescing delay and
// one commit, with room for a slow CI machine.
const firstFailureLimit = 300 * time.Millisecond

// saveLimit is the longest a Save may take, in its own time, while the
// writer fails: it must not wait for the disk.
const saveLimit = 20 * time.Millisecond

func TestTypingThroughAFullOrReadOnlyDiskLosesNothing(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.ENOSPC, syscall.EROFS, syscall.EACCES} {
		t.Run(errno.Error(), func(t *testing.T) {
			typeThroughFault(t, errno)
		})
	}
}

// typeThroughFault types while commits fail with errno. The times it
// checks are lanyard's own: Go runs on one thread at a time, and what the
// threads waited for a CPU on a busy machine is taken off the clock, up to
// the moment the writer reports.
func typeThroughFault(t *testing.T, errno syscall.Errno) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	path := t.TempDir() + "/notes.db"
	nb := openAt(t, path)
	disk := &errnoDisk{path: path, errno: errno}
	nb.writeFault = disk.commit
	log := &statusLog{}
	var failedWaits atomic.Pointer[map[string]time.Duration]
	w := nb.NewWriter(func(st WriterStatus) {
		if st.Err != nil && failedWaits.Load() == nil {
			waits := cpuWaits()
			failedWaits.Store(&waits)
		}
		log.record(st)
	})
	t.Cleanup(func() {
		if err := w.Close(); err != nil {
			t.Errorf("close writer: %v", err)
		}
	})
	ty := &typist{w: w, o: outline.New()}

	ty.o.Append("before the disk filled")
	w.Save(1, ty.o.TakeChanges())
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}

	disk.failing.Store(true)
	from := log.len()
	before := cpuWaits()
	typed := time.Now()
	slowest := ty.keys(0, 50)
	failed := log.waitFor(t, from, 2*time.Second, "with an error", func(st WriterStatus) bool { return st.Err != nil })
	latency := ownTime{wall: failed.at.Sub(typed), waited: waitedBetween(before, *failedWaits.Load(), "")}
	t.Logf("%v: first failed commit reported %v after the first keystroke", errno, latency)
	if latency.own() > firstFailureLimit {
		t.Errorf("the first failed commit was reported after %v, want under %v", latency, firstFailureLimit)
	}
	if !errors.Is(failed.Err, errno) {
		t.Errorf("status error %v does not wrap %v: the UI cannot name the cause", failed.Err, errno)
	}
	if failed.Pending == 0 {
		t.Errorf("status after a failed commit = %+v, want the edits still pending", failed)
	}

	// Typing goes on while the writer retries, and never waits for it.
	if more := ty.keys(50, 300); more.own() > slowest.own() {
		slowest = more
	}
	t.Logf("slowest Save while failing: %v", slowest)
	if slowest.own() > saveLimit {
		t.Errorf("a Save took %v while the disk was failing; it must not wait for the disk", slowest)
	}

	from = log.len()
	disk.failing.Store(false)
	log.waitFor(t, from, 3*time.Second, "saved once the fault cleared", allSaved)
	if err := w.Close(); err != nil {
		t.Fatalf("close after the fault cleared: %v", err)
	}
	checkAndClose(t, nb)

	nb = openAt(t, path)
	got, err := nb.LoadOutline(1)
	if err != nil {
		t.Fatal(err)
	}
	sameNodes(t, got.Nodes(), ty.o.Nodes())
}

// typist types into an outline as the editor would.
type typist struct {
	w *Writer
	o *outline.Outline
}

// keys types keystrokes from..to, a character at a time with a new bullet
// every 40, saving after each, and returns the longest a Save took.
func (ty *typist) keys(from, to int) ownTime {
	var slowest ownTime
	for k := from; k < to; k++ {
		row := ty.o.Len() - 1
		if k%40 == 39 {
			ty.o.Split(row, len(ty.o.At(row).Text))
		} else {
			ty.o.InsertText(row, len(ty.o.At(row).Text), fmt.Sprint(k%10))
		}
		before := cpuWaits()
		start := time.Now()
		ty.w.Save(1, ty.o.TakeChanges())
		took := ownTime{wall: time.Since(start), waited: waitedSince(before, "")}
		if took.own() > slowest.own() {
			slowest = took
		}
		time.Sleep(time.Millisecond) // a fast typist
	}
	return slowest
}
