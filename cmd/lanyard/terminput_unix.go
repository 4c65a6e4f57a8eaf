//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// escSettle is how long the input waits, before it hands over the end
// marker, when the last bytes it read may be an unfinished escape
// sequence: bubbletea holds such bytes for 50 ms to see whether more
// follow, and a marker glued onto them (onto the start of an arrow key's
// sequence, say) would be read as part of the sequence and lose the key.
const escSettle = 150 * time.Millisecond

// terminalInput is the terminal as bubbletea reads it, with one addition:
// asked to, it hands over an end marker after the last byte the terminal
// holds, so that the program knows when it has handled every key typed
// before a signal. Because the marker travels the same path as the keys,
// nothing typed before it can be overtaken by it.
//
// It is a term.File, so bubbletea still puts the terminal in raw mode and
// restores it, but has no Name method: bubbletea then reads it as a plain
// reader instead of polling the descriptor itself, which is what lets
// Read return bytes the terminal never sent.
type terminalInput struct {
	tty    *os.File
	fd     int
	marker []byte
	// wake is a pipe that interrupts the wait in Read when a drain or a
	// stop is asked for; all of its use after creation is under mu.
	wakeRead, wakeWrite int

	mu sync.Mutex
	// draining is set from a drain request until its marker is owed.
	draining bool
	// owed is the part of a marker Read has yet to return; ended is set
	// once the terminal has gone (read gave EOF or an error), after
	// which Read returns the marker, then EOF.
	owed  []byte
	ended bool
	// stopped is set by stop; closed once Read has closed the pipe.
	stopped, closed bool
	// unsettled is set while the last bytes read may end in an
	// unfinished escape sequence.
	unsettled bool
}

// newTerminalInput returns the drainable input for f, or nil when f is not
// a terminal: bubbletea then opens the terminal itself, and a signal ends
// lanyard without the drain.
func newTerminalInput(f *os.File, marker string) (*terminalInput, error) {
	if !term.IsTerminal(f.Fd()) {
		return nil, nil
	}
	var p [2]int
	if err := unix.Pipe(p[:]); err != nil {
		return nil, fmt.Errorf("terminal input: %w", err)
	}
	for _, fd := range p {
		unix.CloseOnExec(fd)
		if err := unix.SetNonblock(fd, true); err != nil {
			return nil, errors.Join(fmt.Errorf("terminal input: %w", err), closeFds(p[:]...))
		}
	}
	return &terminalInput{tty: f, fd: int(f.Fd()), marker: []byte(marker), wakeRead: p[0], wakeWrite: p[1]}, nil
}

// Fd implements term.File: bubbletea sets raw mode on it and restores it.
func (in *terminalInput) Fd() uintptr { return in.tty.Fd() }

// Write implements term.File.
func (in *terminalInput) Write(p []byte) (int, error) { return in.tty.Write(p) }

// Close implements term.File; it stops reading.
func (in *terminalInput) Close() error { return in.stop() }

// drain asks Read to hand over the end marker as soon as the terminal holds
// no more input. It reports false when no marker will come: the input has
// stopped, or Read could not be woken.
func (in *terminalInput) drain() bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.stopped || in.closed {
		return false
	}
	in.draining = true
	return in.ringLocked() == nil
}

// stop ends reading: a Read waiting for the terminal returns EOF. If Read
// cannot be woken it returns at the next key, which is as soon as it can
// matter.
func (in *terminalInput) stop() error {
	in.mu.Lock()
	defer in.mu.Unlock()
	switch {
	case in.stopped || in.closed:
		return nil
	case in.ended:
		// Read has seen the terminal go and waits on nothing: the pipe
		// is free to close here.
		in.stopped, in.closed = true, true
		return closeFds(in.wakeRead, in.wakeWrite)
	}
	in.stopped = true
	return in.ringLocked()
}

