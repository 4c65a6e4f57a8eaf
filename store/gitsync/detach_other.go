//go:build !unix

package gitsync

import "os/exec"

// detach does nothing where there are no sessions: GIT_TERMINAL_PROMPT=0
// and SSH_ASKPASS_REQUIRE=never keep git and ssh from prompting.
func detach(cmd *exec.Cmd) {}
