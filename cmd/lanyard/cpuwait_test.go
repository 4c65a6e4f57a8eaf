//go:build linux

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
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
	var total time.Duration
	for _, w := range threadWaits(pid) {
		total += w
	}
	return total
}

// threadWaits is how long each thread of pid has waited for a CPU, by
// thread id.
func threadWaits(pid int) map[string]time.Duration {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return nil
	}
	waits := make(map[string]time.Duration, len(tasks))
	for _, task := range tasks {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, task.Name()))
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

// freeze stops lanyard (SIGSTOP) at once, as SIGKILL would: no thread runs
// its code after it. It returns that moment, once every thread has
// stopped, which each does when it next gets the CPU: then every wait for
// one is counted.
func (r *ptyRun) freeze() time.Time {
	r.t.Helper()
	at := r.signal(syscall.SIGSTOP)
	waitStopped(r.cmd.Process.Pid)
	return at
}

// waitStopped waits, up to exitLimit, until every thread of pid has
// stopped.
func waitStopped(pid int) {
	deadline := time.Now().Add(exitLimit)
	for !allStopped(pid) && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
}

// waitOwnTime waits until the process pid has had d of its own time since
// the moment since, when its CPU wait was waited, and returns how long it
// had. A wait still going on is not counted yet, which only makes a test
// stricter: the process may have had less. (Stopping it to count every
// wait, as freeze does, is no use in tmux, which continues a stopped
// pane.)
func waitOwnTime(pid int, since time.Time, waited, d time.Duration) ownTime {
	for {
		had := ownTime{wall: time.Since(since), waited: cpuWait(pid) - waited}
		if had.own() >= d {
			return had
		}
		time.Sleep(min(d-had.own(), 10*time.Millisecond))
	}
}

// runOwnTime runs cmd to its end and returns its output and how long it
// had of its own. Its threads' waits for a CPU are read while it runs and
// once more when it has exited, before it is reaped; a thread that ends
// between two reads loses the waits since the first, which only makes the
// time it had look longer.
func runOwnTime(cmd *exec.Cmd) ([]byte, ownTime, error) {
	var out lockedBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, ownTime{}, err
	}
	pid := cmd.Process.Pid
	exited := make(chan error, 1)
	go func() {
		var info unix.Siginfo
		exited <- unix.Waitid(unix.P_PID, pid, &info, unix.WEXITED|unix.WNOWAIT, nil)
	}()
	waits := make(map[string]time.Duration)
	read := func() {
		for task, w := range threadWaits(pid) {
			waits[task] = max(waits[task], w)
		}
	}
	for running := true; running; {
		select {
		case err := <-exited:
			if err != nil {
				return nil, ownTime{}, errors.Join(fmt.Errorf("wait for %d: %w", pid, err), cmd.Wait())
			}
			running = false
		case <-time.After(2 * time.Millisecond):
		}
		read()
	}
	wall := time.Since(start)
	err := cmd.Wait()
	var waited time.Duration
	for _, w := range waits {
		waited += w
	}
	return []byte(out.String()), ownTime{wall: wall, waited: waited}, err
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
