package pentabarf

import "errors"

// The errors Parse reports, wrapped with the file name and the line or the
// event, so a caller can tell a file that is not a schedule from one that is
// broken with errors.Is.
//
// A missing field, a time no clock shows or an impossible length wraps
// the errors every reader shares, in export/internal/fields.
var (
	// ErrNotSchedule means the file is XML but its root is not <schedule>.
	ErrNotSchedule = errors.New("not a Pentabarf schedule: the root element is not <schedule>")
	// ErrNoEvents means the schedule held no <event> at all.
	ErrNoEvents = errors.New("no events in the schedule")
)
