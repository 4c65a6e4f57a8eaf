//go:build linux

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// These helpers run the built binary on a pseudo-terminal the test holds
// both ends of: it types into the master as a terminal would, reads what
// lanyard draws, signals the process, and reads the terminal's settings
// through its own handle on the slave once lanyard has gone.

// ptyRun is one run of lanyard on a fresh pseudo-terminal.
type ptyRun struct {
	t      *testing.T
	cmd    *exec.Cmd
	master *os.File
	slave  *os.File
	// cooked and left are the terminal's settings before lanyard
	// started and after it exited.
	cooked, left *unix.Termios
	// out is everything lanyard wrote to the terminal; drawn closes
	// once it is all there.
	out    lockedBuffer
	drawn  chan struct{}
	stderr lockedBuffer
	exited chan struct{}
	// exitErr is cmd.Wait's result, set before exited closes.
	exitErr error
}

// lockedBuffer is a buffer written by one goroutine and read by another.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startPty starts bin on db in a 100x30 terminal with the clock at a fixed
// time; env adds to the environment.
func startPty(t *testing.T, bin, db string, env ...string) *ptyRun {
	t.Helper()
	master, slave, err := pty.Open()
	if err != nil {
		t.Fatalf("open pty: %v", err)
	}
	if err := pty.Setsize(master, &pty.Winsize{Rows: 30, Cols: 100}); err != nil {
		t.Fatalf("size pty: %v", err)
	}
	if master, err = pollable(master); err != nil {
		t.Fatalf("pty master: %v", err)
	}
	r := &ptyRun{t: t, master: master, slave: slave, exited: make(chan struct{}), drawn: make(chan struct{})}
	t.Cleanup(r.close)
	if r.cooked, err = unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS); err != nil {
		t.Fatalf("termios: %v", err)
	}
	r.cmd = exec.Command(bin, "--db", db, "--now", "2026-03-03 09:15")
	r.cmd.Env = append(os.Environ(), append([]string{"TZ=Asia/Tokyo", "TERM=xterm-256color"}, env...)...)
	r.cmd.Stdin, r.cmd.Stdout, r.cmd.Stderr = slave, slave, &r.stderr
	// Its own session with the pty as controlling terminal, as a
	// terminal emulator starts a shell: a hangup reaches it.
	r.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := r.cmd.Start(); err != nil {
		t.Fatalf("start lanyard: %v", err)
	}
	go r.readScreen()
	go func() {
		r.exitErr = r.cmd.Wait()
		close(r.exited)
	}()
	return r
}

// pollable returns f as a file Go's poller reads, closing f. pty.Open
// hands the master over in blocking mode, and Close cannot interrupt a
// blocking read: the terminal would only close, and hang up, once lanyard
// drew something more. Nothing may call Fd on the result, which would
// make it blocking again.
func pollable(f *os.File) (*os.File, error) {
	fd, err := unix.FcntlInt(f.Fd(), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, errors.Join(err, f.Close())
	}
	if err := errors.Join(unix.SetNonblock(fd, true), f.Close()); err != nil {
		return nil, errors.Join(err, unix.Close(fd))
	}
	return os.NewFile(uintptr(fd), f.Name()), nil
}

