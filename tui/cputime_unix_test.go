//go:build unix

package tui

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system, its
// garbage collector's included. On a machine shared with other work a
// benchmark's wall time counts the waits for a CPU; this does not.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
