package opml

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// ownTime runs f and returns the CPU time this process's threads had
// meanwhile (Linux's schedstat): f's work and the runtime's for it,
// however busy the machine is, as time spent waiting for a CPU that other
// work had is not in it. (Taking the threads' waits off the wall clock
// instead over-counts when several wait at once, as the runtime's monitor
// thread does at each of its wake-ups on a loaded machine, and went below
// zero on one.) Where there is no schedstat it is the wall time, which
// only makes a test stricter.
func ownTime(f func()) time.Duration {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	before := threadsRan()
	start := time.Now()
	f()
	wall := time.Since(start)
	after := threadsRan()
	if before == nil || after == nil {
		return wall
	}
	var ran time.Duration
	for id, r := range after {
		ran += r - before[id] // a thread started meanwhile ran all of r
	}
	return ran
}

// threadsRan is how long each thread of this process has run on a CPU, by
// thread id, or nil where Linux's schedstat cannot be read.
func threadsRan() map[string]time.Duration {
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return nil
	}
	ran := make(map[string]time.Duration, len(tasks))
	for _, task := range tasks {
		stat, err := os.ReadFile(filepath.Join("/proc/self/task", task.Name(), "schedstat"))
		if err != nil {
			continue
		}
		var running, waiting int64
		if _, err := fmt.Sscan(string(stat), &running, &waiting); err == nil {
			ran[task.Name()] = time.Duration(running)
		}
	}
	if len(ran) == 0 {
		return nil
	}
	return ran
}
