package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"lanyard/tui"
)

// defaultRemind is how long before an attended talk the app reminds the
// user: time to finish a sentence and walk to the next room.
const defaultRemind = 5 * time.Minute

// addRemindFlags gives the app (the root command) --remind and --notify.
func addRemindFlags(root *cobra.Command, g *globals) {
	root.Flags().DurationVar(&g.remind, "remind", defaultRemind,
		"say in the status bar this long before a talk you attend starts, e.g. 10m; 0 for never")
	root.Flags().StringVar(&g.notify, "notify", "off",
		"how a reminder also calls you: bell, osc9 or osc777 (a desktop notification, as your terminal takes it), or off")
}

// reminders reads --remind and --notify.
func (g *globals) reminders() (time.Duration, tui.Notify, error) {
	if g.remind < 0 {
		return 0, 0, fmt.Errorf("--remind %v: want a duration of 0 or more, e.g. 5m", g.remind)
	}
	notify, err := tui.ParseNotify(g.notify)
	if err != nil {
		return 0, 0, fmt.Errorf("--%w", err)
	}
	return g.remind, notify, nil
}
