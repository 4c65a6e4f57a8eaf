package main

import (
	"time"

	"github.com/spf13/cobra"
)

// defaultRemind is how long before an attended talk the app reminds the
// user: time to finish a sentence and walk to the next room.
const defaultRemind = 5 * time.Minute

// addRemindFlags gives the app (the root command) --remind and --notify;
// they win over the config file's remind and notify (see settings).
func addRemindFlags(root *cobra.Command, g *globals) {
	root.Flags().DurationVar(&g.remind, "remind", defaultRemind,
		"say in the status bar this long before a talk you attend starts, e.g. 10m; 0 for never")
	root.Flags().StringVar(&g.notify, "notify", "off",
		"how a reminder also calls you: bell, osc9 or osc777 (a desktop notification, as your terminal takes it), or off")
}
