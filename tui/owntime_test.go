package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// ownTime runs f and returns how long it took less the time this
// process's threads waited, runnable, for a CPU meanwhile (Linux's
// schedstat): on a machine busy with other work that wait is not the
// editor's. Go runs on one thread while f does, so a wait of that thread
// holds up all of f and the waits sum to what f lost. Where there is no
// schedstat nothing is taken off, which only makes a test stricter.
func ownTime(f func()) time.Duration {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	before := threadWaits()
	start := time.Now()
	f()
	took := time.Since(start)
	for id, w := range threadWaits() {
		took -= w - before[id]
	}
	return took
}

// threadWaits is how long each thread of this process has waited for a
// CPU, by thread id.
func threadWaits() map[string]time.Duration {
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
