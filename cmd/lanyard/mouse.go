package main

import "github.com/spf13/cobra"

// addMouseFlag gives the app (the root command) --no-mouse: lanyard then
// leaves the mouse to the terminal, whose selection of text works as in
// any program, and every action stays on its key.
func addMouseFlag(root *cobra.Command, g *globals) {
	root.Flags().BoolVar(&g.noMouse, "no-mouse", false,
		"leave the mouse to the terminal (select text without shift); clicks and the wheel then do nothing in lanyard")
}
