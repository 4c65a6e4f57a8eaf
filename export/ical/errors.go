package ical

import (
	"errors"

	"lanyard/export/internal/input"
)

// The errors Parse reports, wrapped with the file name and the line or the
// event, so a caller can tell a file that is not a calendar from one that is
// broken with errors.Is.
//
// A missing field, a time no clock shows or an impossible length wraps
// the errors every reader shares, in export/internal/fields.
var (
	// ErrNotICalendar means the file does not start with BEGIN:VCALENDAR.
	ErrNotICalendar = errors.New("not an iCalendar file: no BEGIN:VCALENDAR at the start")
	// ErrTooLarge means the file is larger than any schedule could be.
	ErrTooLarge = input.ErrTooLarge
	// ErrMalformed means a line is not an iCalendar content line
	// (NAME;PARAM=VALUE:VALUE) or an END does not match its BEGIN.
	ErrMalformed = errors.New("malformed iCalendar")
	// ErrTruncated means a component never ends: the file was cut short.
	ErrTruncated = errors.New("truncated file: a component never ends")
	// ErrTooDeep means components nest deeper than any calendar does.
	ErrTooDeep = errors.New("components nested too deep")
	// ErrNoEvents means the calendar holds no timed event.
	ErrNoEvents = errors.New("no timed events in the calendar")
	// ErrUnknownZone means a time names a zone (TZID) lanyard cannot
	// place, and the user gave none to read it in.
	ErrUnknownZone = errors.New("unknown time zone")
)
