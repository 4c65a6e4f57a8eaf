package main

import (
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// colorProfile is the colour profile lanyard draws with, worked out here
// rather than by bubbletea, whose detection runs the tmux command (`tmux
// info`, some 30 ms before the first frame) whenever $TMUX is set, to learn
// whether tmux passes true colour on. lanyard's palette (tui/theme) is
// exact xterm-256 colours, so true colour would draw nothing better than
// 256 colours do.
func colorProfile() colorprofile.Profile {
	return profileFor(os.Environ(), func(env []string) colorprofile.Profile {
		if term.IsTerminal(os.Stdout.Fd()) {
			// The terminfo database can only raise a profile to true
			// colour, which lanyard does not need: when the environment
			// already says 256 colours, it is not read (nor the user's
			// account looked up to find their own terminfo folder).
			if p := colorprofile.Env(env); p >= colorprofile.ANSI256 {
				return p
			}
		}
		return colorprofile.Detect(os.Stdout, env)
	})
}

// profileFor is the rule of colorProfile: detect (colorprofile's
// detection, by default) decides from the environment without $TMUX, so
// that it never runs tmux; inside tmux, a terminal found to have colour
// gets at least 256 of them, as tmux gives every terminal in it and as
// colorprofile itself would have said. No colour stays no colour: NO_COLOR,
// TERM=dumb and output that is not a terminal are left as detect found
// them.
func profileFor(env []string, detect func(env []string) colorprofile.Profile) colorprofile.Profile {
	inTmux := false
	outside := make([]string, 0, len(env))
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		if name == "TMUX" {
			inTmux = inTmux || value != ""
			continue
		}
		outside = append(outside, kv)
	}
	p := detect(outside)
	if inTmux && p >= colorprofile.ANSI && p < colorprofile.ANSI256 {
		p = colorprofile.ANSI256
	}
	return p
}
