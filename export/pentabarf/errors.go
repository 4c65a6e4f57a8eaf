package pentabarf

import "errors"

// The errors Parse reports, wrapped with the file name and the line or the
// event, so a caller can tell a file that is not a schedule from one that is
// broken with errors.Is.
var (
	// ErrNotSchedule means the file is XML but its root is not <schedule>.
	ErrNotSchedule = errors.New("not a Pentabarf schedule: the root element is not <schedule>")
	// ErrNoEvents means the schedule held no <event> at all.
	ErrNoEvents = errors.New("no events in the schedule")
	// ErrMissing means an event lacks a field no talk can do without: its
	// title, its start, or the day it is on.
	ErrMissing = errors.New("missing field")
	// ErrBadTime means a start, date or day_change held a time no clock
	// shows.
	ErrBadTime = errors.New("invalid time")
	// ErrBadDuration means a duration is not hours:minutes, or is longer
	// than a day, which no talk is (a duration such as 6944:11:40 is a
	// broken export, not a week-long talk).
	ErrBadDuration = errors.New("invalid duration")
)
