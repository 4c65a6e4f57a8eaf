package schedtext

import "errors"

// The errors Parse reports, wrapped with the file name and, where there is
// one, the line number, so a caller can tell a text that is not a schedule
// from one that is broken with errors.Is.
//
// A missing field, a time no clock shows or an impossible length wraps
// the errors every reader shares, in export/internal/fields.
var (
	// ErrNoSchedule means the text held no time slot under a date line.
	ErrNoSchedule = errors.New("no schedule found in the file: no time slots under a date line")
	// ErrSlotBeforeDate means a time slot came before any date line, so
	// there is no day to put it on.
	ErrSlotBeforeDate = errors.New("time slot before any date line")
	// ErrLineTooLong means a line is longer than maxLineBytes: a binary
	// or minified file, not a schedule.
	ErrLineTooLong = errors.New("line too long")
)
