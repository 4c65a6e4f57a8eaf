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
	"time"

	"lanyard/store/schedule"
)

// Options says how to read a file.
type Options struct {
	// Name is the file name, used in error messages.
	Name string
	// Location is the venue's zone for times the file writes with no zone
	// when it names none (no X-WR-TIMEZONE, no TZID lanyard knows). Nil
	// means UTC.
	Location *time.Location
}

// Result is what a calendar held.
type Result struct {
	// Days are in date order, one per venue-local day with talks; each
	// day's talks are sorted by start, then by the order rooms first
	// appear in the file. IDs are left 0.
	Days []schedule.Day
	// Zone is the venue's IANA zone: X-WR-TIMEZONE when lanyard knows it,
	// else the zone most events' TZIDs name, else "".
	Zone string
	// Title is the calendar's X-WR-CALNAME.
	Title string
	// Talks counts the events read, all-day events not included.
	Talks int
}

// maxFileBytes bounds the input. A big conference's feed is a few
// megabytes.
const maxFileBytes = 64 << 20

// Parse reads an iCalendar schedule. Errors name the file and the line,
// and the event when one is at fault; on error nothing is returned.
func Parse(r io.Reader, opts Options) (Result, error) {
	name := opts.Name
	if name == "" {
		name = "<input>"
	}
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxFileBytes {
		return Result{}, fmt.Errorf("%s: %w (over %d MiB)", name, ErrTooLarge, maxFileBytes>>20)
	}
	doc, err := decode(data)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	res, err := build(doc, opts.Location)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// Sniff reports whether the first bytes of a file look like iCalendar:
// BEGIN:VCALENDAR first, after any byte order mark and blank lines.
func Sniff(head []byte) bool {
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n")
	const begin = "BEGIN:VCALENDAR"
	return len(head) >= len(begin) && bytes.EqualFold(head[:len(begin)], []byte(begin))
}
