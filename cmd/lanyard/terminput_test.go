//go:build linux

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"
)

const testMarker = "\x1b_lanyard-end-test\x1b\\"

// openInput makes a pseudo-terminal and the drainable input on its slave.
// The cleanup stops the input and closes the terminal only once no Read
// is under way: bubbletea's reading goroutine outlives the program, and a
// Read that wakes after the slave is closed reads whatever terminal the
// next test opens under the same descriptor number, taking its keys.
func openInput(t *testing.T) (master *os.File, in *watchedInput) {
	t.Helper()
	master, slave, err := pty.Open()
	if err != nil {
		t.Fatalf("open pty: %v", err)
	}
	input, err := newTerminalInput(slave, testMarker)
	if err != nil || input == nil {
		t.Fatalf("terminal input: %v", err)
	}
	in = &watchedInput{terminalInput: input}
	t.Cleanup(func() {
		if err := in.stop(); err != nil {
			t.Error(err)
		}
		if !in.readsEnded(10 * time.Second) {
			t.Errorf("a Read of the stopped input is still under way after 10s; the terminal is left open")
			return
		}
		for _, f := range []*os.File{master, slave} {
			if err := f.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
				t.Error(err)
			}
		}
	})
	return master, in
}

// watchedInput is the terminal input counting the Reads under way.
type watchedInput struct {
	*terminalInput
	reading atomic.Int32
}

func (w *watchedInput) Read(p []byte) (int, error) {
	w.reading.Add(1)
	defer w.reading.Add(-1)
	return w.terminalInput.Read(p)
}

// readsEnded waits up to limit for every Read under way to return. Once
// the input is stopped a new Read returns at once without reading.
func (w *watchedInput) readsEnded(limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for w.reading.Load() > 0 {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(time.Millisecond)
	}
	return true
}

// keyLog is a model that writes down every key's text, and names the
// keys that have none.
type keyLog struct{ log *strings.Builder }

func (k keyLog) Init() tea.Cmd { return nil }

func (k keyLog) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if key, ok := msg.(tea.KeyPressMsg); ok {
		if key.Text != "" {
			k.log.WriteString(key.Text)
		} else {
			k.log.WriteString("<" + key.String() + ">")
		}
	}
	return k, nil
}

func (k keyLog) View() tea.View { return tea.NewView("") }

// runUntilMarker runs a program reading in until the end marker ends it,
// and returns the keys it handled.
func runUntilMarker(t *testing.T, in *watchedInput, beforeDrain func()) string {
	t.Helper()
	log := &strings.Builder{}
	model := &guardedModel{inner: keyLog{log: log}, guard: newCrashGuard(), endMarker: testMarker}
	prog := tea.NewProgram(model, tea.WithInput(in), tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
	done := make(chan error, 1)
	go func() {
		_, err := prog.Run()
		done <- err
	}()
	beforeDrain()
	if !in.drain() {
		t.Fatal("drain refused")
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("program ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		prog.Kill()
		t.Fatalf("the end marker never ended the program; it had handled %q", log.String())
	}
	return log.String()
}

func TestDrainEndsTheProgramAfterEveryKeyTyped(t *testing.T) {
	master, in := openInput(t)
	var typed bytes.Buffer
	got := runUntilMarker(t, in, func() {
		for i := range 200 {
			keys := []byte(strings.Repeat(string(rune('a'+i%26)), 1+i%7) + " ")
			if _, err := master.Write(keys); err != nil {
				t.Fatal(err)
			}
			typed.Write(keys)
		}
	})
	if got != typed.String() {
		t.Errorf("the program handled %d keys before ending; %d were typed before the drain.\ngot  %q\nwant %q",
			len(got), typed.Len(), got, typed.String())
	}
}

// An escape sequence cut short (here the start of an arrow key's) is
// decoded once bubbletea's wait for the rest of it runs out; a marker
// sent before then would be read as part of it, and the keys lost.
func TestDrainAfterAnUnfinishedSequenceKeepsItsKeys(t *testing.T) {
	master, in := openInput(t)
	got := runUntilMarker(t, in, func() {
		if _, err := master.Write([]byte("ab\x1b[")); err != nil {
			t.Fatal(err)
		}
	})
	if got != "ab<alt+[>" {
		t.Errorf("handled %q; want a, b and alt+[ as without the drain, and no text of the marker", got)
	}
}

// readAll reads in until EOF or a time limit.
func readAll(t *testing.T, in *watchedInput) string {
	t.Helper()
	return readWithin(t, in, 5*time.Second, true)
}

// readWithin reads in, once or until EOF, and fails the test if that
// takes longer than limit rather than leaving it to go test's timeout.
func readWithin(t *testing.T, in *watchedInput, limit time.Duration, untilEOF bool) string {
	t.Helper()
	type result struct {
		read string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		var all []byte
		buf := make([]byte, 64)
		for {
			n, err := in.Read(buf)
			all = append(all, buf[:n]...)
			if err != nil || !untilEOF {
				got <- result{string(all), err}
				return
			}
		}
	}()
	select {
	case r := <-got:
		if !untilEOF && r.err != nil {
			t.Fatalf("Read gave %q, %v", r.read, r.err)
		}
		return r.read
	case <-time.After(limit):
		t.Fatalf("Read never returned within %v", limit)
		return ""
	}
}

func TestHangupGivesTheMarkerThenEOF(t *testing.T) {
	master, in := openInput(t)
	// Raw, as bubbletea sets it: keys are readable as they come, not
	// once a line is done.
	if _, err := term.MakeRaw(in.Fd()); err != nil {
		t.Fatal(err)
	}
	if _, err := master.Write([]byte("hello")); err != nil {
		t.Fatal(err)
	}
	if got := readWithin(t, in, 5*time.Second, false); got != "hello" {
		t.Fatalf("read %q, want what was typed", got)
	}
	if err := master.Close(); err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, in); got != testMarker {
		t.Errorf("after the hangup Read gave %q; want the marker, then EOF", got)
	}
}

func TestStopEndsAWaitingRead(t *testing.T) {
	_, in := openInput(t)
	go func() {
		time.Sleep(50 * time.Millisecond)
		if err := in.stop(); err != nil {
			t.Error(err)
		}
	}()
	if got := readAll(t, in); got != "" {
		t.Errorf("a stopped input read %q", got)
	}
	if in.drain() {
		t.Error("a stopped input promised a marker")
	}
}
