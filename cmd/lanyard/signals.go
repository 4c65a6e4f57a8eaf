package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
)

const (
	// drainLimit bounds the wait for the terminal input's end marker
	// after a signal; the marker is lost only inside a paste the signal
	// cut short, or with a terminal that has stopped answering.
	drainLimit = 3 * time.Second
	// killLimit ends a program that has not quit by then, such as one
	// stuck writing to a terminal that is gone.
	killLimit = 6 * time.Second
)

// endOnSignals ends the program cleanly on SIGTERM (a shutdown, kill),
// SIGHUP (the terminal closed) and SIGINT: it saves what has been typed at
// once, since the sender may follow up with SIGKILL; lets the program
// handle every key the terminal still holds (the input's end marker comes
// after them); and then the program quits, and runTUI saves the rest. A
// second signal ends the program at once.
func endOnSignals(prog *tea.Program, in *terminalInput, w *store.Writer, guard *crashGuard) (stop func()) {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	guard.goSafely("the signal handler", func() {
		select {
		case <-sig:
		case <-done:
			return
		}
		// The limits start first: Quit blocks while the program is stuck.
		quitLater := time.AfterFunc(drainLimit, prog.Quit)
		killLater := time.AfterFunc(killLimit, prog.Kill)
		defer quitLater.Stop()
		defer killLater.Stop()
		if err := w.Flush(); err != nil {
			// The writer keeps the edits and retries; runTUI reports
			// what it could not save in the end.
			fmt.Fprintf(os.Stderr, "lanyard: saving notes: %v\r\n", err)
		}
		if in == nil || !in.drain() {
			prog.Quit()
		}
		select {
		case <-sig:
			prog.Kill()
		case <-done:
		}
	})
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
