package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// detectAs is a detection that finds p, and records the environment it
// was given.
func detectAs(p colorprofile.Profile, seen *[]string) func([]string) colorprofile.Profile {
	return func(env []string) colorprofile.Profile {
		*seen = env
		return p
	}
}

func TestTheColourProfileNeverAsksTmux(t *testing.T) {
	var seen []string
	env := []string{"TERM=tmux-256color", "TMUX=/tmp/tmux-1000/default,42,0", "HOME=/home/ada"}
	profileFor(env, detectAs(colorprofile.ANSI256, &seen))
	if slices.ContainsFunc(seen, func(kv string) bool { return strings.HasPrefix(kv, "TMUX=") }) {
		t.Fatalf("the detection was given $TMUX, so colorprofile would run tmux: %q", seen)
	}
	if !slices.Equal(seen, []string{"TERM=tmux-256color", "HOME=/home/ada"}) {
		t.Fatalf("the detection lost the rest of the environment: %q", seen)
	}
}

func TestTheColourProfileInsideTmux(t *testing.T) {
	inTmux := []string{"TERM=screen", "TMUX=/tmp/tmux-1000/default,42,0"}
	outside := []string{"TERM=xterm"}
	for _, c := range []struct {
		name  string
		env   []string
		found colorprofile.Profile
		want  colorprofile.Profile
	}{
		{"16 colours in tmux are 256", inTmux, colorprofile.ANSI, colorprofile.ANSI256},
		{"256 colours in tmux stay", inTmux, colorprofile.ANSI256, colorprofile.ANSI256},
		{"true colour in tmux stays", inTmux, colorprofile.TrueColor, colorprofile.TrueColor},
		{"NO_COLOR in tmux stays without colour", inTmux, colorprofile.ASCII, colorprofile.ASCII},
		{"not a terminal in tmux stays so", inTmux, colorprofile.NoTTY, colorprofile.NoTTY},
		{"16 colours outside tmux stay 16", outside, colorprofile.ANSI, colorprofile.ANSI},
		{"an empty TMUX is not tmux", []string{"TERM=xterm", "TMUX="}, colorprofile.ANSI, colorprofile.ANSI},
	} {
		var seen []string
		if got := profileFor(c.env, detectAs(c.found, &seen)); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// With colorprofile's own detection, what has no colour today has none
// inside tmux either: output that is not a terminal, NO_COLOR, TERM=dumb.
func TestNoColourStaysNoColourInsideTmux(t *testing.T) {
	var out bytes.Buffer // not a terminal
	detect := func(env []string) colorprofile.Profile { return colorprofile.Detect(&out, env) }
	tmux := "TMUX=/tmp/tmux-1000/default,42,0"
	for _, env := range [][]string{
		{"TERM=tmux-256color", tmux},
		{"TERM=tmux-256color", "NO_COLOR=1", tmux},
		{"TERM=dumb", tmux},
	} {
		if got, want := profileFor(env, detect), colorprofile.Detect(&out, env); got != want || got > colorprofile.ASCII {
			t.Errorf("%q: got %v, colorprofile says %v", env, got, want)
		}
	}
	forced := []string{"TERM=tmux-256color", "NO_COLOR=1", "TTY_FORCE=1", tmux}
	if got := profileFor(forced, detect); got != colorprofile.ASCII {
		t.Errorf("NO_COLOR on a terminal in tmux: got %v, want Ascii (no colour, text attributes kept)", got)
	}
}
