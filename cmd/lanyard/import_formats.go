package main

import (
	"bytes"
	"fmt"
	"io"
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
	format      string
	name        string
	guessedZone bool
	skippedNoun string // the format's: see scheduleFormat
}

// scheduleFormat is one format lanyard imports.
type scheduleFormat struct {
	name  string // as --format takes it
	label string // as the summary says it
	sniff func(head []byte) bool
	parse func(r io.Reader, opts sched.ReadOptions) (sched.Parsed, error)
	// skippedNoun is what the summary calls the entries the reader skipped,
	// so that the user can tell a missing talk from one never there; ""
	// for a format that skips nothing.
	skippedNoun string
}

// scheduleFormats are tried in this order when --format is not given; the
// plain text form takes whatever the others do not recognise.
var scheduleFormats = []scheduleFormat{
	{"ics", "iCalendar", ical.Sniff, ical.Parse, "all-day or cancelled event"},
	{"frab-json", "frab/pretalx JSON", frab.Sniff, frab.Parse, ""},
	{"pentabarf", "Pentabarf XML", pentabarf.Sniff, pentabarf.Parse, ""},
	{"sessionize", "Sessionize JSON", sessionize.Sniff, sessionize.Parse, "unscheduled session"},
	{"text", "plain text", func([]byte) bool { return true }, schedtext.Parse, "line"},
}

// formatNames lists the formats for --format's help and errors.
func formatNames() string {
	names := make([]string, 0, len(scheduleFormats))
	for _, f := range scheduleFormats {
		names = append(names, f.name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// pickFormat returns the format named, or the one the file's first bytes
// look like.
func pickFormat(name string, head []byte) (scheduleFormat, error) {
	for _, f := range scheduleFormats {
		if name == f.name || (name == "" && f.sniff(bytes.TrimLeft(head, "\ufeff \t\r\n"))) {
			return f, nil
		}
	}
	if name == "" {
		return scheduleFormat{}, fmt.Errorf("no schedule format matches the file: say it with --format (%s)", formatNames())
	}
	return scheduleFormat{}, fmt.Errorf("--format %q: lanyard reads %s", name, formatNames())
}
