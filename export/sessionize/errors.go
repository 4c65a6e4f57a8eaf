package sessionize

import (
	"errors"

	"lanyard/export/internal/input"
)

// The errors Parse reports, wrapped with the file name and the line or the
// session they concern, so a caller can tell a file that is not Sessionize
// from one that is broken with errors.Is.
//
// A missing field, a time no clock shows or an impossible length wraps
// the errors every reader shares, in export/internal/fields.
var (
	// ErrNotSessionize means the file is JSON but holds no Sessionize
	// sessions list: another format, or another Sessionize view such as
	// Speakers.
	ErrNotSessionize = errors.New("not a Sessionize schedule: no sessions list")
	// ErrNoSchedule means the file lists sessions but none has a time: the
	// programme is not scheduled yet.
	ErrNoSchedule = errors.New("no scheduled sessions in the file")
	// ErrTooLarge means the file is larger than any schedule could be.
	ErrTooLarge = input.ErrTooLarge
)
