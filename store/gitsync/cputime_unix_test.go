//go:build unix

package gitsync

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system: git's
// processes, its children, are not in it.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
