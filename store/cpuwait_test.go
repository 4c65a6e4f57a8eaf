package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// The timing tests promise what the writer does with the time it has. On
// a machine busy with other work a thread can wait, runnable, hundreds of
// milliseconds in a second for a CPU; that is time the writer never had,
// and the tests take it off what they measure, as read from Linux's
// schedstat. Nothing else is taken off. To keep the waits summed those
// that held the work up, a test runs Go on one thread at a time
// (GOMAXPROCS 1): then whichever thread runs Go holds up all the others
// while it waits, and the runtime wakes no idle threads to look for work.

// cpuWaits is how long each thread of this process has waited, runnable,
// for a CPU, by thread id. The kernel adds a wait to the count when the
// thread gets the CPU at last, so a wait still going on is not in it yet;
// a thread that has gone, or a system without schedstat (nil), adds
// nothing, which only makes the tests stricter.
func cpuWaits() map[string]time.Duration {
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return nil
	}
	waits := make(map[string]time.Duration, len(tasks))
	for _, task := range tasks {
		stat, err := os.ReadFile(filepath.Join("/proc/self/task", task.Name(), "schedstat"))
		if err != nil {
			continue
		}
		var running, waiting int64
		if _, err := fmt.Sscan(string(stat), &running, &waiting); err == nil {
			waits[task.Name()] = time.Duration(waiting)
		}
	}
	return waits
}

// waitedSince is how much longer this process's threads have waited for
// a CPU than they had in before, summed, leaving out the thread skip (""
// leaves out none).
func waitedSince(before map[string]time.Duration, skip string) time.Duration {
	return waitedBetween(before, cpuWaits(), skip)
}

// waitedBetween is how much longer the threads had waited in after than
// in before, summed, leaving out the thread skip.
func waitedBetween(before, after map[string]time.Duration, skip string) time.Duration {
	var total time.Duration
	for id, w := range after {
		if id != skip {
			total += w - before[id]
		}
	}
	return total
}

// lockThread locks the calling goroutine to its thread, so that no other
// goroutine runs there, and returns the thread's id ("" where there is no
// /proc). The caller unlocks it with runtime.UnlockOSThread.
func lockThread() string {
	runtime.LockOSThread()
	self, err := os.Readlink("/proc/thread-self")
	if err != nil {
		return ""
	}
	return filepath.Base(self)
}

// ownTime is a span of wall time less what the process waited for a CPU
// meanwhile.
type ownTime struct {
	wall, waited time.Duration
}

func (o ownTime) own() time.Duration { return o.wall - o.waited }

func (o ownTime) String() string {
	return fmt.Sprintf("%v (%v by the clock, %v of it waiting for a CPU)",
		o.own().Round(time.Millisecond), o.wall.Round(time.Millisecond), o.waited.Round(time.Millisecond))
}
