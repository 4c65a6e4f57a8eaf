package main

import (
	"fmt"
	"math/rand/v2"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// newProgram makes the program, reading the terminal through the input
// that can drain, where there is one.
// plain draws without colour, whatever the terminal takes. frame hears
// of each write to the terminal.
func newProgram(model tea.Model, marker string, plain bool, frame *frameSignal) (*tea.Program, *terminalInput) {
	// 120 frames a second halves the wait between a keystroke and its
	// character on screen (16 ms to about 9 at the default 60); a frame
	// is drawn only when the view changed, so idle costs nothing.
	// endOnSignals handles the signals bubbletea would: it drains the
	// input first.
	profile := colorprofile.Ascii
	if !plain {
		profile = colorProfile()
	}
	opts := []tea.ProgramOption{
		tea.WithOutput(frameOutput{file: os.Stdout, frame: frame}),
		tea.WithFPS(120), tea.WithoutSignalHandler(), tea.WithColorProfile(profile),
	}
	in, err := newTerminalInput(os.Stdin, marker)
	if err != nil {
		// Reading as bubbletea does works as well; only the keys in
		// flight when a signal comes could be lost, as without the drain.
		in = nil
	}
	if in != nil {
		opts = append(opts, tea.WithInput(in))
	}
	return tea.NewProgram(model, opts...), in
}

// newEndMarker returns the input sequence that ends the program: an APC
// string no terminal sends, with a random part so that no paste can
// carry it.
func newEndMarker() string {
	return fmt.Sprintf("\x1b_lanyard-end-%016x\x1b\\", rand.Uint64())
}
