package frab

import (
	"errors"

	"lanyard/export/internal/input"
)

// The errors Parse reports, wrapped with the file name and the day or event
// they concern, so a caller can tell a file that is not a frab schedule from
// one that is broken with errors.Is.
//
// A missing field, a time no clock shows or an impossible length wraps
// the errors every reader shares, in export/internal/fields.
var (
	// ErrNotSchedule means the JSON has no schedule.conference object: it is
	// some other JSON, or not JSON at all.
	ErrNotSchedule = errors.New("not a frab or pretalx schedule: no schedule.conference")
	// ErrNoEvents means the schedule lists no events on any day.
	ErrNoEvents = errors.New("no events in the schedule")
	// ErrTooLarge means the file is larger than any schedule could be.
	ErrTooLarge = input.ErrTooLarge
)
