package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"lanyard/export/frab"
	"lanyard/export/ical"
	"lanyard/export/pentabarf"
	"lanyard/export/schedtext"
	"lanyard/export/sessionize"
	sched "lanyard/store/schedule"
)

// readSchedule is what every schedule reader gives: the days, the zone
// and title the file names if it does, and counts for the summary.
type readSchedule struct {
	days    []sched.Day
	zone    string
	title   string
	talks   int
	skipped int
	// Filled in by the import: the format read, the event's name, and
	// whether the zone is only this machine's guess.
	format      string
	name        string
	guessedZone bool
}

// scheduleFormat is one format lanyard imports.
type scheduleFormat struct {
	name  string // as --format takes it
	label string // as the summary says it
	sniff func(head []byte) bool
	parse func(r io.Reader, name string, loc *time.Location) (readSchedule, error)
}

// scheduleFormats are tried in this order when --format is not given; the
// plain text form takes whatever the others do not recognise.
var scheduleFormats = []scheduleFormat{
	{"ics", "iCalendar", ical.Sniff, func(r io.Reader, name string, loc *time.Location) (readSchedule, error) {
		res, err := ical.Parse(r, ical.Options{Name: name, Location: loc})
		return readSchedule{days: res.Days, zone: res.Zone, title: res.Title, talks: res.Talks}, err
	}},
	{"frab-json", "frab/pretalx JSON", frab.Sniff, func(r io.Reader, name string, loc *time.Location) (readSchedule, error) {
		res, err := frab.Parse(r, frab.Options{Name: name, Location: loc})
		return readSchedule{days: res.Days, zone: res.Zone, title: res.Title, talks: res.Talks}, err
	}},
	{"pentabarf", "Pentabarf XML", pentabarf.Sniff, func(r io.Reader, name string, loc *time.Location) (readSchedule, error) {
		res, err := pentabarf.Parse(r, pentabarf.Options{Name: name, Location: loc})
		return readSchedule{days: res.Days, zone: res.Zone, title: res.Title, talks: res.Talks}, err
	}},
	{"sessionize", "Sessionize JSON", sessionize.Sniff, func(r io.Reader, name string, loc *time.Location) (readSchedule, error) {
		res, err := sessionize.Parse(r, sessionize.Options{Name: name, Location: loc})
		return readSchedule{days: res.Days, zone: res.Zone, title: res.Title, talks: res.Talks}, err
	}},
	{"text", "plain text", func([]byte) bool { return true }, func(r io.Reader, name string, loc *time.Location) (readSchedule, error) {
		res, err := schedtext.Parse(r, schedtext.Options{Name: name, Location: loc})
		return readSchedule{days: res.Days, talks: res.Talks, skipped: res.Skipped}, err
	}},
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
