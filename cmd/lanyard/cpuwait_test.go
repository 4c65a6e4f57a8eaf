//go:build linux

package main

import (
	"fmt"
	"os"
	"time"
)

// cpuWait is how long the process pid's threads have waited, runnable, for
// a CPU, summed (Linux's schedstat). On a machine busy with other tests
// this can reach hundreds of milliseconds in a second; the kill test does
// not count it as time lanyard had. A thread that has gone, or a kernel
// without schedstat, adds nothing, which only makes the test stricter.
func cpuWait(pid int) time.Duration {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return 0
	}
	var total time.Duration
	for _, task := range tasks {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, task.Name()))
		if err != nil {
			continue
		}
		var running, waiting int64
		if _, err := fmt.Sscan(string(stat), &running, &waiting); err == nil {
			total += time.Duration(waiting)
		}
	}
	return total
}
