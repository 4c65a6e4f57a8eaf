//go:build !linux

package main

import (
	"os/exec"
	"time"
)

// Without Linux's schedstat a process's waits for a CPU cannot be read:
// these count none, which only makes the tests stricter.

func cpuWait(int) time.Duration { return 0 }

// waitOwnTime waits until d has passed since since.
func waitOwnTime(_ int, since time.Time, _, d time.Duration) ownTime {
	time.Sleep(time.Until(since.Add(d)))
	return ownTime{wall: time.Since(since)}
}

// runOwnTime runs cmd to its end and returns its output and how long it
// took.
func runOwnTime(cmd *exec.Cmd) ([]byte, ownTime, error) {
	start := time.Now()
	out, err := cmd.CombinedOutput()
	return out, ownTime{wall: time.Since(start)}, err
}
