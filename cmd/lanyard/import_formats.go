package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"lanyard/export/frab"
	"lanyard/export/ical"
	"lanyard/export/pentabarf"
	"lanyard/export/schedtext"
	"lanyard/export/sessionize"
	sched "lanyard/store/schedule"
)

// readSchedule is what a schedule reader found, with what the import adds:
// the format read, the event's name, and whether the zone is only this
// machine's guess.
type readSchedule struct {
	sched.Parsed
	format      sched.Format
	name        string
	guessedZone bool
}

// scheduleFormats are the formats lanyard imports, each described by its
// reader, tried in this order when --format is not given; the plain text
// form takes whatever the others do not recognise.
var scheduleFormats = []sched.Format{ical.Format, frab.Format, pentabarf.Format, sessionize.Format, schedtext.Format}

// formatNames lists the formats for --format's help and errors.
func formatNames() string {
	names := make([]string, 0, len(scheduleFormats))
	for _, f := range scheduleFormats {
		names = append(names, f.Name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// pickFormat returns the format named, or the one the file's first bytes
// look like.
func pickFormat(name string, head []byte) (sched.Format, error) {
	for _, f := range scheduleFormats {
		if name == f.Name || (name == "" && f.Sniff(bytes.TrimLeft(head, "\ufeff \t\r\n"))) {
			return f, nil
		}
	}
	if name == "" {
		return sched.Format{}, fmt.Errorf("no schedule format matches the file: say it with --format (%s)", formatNames())
	}
	return sched.Format{}, fmt.Errorf("--format %q: lanyard reads %s", name, formatNames())
}