// readScreen keeps reading what lanyard draws: a terminal whose output
// nobody reads fills up and blocks the program writing to it. It ends
// when the last handle on the slave is closed and all is read.
func (r *ptyRun) readScreen() {
	defer close(r.drawn)
	buf := make([]byte, 32*1024)
	for {
		n, err := r.master.Read(buf)
		if n > 0 {
			if _, werr := r.out.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func (r *ptyRun) close() {
	if r.cmd.Process != nil && !r.hasExited() {
		if err := r.cmd.Process.Kill(); err == nil {
			<-r.exited
		}
	}
	for _, f := range []*os.File{r.master, r.slave} {
		if err := f.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
			r.t.Errorf("close pty: %v", err)
		}
	}
}

func (r *ptyRun) hasExited() bool {
	select {
	case <-r.exited:
		return true
	default:
		return false
	}
}

// screenText is what lanyard has drawn so far, without escape sequences.
func (r *ptyRun) screenText() string { return ansi.Strip(r.out.String()) }

// waitFor waits until lanyard has drawn want.
func (r *ptyRun) waitFor(want string, within time.Duration) {
	r.t.Helper()
	deadline := time.Now().Add(within)
	for !strings.Contains(r.screenText(), want) {
		if time.Now().After(deadline) || r.hasExited() {
			r.t.Fatalf("lanyard never drew %q (exited: %v, stderr %q); it drew:\n%q", want, r.hasExited(), r.stderr.String(), r.screenText())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// typeBytes writes p to the terminal as keys and returns when the
// terminal holds them. Linux moves what the master writes into the
// slave's input queue in a kernel worker, which on a busy machine can lag
// the write by hundreds of milliseconds; polling the slave waits for that
// worker, so that a key counts as typed once lanyard could read it.
func (r *ptyRun) typeBytes(p []byte) time.Time {
	r.t.Helper()
	if _, err := r.master.Write(p); err != nil {
		r.t.Fatalf("type %q: %v", p, err)
	}
	if _, err := r.slaveReadable(); err != nil {
		r.t.Fatalf("poll the terminal: %v", err)
	}
	return time.Now()
}

// slaveReadable reports whether the terminal holds input no one has read
// yet, once what the master wrote has reached it.
func (r *ptyRun) slaveReadable() (bool, error) {
	fds := []unix.PollFd{{Fd: int32(r.slave.Fd()), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(fds, 0)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		return n > 0, err
	}
}

// waitRead waits until lanyard has read every key typed: the terminal
// holds no input for it.
func (r *ptyRun) waitRead(within time.Duration) {
	r.t.Helper()
	deadline := time.Now().Add(within)
	for {
		unread, err := r.slaveReadable()
		switch {
		case err != nil:
			r.t.Fatalf("poll the terminal: %v", err)
		case !unread:
			return
		case time.Now().After(deadline):
			r.t.Fatalf("lanyard did not read its keys within %v", within)
		}
		time.Sleep(time.Millisecond)
	}
}

func (r *ptyRun) signal(sig syscall.Signal) time.Time {
	r.t.Helper()
	at := time.Now()
	if err := r.cmd.Process.Signal(sig); err != nil {
		r.t.Fatalf("signal %v: %v", sig, err)
	}
	return at
}

// wait waits for lanyard to exit and returns its exit code. It then
// keeps the terminal's settings, and closes the slave so that reading the
// master ends with the last of lanyard's output.
func (r *ptyRun) wait(within time.Duration) int {
	r.t.Helper()
	select {
	case <-r.exited:
	case <-time.After(within):
		r.t.Fatalf("lanyard did not exit within %v; its goroutines:\n%s", within, r.goroutines())
	}
	if left, err := unix.IoctlGetTermios(int(r.slave.Fd()), unix.TCGETS); err == nil {
		r.left = left
	}
	if err := r.slave.Close(); err != nil {
		r.t.Errorf("close pty slave: %v", err)
	}
	select {
	case <-r.drawn:
	case <-time.After(within):
		r.t.Errorf("the terminal's output never ended")
	}
	var exit *exec.ExitError
	switch {
	case r.exitErr == nil:
		return 0
	case errors.As(r.exitErr, &exit):
		return exit.ExitCode()
	}
	r.t.Fatalf("wait: %v", r.exitErr)
	return -1
}

// goroutines makes a stuck lanyard print its goroutines and exit
// (SIGQUIT, the Go runtime's own handler), and returns what it printed.
func (r *ptyRun) goroutines() string {
	if err := r.cmd.Process.Signal(syscall.SIGQUIT); err != nil {
		return err.Error()
	}
	select {
	case <-r.exited:
	case <-time.After(5 * time.Second):
	}
	return r.stderr.String()
}

// assertTerminalSane checks what lanyard left behind: the terminal's
// settings as they were before it started (cooked: echo, line editing,
// signals), and its last words on screen the ones that leave the
// alternate screen and show the cursor.
func (r *ptyRun) assertTerminalSane() {
	r.t.Helper()
	now := r.left
	if now == nil {
		r.t.Fatal("the terminal's settings could not be read after lanyard exited")
	}
	if now.Lflag&(unix.ECHO|unix.ICANON|unix.ISIG) != unix.ECHO|unix.ICANON|unix.ISIG {
		r.t.Errorf("terminal left without echo, line editing or signals: lflag %#x", now.Lflag)
	}
	if now.Iflag != r.cooked.Iflag || now.Oflag != r.cooked.Oflag || now.Lflag != r.cooked.Lflag || now.Cflag != r.cooked.Cflag {
		r.t.Errorf("terminal settings not restored: iflag %#x oflag %#x lflag %#x cflag %#x, were %#x %#x %#x %#x",
			now.Iflag, now.Oflag, now.Lflag, now.Cflag, r.cooked.Iflag, r.cooked.Oflag, r.cooked.Lflag, r.cooked.Cflag)
	}
	out := r.out.String()
	const leaveAlt, showCursor = "\x1b[?1049l", "\x1b[?25h"
	alt, cursor := strings.LastIndex(out, leaveAlt), strings.LastIndex(out, showCursor)
	if alt < 0 || cursor < 0 || alt < strings.LastIndex(out, "\x1b[?1049h") || cursor < strings.LastIndex(out, "\x1b[?25l") {
		tail := out[max(0, len(out)-200):]
		r.t.Errorf("lanyard's output does not end leaving the alternate screen with the cursor shown; it ends %q", tail)
	}
}
