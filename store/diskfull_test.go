package store

import (
	"errors"
	"fmt"
	"os"
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
// after a keystroke: the coalescing delay and one commit, with room for a
// slow CI machine.
const firstFailureLimit = 300 * time.Millisecond

func TestTypingThroughAFullOrReadOnlyDiskLosesNothing(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.ENOSPC, syscall.EROFS, syscall.EACCES} {
		t.Run(errno.Error(), func(t *testing.T) {
			typeThroughFault(t, errno)
		})
	}
}

func typeThroughFault(t *testing.T, errno syscall.Errno) {
	path := t.TempDir() + "/notes.db"
	nb := openAt(t, path)
	disk := &errnoDisk{path: path, errno: errno}
	nb.writeFault = disk.commit
	w, log := newWriterTest(t, nb)

	o := outline.New()
	o.Append("before the disk filled")
	w.Save(1, o.TakeChanges())
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}

	disk.failing.Store(true)
	from := log.len()
	typed := time.Now()
	slowest := typeKeys(w, o, 0, 50)
	failed := log.waitFor(t, from, 2*time.Second, "with an error", func(st WriterStatus) bool { return st.Err != nil })
	latency := failed.at.Sub(typed)
	t.Logf("%v: first failed commit reported %v after the first keystroke", errno, latency.Round(time.Millisecond))
	if latency > firstFailureLimit {
		t.Errorf("the first failed commit was reported after %v, want under %v", latency, firstFailureLimit)
	}
	if !errors.Is(failed.Err, errno) {
		t.Errorf("status error %v does not wrap %v: the UI cannot name the cause", failed.Err, errno)
	}
	if failed.Pending == 0 {
		t.Errorf("status after a failed commit = %+v, want the edits still pending", failed)
	}

	// Typing goes on while the writer retries, and never waits for it.
	slowest = max(slowest, typeKeys(w, o, 50, 300))
	t.Logf("slowest Save while failing: %v", slowest)
	if slowest > 20*time.Millisecond {
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
	sameNodes(t, got.Nodes(), o.Nodes())
}

// typeKeys types keystrokes from..to into o as the editor would, a
// character at a time with a new bullet every 40, saving after each, and
// returns the longest a Save took.
func typeKeys(w *Writer, o *outline.Outline, from, to int) time.Duration {
	var slowest time.Duration
	for k := from; k < to; k++ {
		row := o.Len() - 1
		if k%40 == 39 {
			o.Split(row, len(o.At(row).Text))
		} else {
			o.InsertText(row, len(o.At(row).Text), fmt.Sprint(k%10))
		}
		start := time.Now()
		w.Save(1, o.TakeChanges())
		slowest = max(slowest, time.Since(start))
		time.Sleep(time.Millisecond) // a fast typist
	}
	return slowest
}