// ringLocked wakes Read; a full pipe already holds a wake-up.
func (in *terminalInput) ringLocked() error {
	_, err := unix.Write(in.wakeWrite, []byte{1})
	if err != nil && !errors.Is(err, unix.EAGAIN) {
		return fmt.Errorf("wake terminal input: %w", err)
	}
	return nil
}

// Read returns what the terminal sends, and the end marker when a drain
// was asked for and the terminal holds nothing more, or when the terminal
// has gone.
func (in *terminalInput) Read(p []byte) (int, error) {
	for {
		if n := in.payOwed(p); n > 0 {
			return n, nil
		}
		draining, done, err := in.state()
		if done {
			return 0, errors.Join(io.EOF, err)
		}
		timeout := -1
		if draining {
			timeout = 0 // only look: is there more input?
		}
		ready, err := in.wait(timeout)
		if err != nil {
			return 0, fmt.Errorf("terminal input: %w", err)
		}
		switch {
		case ready:
			n, err := unix.Read(in.fd, p)
			if n > 0 {
				in.noteRead(p[:n])
				return n, nil
			}
			if errors.Is(err, unix.EINTR) || errors.Is(err, unix.EAGAIN) {
				continue
			}
			// EOF or EIO: the terminal hung up. Every key read from it
			// has been handed over, so the program may end.
			in.owe(true)
		case draining && in.settling():
			time.Sleep(escSettle)
		case draining:
			in.owe(false)
		}
	}
}

// state reports whether a drain is wanted and whether Read is done,
// closing the pipe once stopped so that the last Read frees it.
func (in *terminalInput) state() (draining, done bool, err error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.stopped && !in.closed {
		in.closed = true
		err = closeFds(in.wakeRead, in.wakeWrite)
	}
	return in.draining, in.closed || in.ended, err
}

// wait blocks until the terminal has input or the pipe rings, or for
// timeout milliseconds (-1: no limit). It empties the pipe, and reports
// whether the terminal is readable (which includes hung up).
func (in *terminalInput) wait(timeout int) (bool, error) {
	fds := []unix.PollFd{
		{Fd: int32(in.fd), Events: unix.POLLIN},
		{Fd: int32(in.wakeRead), Events: unix.POLLIN},
	}
	for {
		_, err := unix.Poll(fds, timeout)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return false, err
		}
		break
	}
	if fds[1].Revents&unix.POLLIN != 0 {
		var buf [64]byte
		for {
			if n, err := unix.Read(in.wakeRead, buf[:]); n <= 0 || err != nil {
				break
			}
		}
	}
	// A hung-up or invalid terminal counts as readable: the read says why.
	return fds[0].Revents&(unix.POLLIN|unix.POLLHUP|unix.POLLERR|unix.POLLNVAL) != 0, nil
}

// noteRead remembers whether the bytes just read may leave an escape
// sequence, or a character, unfinished.
func (in *terminalInput) noteRead(b []byte) {
	in.mu.Lock()
	in.unsettled = bytes.IndexByte(b, 0x1b) >= 0 || b[len(b)-1] >= 0x80
	in.mu.Unlock()
}

// settling reports, once, that the last bytes read need escSettle to be
// decoded on their own before the marker may follow.
func (in *terminalInput) settling() bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	was := in.unsettled
	in.unsettled = false
	return was
}

// owe queues the marker; ended says the terminal has gone.
func (in *terminalInput) owe(ended bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.draining = false
	in.owed = append(in.owed, in.marker...)
	in.ended = in.ended || ended
}

// payOwed copies what it can of an owed marker into p.
func (in *terminalInput) payOwed(p []byte) int {
	in.mu.Lock()
	defer in.mu.Unlock()
	n := copy(p, in.owed)
	in.owed = in.owed[n:]
	return n
}

func closeFds(fds ...int) error {
	var errs []error
	for _, fd := range fds {
		if err := unix.Close(fd); err != nil {
			errs = append(errs, fmt.Errorf("close wake pipe: %w", err))
		}
	}
	return errors.Join(errs...)
}
