// Package textwrap breaks text into lines for the panes: at spaces where
// it can, and never wider than the pane.
package textwrap

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Lines breaks text into lines of at most width cells, at spaces where a
// word fits. ansi.Wrap alone can leave a line wider than asked (a word
// that fills the line exactly, then a space and a lone "-"), which would
// push the pane's border: such a line is cut at the width.
func Lines(text string, width int) []string {
	if width <= 0 {
		return nil
	}
	lines := strings.Split(ansi.Wrap(text, width, ""), "\n")
	for i := 0; i < len(lines); i++ {
		if ansi.StringWidth(lines[i]) <= width {
			continue
		}
		cut := strings.Split(ansi.Hardwrap(lines[i], width, false), "\n")
		lines = append(lines[:i], append(cut, lines[i+1:]...)...)
		i += len(cut) - 1
	}
	return lines
}
