package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// The timing tests promise what the writer does with the time it has. On
// a machine busy with other work a thread can wait, runnable, hundreds of
// milliseconds in a second for a CPU; that is time the writer never had,
// and the tests take it off what they measure, as read from Linux's
// schedstat for the one thread the goroutine timed is locked to. Nothing
// else is taken off.

// threadWait is how long the thread id of this process has waited,
// runnable, for a CPU. The kernel adds a wait to the count when the thread
// gets the CPU at last, so a wait still going on is not in it yet; a
// thread that has gone, or a system without schedstat, counts nothing,
// which only makes the tests stricter.
func threadWait(id string) time.Duration {
	if id == "" {
		return 0
	}
	stat, err := os.ReadFile(filepath.Join("/proc/self/task", id, "schedstat"))
	if err != nil {
		return 0
	}
	var running, waiting int64
	if _, err := fmt.Sscan(string(stat), &running, &waiting); err != nil {
		return 0
	}
	return time.Duration(waiting)
}

// lockThread locks the calling goroutine to its thread, so that no other
// goroutine runs there and the thread's waits are the goroutine's, and
// returns the thread's id ("" where there is no /proc).
func lockThread() string {
	runtime.LockOSThread()
	self, err := os.Readlink("/proc/thread-self")
	if err != nil {
		return ""
	}
	return filepath.Base(self)
}

// writerThread is the thread a writer's goroutine is locked to, so that
// the waits of that one thread are the writer's own.
type writerThread struct {
	id atomic.Pointer[string]
}

// pin wraps a writer's status callback: its first call, which runs on the
// writer's goroutine, locks that goroutine to its thread for good.
func (wt *writerThread) pin(next func(WriterStatus)) func(WriterStatus) {
	pinned := false // touched by the writer's goroutine alone
	return func(st WriterStatus) {
		if !pinned {
			pinned = true
			id := lockThread()
			wt.id.Store(&id)
		}
		next(st)
	}
}

// waited is how long the writer's thread has waited for a CPU, zero before
// the writer first reported.
func (wt *writerThread) waited() time.Duration {
	if id := wt.id.Load(); id != nil {
		return threadWait(*id)
	}
	return 0
}

// ownTime is a span of wall time less what the process waited for a CPU
// meanwhile, for a test's log and its verdict.
type ownTime struct {
	wall, waited time.Duration
}

func (o ownTime) own() time.Duration { return o.wall - o.waited }

func (o ownTime) String() string {
	return fmt.Sprintf("%v (%v by the clock, %v of it waiting for a CPU)",
		o.own().Round(time.Millisecond), o.wall.Round(time.Millisecond), o.waited.Round(time.Millisecond))
}

// ramDir is a folder in memory where there is one (/dev/shm), else a
// temporary folder: the writer's promises are about what it does, not
// about a disk that other programs keep busy syncing.
func ramDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("/dev/shm", "lanyard-store-")
	if err != nil {
		return t.TempDir()
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	return dir
}
