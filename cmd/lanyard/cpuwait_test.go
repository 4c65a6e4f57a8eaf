//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"syscall"
	"time"
)

// cpuWait is how long the process pid's threads have waited, runnable, for
// a CPU, summed (Linux's schedstat). On a machine busy with other tests
// this can reach hundreds of milliseconds in a second; the kill test does
// not count it as time lanyard had. The kernel adds a wait to the count
// when the thread gets the CPU at last, so a wait still going on is not in
// it yet (freeze makes every thread run). A thread that has gone, or a
// kernel without schedstat, adds nothing, which only makes the test
// stricter.
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

// freeze stops lanyard (SIGSTOP) at once, as SIGKILL would: no thread runs
// its code after it. It returns that moment, once every thread has
// stopped, which each does when it next gets the CPU: then every wait for
// one is counted.
func (r *ptyRun) freeze() time.Time {
	r.t.Helper()
	at := r.signal(syscall.SIGSTOP)
	pid := r.cmd.Process.Pid
	deadline := time.Now().Add(exitLimit)
	for !allStopped(pid) && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	return at
}

// allStopped reports whether every thread of pid is stopped.
func allStopped(pid int) bool {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return false
	}
	for _, task := range tasks {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/stat", pid, task.Name()))
		if err != nil {
			return false
		}
		// The state follows the command name, which is in parentheses.
		rest := stat[bytes.LastIndexByte(stat, ')')+1:]
		if state := bytes.Fields(rest); len(state) == 0 || (state[0][0] != 'T' && state[0][0] != 't') {
			return false
		}
	}
	return true
}
