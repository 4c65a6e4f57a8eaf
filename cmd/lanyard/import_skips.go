package main

import (
	"fmt"
	"io"

	"lanyard/export/safetext"
)

// writeSkips lists, for lanyard import --verbose, the entries the reader
// skipped, by line where the format has lines: "skipped line 14: no time:
// 'Coffee and chats'". A reader lists at most schedule.MaxSkips; the
// rest are counted.
func writeSkips(out io.Writer, read readSchedule) {
	for _, skip := range read.Skips {
		text := safetext.Line(skip.Text)
		if skip.Line > 0 {
			fmt.Fprintf(out, "skipped line %d: %s: '%s'\n", skip.Line, skip.Why, text)
		} else {
			fmt.Fprintf(out, "skipped '%s': %s\n", text, skip.Why)
		}
	}
	if more := read.Skipped - len(read.Skips); more > 0 && len(read.Skips) > 0 {
		fmt.Fprintf(out, "and %d more skipped.\n", more)
	}
}
