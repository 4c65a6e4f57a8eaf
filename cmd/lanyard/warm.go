package main

import "github.com/charmbracelet/x/ansi"

// warmWidths builds the table of character widths on another core while
// the start opens the notebook. The first width asked of a character
// past U+02FF (the schedule's │, the editor's •) builds it, about 2 MB
// and 10 ms, and both the first screen and the terminal's renderer ask:
// built here, it is ready by the time they do.
func warmWidths() {
	go ansi.WcWidth.StringWidth("│")
}
