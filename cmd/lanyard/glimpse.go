package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	doc "lanyard/store/outline"
	"lanyard/tui"
)

// startOutline returns the outline of the talk the start opens, read in
// full; or, when the last run kept a glimpse of its first screen that is
// still true of the notebook, that glimpse, and the interface loads the
// outline after its first frame. It must run before the start writes
// anything: any write makes the glimpse stale.
func startOutline(nb *store.Notebook, s start) (*doc.Outline, *doc.Glimpse, error) {
	g, ok, err := nb.Glimpse(s.talk)
	// A damaged glimpse costs only the quick start: the outline is read
	// as it would be without one.
	if err == nil && ok && tui.UsableGlimpse(g, s.talk, s.resume) {
		return nil, &g, nil
	}
	o, err := nb.LoadOutline(s.talk)
	return o, nil, err
}

// keepGlimpse keeps the first screen of the talk the user leaves, for the
// next start to draw before it has read the talk's outline. It runs once
// every note is on disk, as the run's last write. Failing costs the next
// start only its speed, so it is said and not returned.
func keepGlimpse(nb *store.Notebook, final tea.Model) {
	guarded, ok := final.(*guardedModel)
	if !ok {
		return
	}
	inner, ok := guarded.inner.(*tui.Model)
	if !ok {
		return
	}
	talk, g, ok := inner.Glimpse()
	if !ok {
		return
	}
	if err := nb.SaveGlimpse(talk, g); err != nil {
		fmt.Fprintln(os.Stderr, "lanyard: could not keep this screen for a quicker start (your notes are saved):", err)
	}
}
