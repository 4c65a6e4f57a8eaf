package main

import (
	"fmt"
	"io"
	"os"

	"lanyard/store"
	"lanyard/store/owner"
)

// serveOthers serves the other lanyard commands run beside this one (talks,
// export, backup, add…) over the notebook's socket, until stop is called;
// stop is safe to call more than once. h holds what the app does for the
// requests that need the interface (Add); serveOthers adds the copy of the
// notebook and the crash guard. Nothing it does runs on the UI's
// goroutine. When the socket cannot be served (another user's is in the
// way, say) the app runs on: tell says so in the status bar, and stop
// says why on stderr once the terminal is back, since those commands will
// have failed meanwhile.
func serveOthers(nb *store.Notebook, writer *store.Writer, guard *crashGuard, h owner.Handlers, tell func(string)) (stop func()) {
	// Every keystroke made before the request is in the copy.
	h.Snapshot = func(w io.Writer) error {
		if err := writer.Flush(); err != nil {
			return err
		}
		return nb.WriteSnapshot(w)
	}
	h.OnPanic = func(value any, stack []byte) { guard.record("a command beside the app", value, stack) }
	srv, err := owner.Serve(nb.Path(), h)
	if err != nil {
		tell("commands can't reach this lanyard: " + err.Error())
		return func() {
			if err != nil {
				fmt.Fprintln(os.Stderr, "lanyard: other lanyard commands could not reach this one while it ran:", err)
				err = nil
			}
		}
	}
	stopped := false
	return func() {
		if stopped {
			return
		}
		stopped = true
		if err := srv.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "lanyard:", err)
		}
	}
}
