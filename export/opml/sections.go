package opml

import (
	"strings"

	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// eventTitle is the head title of an event's file.
func eventTitle(ev schedule.Event) string {
	if strings.TrimSpace(ev.Name) == "" {
		return "Notes"
	}
	return ev.Name
}

// oneLine makes s one line of plain words: escapes and control characters
// gone, every kind of space a plain one, runs of them collapsed, the ends
// trimmed.
func oneLine(s string) string {
	return strings.Join(strings.Fields(sanitize.Line(s)), " ")
}
