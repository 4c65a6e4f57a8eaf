// Package startenv keeps one dependency's package initialisation from
// slowing lanyard's start. lipgloss (charm.land/lipgloss/v2) detects the
// terminal's colour profile as it initialises, for a writer lanyard never
// uses: inside tmux that runs the tmux command (`tmux info`, tens of
// milliseconds, far more on a busy machine), and it reads the terminfo
// database after looking the user's account up, all before main. The
// detection stops at once when NO_COLOR is set, so this package sets it
// for the time of the packages' initialisation and Restore takes it back.
//
// It must initialise before lipgloss does. Go initialises packages in
// the order of their import paths among those whose imports are done
// (the language specification, "Package initialization"), and this
// package imports only os: its path, which begins with 0, puts it before
// every package but os's own dependencies. That is why it is a module of
// its own, replaced by this folder in lanyard's go.mod; cmd/lanyard's
// TestLipglossStartsWithoutDetectingColours checks that it runs first.
package startenv

import "os"

const noColor = "NO_COLOR"

// set is whether this package set NO_COLOR, which the user had not.
var set bool

func init() {
	if _, ok := os.LookupEnv(noColor); ok {
		return // the user's own setting: detection stops anyway
	}
	set = os.Setenv(noColor, "1") == nil
}

// Restore takes back what init set, so that lanyard and the commands it
// runs see the environment as the user gave it. lanyard's main package
// calls it as it initialises, after every package it imports.
func Restore() {
	if set {
		set = os.Unsetenv(noColor) != nil
	}
}

// Held reports whether NO_COLOR is set by this package right now.
func Held() bool { return set }
