//go:build unix

package gitsync

import (
	"os/exec"
	"syscall"
)

// detach runs git in a session of its own, with no controlling terminal:
// ssh then cannot open /dev/tty to ask for a password or passphrase over
// the app's screen, and fails instead (an agent's keys still work).
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
}
