//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"time"

	"golang.org/x/sys/unix"
)

// runMainCPU runs cmd to its end and returns the CPU time its main thread
// had, which is where Go runs package init (runtime.main locks it there),
// read from Linux's schedstat while the exited process is not yet reaped:
// unlike the clock, it does not grow while the machine is busy with other
// work. ok is false when it cannot be read.
func runMainCPU(cmd *exec.Cmd) (cpu time.Duration, ok bool, err error) {
	if err := cmd.Start(); err != nil {
		return 0, false, err
	}
	pid := cmd.Process.Pid
	var info unix.Siginfo
	for {
		err = unix.Waitid(unix.P_PID, pid, &info, unix.WEXITED|unix.WNOWAIT, nil)
		if err != unix.EINTR {
			break
		}
	}
	if err == nil {
		stat, readErr := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/schedstat", pid, pid))
		var running int64
		if readErr == nil {
			_, readErr = fmt.Sscan(string(stat), &running)
		}
		cpu, ok = time.Duration(running), readErr == nil
	}
	return cpu, ok, cmd.Wait()
}
