package sessionize

import (
	"errors"

	"lanyard/export/internal/input"
)

// The errors Parse reports, wrapped with the file name and the line or the
// session they concern, so a caller can tell a file that is not Sessionize
// from one that is broken with errors.Is.
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
	// ErrMissingField means a session lacks something a schedule cannot do
	// without: a title, or an end to go with its start.
	ErrMissingField = errors.New("missing field")
	// ErrBadTime means a start or end is not a date and time.
	ErrBadTime = errors.New("invalid time")
	// ErrBadDuration means a session ends before it starts or runs longer
	// than any session does.
	ErrBadDuration = errors.New("impossible duration")
)
