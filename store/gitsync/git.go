package gitsync

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// gitRunner runs the git binary in one working tree, with the user's own
// config, credentials and ssh keys, and never a prompt: a sync runs in the
// background of a terminal app, where a password prompt would wait
// forever or scribble on the screen.
type gitRunner struct {
	path string   // the git binary
	dir  string   // the working tree, given to git -C
	env  []string // the environment of every run
}

// newGitRunner finds git and prepares its environment.
func newGitRunner(dir string, opt Options) (*gitRunner, error) {
	name := opt.Git
	if name == "" {
		name = "git"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		return nil, refuse(ErrNoGit, "lanyard syncs through git, and %q cannot be found (%v): install git (https://git-scm.com/downloads, or your system's package manager) and sync again", name, err)
	}
	return &gitRunner{path: path, dir: dir, env: gitEnv(opt)}, nil
}

// gitEnv is the environment git runs in: the user's, with messages in
// English (lanyard reads some of them), no prompts, and the commit's
// author and time when the options set them.
func gitEnv(opt Options) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		// Set by a git hook that runs lanyard: they would point git at
		// another repository than DIR.
		case "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX",
			"LC_ALL", "LANGUAGE", "GIT_TERMINAL_PROMPT":
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "LC_ALL=C", "LANGUAGE=", "GIT_TERMINAL_PROMPT=0",
		// ssh prompts through its askpass program without a terminal.
		"SSH_ASKPASS_REQUIRE=never", "GCM_INTERACTIVE=never")
	if opt.AuthorName != "" {
		env = append(env, "GIT_AUTHOR_NAME="+opt.AuthorName, "GIT_COMMITTER_NAME="+opt.AuthorName)
	}
	if opt.AuthorEmail != "" {
		env = append(env, "GIT_AUTHOR_EMAIL="+opt.AuthorEmail, "GIT_COMMITTER_EMAIL="+opt.AuthorEmail)
	}
	return env
}

// gitError is a git run that failed: the command and what git said.
type gitError struct {
	args   []string
	stderr string
	err    error
}

func (e *gitError) Error() string {
	said := firstLines(e.stderr, 3)
	if said == "" {
		said = e.err.Error()
	}
	return fmt.Sprintf("git %s: %s", strings.Join(e.args, " "), said)
}

func (e *gitError) Unwrap() error { return e.err }

// firstLines is the first n lines of git's message, without its
// "hint:" lines, joined by "; ".
func firstLines(s string, n int) string {
	var keep []string
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "hint:") {
			continue
		}
		keep = append(keep, line)
		if len(keep) == n {
			break
		}
	}
	return strings.Join(keep, "; ")
}

// run runs git with args and returns its standard output.
func (g *gitRunner) run(ctx context.Context, args ...string) ([]byte, error) {
	return g.runInput(ctx, nil, args...)
}

// runInput runs git with stdin as its standard input.
func (g *gitRunner) runInput(ctx context.Context, stdin io.Reader, args ...string) ([]byte, error) {
	var out, errOut bytes.Buffer
	cmd := g.command(ctx, args...)
	cmd.Stdin = stdin
	cmd.Stdout = &out
	cmd.Stderr = &errOut
	if err := cmd.Run(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			err = errors.Join(ctxErr, err)
		}
		return out.Bytes(), &gitError{args: args, stderr: errOut.String(), err: err}
	}
	return out.Bytes(), nil
}

// command is the exec.Cmd for git -C dir args.
func (g *gitRunner) command(ctx context.Context, args ...string) *exec.Cmd {
	full := append([]string{"-C", g.dir,
		// The form is written and compared byte for byte: no line-ending
		// conversion, and no pager or colour in what lanyard reads.
		"-c", "core.autocrlf=false", "-c", "core.safecrlf=false",
		"-c", "color.ui=false", "-c", "core.quotePath=false"}, args...)
	cmd := exec.CommandContext(ctx, g.path, full...)
	cmd.Env = g.env
	// An ssh child that holds git's pipes open after git is killed must
	// not hold the sync up.
	cmd.WaitDelay = 2 * time.Second
	detach(cmd)
	return cmd
}

// exitCode is the exit status of a git that ran and failed, or -1.
func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	return -1
}

// line runs git and returns its output's first line, trimmed.
func (g *gitRunner) line(ctx context.Context, args ...string) (string, error) {
	out, err := g.run(ctx, args...)
	first, _, _ := strings.Cut(string(out), "\n")
	return strings.TrimSpace(first), err
}
