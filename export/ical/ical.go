// Package ical reads a conference schedule published as iCalendar (RFC
// 5545): the .ics feeds of pretalx, Indico, symposion and conference
// websites. Each timed VEVENT becomes a talk on its venue-local day;
// all-day events (VALUE=DATE: "conference day 1", "exhibition open") are
// skipped, since they are no slot one attends.
package ical

import (
	"bytes"
	"fmt"
	"io"

	"lanyard/export/internal/input"
	"lanyard/store/schedule"
)

// Format is iCalendar as lanyard import reads it. It skips all-day and
// cancelled events: no talk, or no longer on.
var Format = schedule.Format{
	Name:    "ics",
	Label:   "iCalendar",
	Sniff:   Sniff,
	Parse:   Parse,
	Skipped: "all-day or cancelled event",
}

// Parse reads an iCalendar schedule. The Zone it returns is
// X-WR-TIMEZONE when lanyard knows it, else the zone most events' TZIDs
// name; the Title is X-WR-CALNAME; Skipped counts the all-day and the
// cancelled events. opts.Location is for times written with no zone when
// the file names none, and, when opts.ZoneGiven, for times whose TZID
// lanyard cannot place: without it those are ErrUnknownZone. Errors name
// the file and the line, and the event when one is at fault; on error
// nothing is returned.
func Parse(r io.Reader, opts schedule.ReadOptions) (schedule.Parsed, error) {
	name := input.Name(opts.Name)
	data, err := input.ReadAll(r, name)
	if err != nil {
		return schedule.Parsed{}, err
	}
	doc, err := decode(data)
	if err != nil {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", name, err)
	}
	res, err := build(doc, opts)
	if err != nil {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// Sniff reports whether the first bytes of a file look like iCalendar:
// BEGIN:VCALENDAR first, after any byte order mark and blank lines, in
// UTF-8 or UTF-16.
func Sniff(head []byte) bool {
	head = input.Head(head)
	const begin = "BEGIN:VCALENDAR"
	return len(head) >= len(begin) && bytes.EqualFold(head[:len(begin)], []byte(begin))
}
