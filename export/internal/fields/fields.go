// Package fields holds what every schedule reader says of a talk's fields:
// the errors for one that is missing or holds no time a clock shows, and
// the longest a talk may last. Each reader wraps these with the file, the
// line or event, and the field, so a message names all three and a caller
// tells the kinds apart with errors.Is.
package fields

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The errors every reader reports about a talk's fields.
var (
	// ErrMissing means a talk lacks a field no talk can do without: its
	// title, its start, its end, or the day it is on.
	ErrMissing = errors.New("missing field")
	// ErrBadTime means a date or time no clock or calendar shows.
	ErrBadTime = errors.New("invalid time")
	// ErrBadDuration means a length that is not a length, or one longer
	// than MaxDuration: a duration such as 6944:11:40 is a broken export,
	// not a week-long talk.
	ErrBadDuration = errors.New("invalid duration")
	// ErrEndBeforeStart means a talk ends before it starts.
	ErrEndBeforeStart = errors.New("ends before it starts")
)

// MaxDuration is the longest talk lanyard believes: a day. Sessions sit
// inside one day; anything longer is a broken time, not a session.
const MaxDuration = 24 * time.Hour

// Missing is ErrMissing for the field named as the file names it.
func Missing(field string) error {
	return fmt.Errorf("%w: %s", ErrMissing, field)
}

// Span checks a talk that runs from start to end: it may not end before it
// starts nor last longer than MaxDuration. The caller names the end as the
// file writes it.
func Span(start, end time.Time) error {
	switch length := end.Sub(start); {
	case length < 0:
		return ErrEndBeforeStart
	case length > MaxDuration:
		return fmt.Errorf("%w: %v after the start, longer than a day", ErrBadDuration, length)
	}
	return nil
}

// Clock reads a length written as a clock: "HH:MM" or "H:MM:SS", minutes
// and seconds in two digits. It refuses a sign and anything past
// MaxDuration.
func Clock(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		// Atoi reads "-00" as 0, so without this "-00:30" would be half
		// an hour and "-01:00" an error.
		return 0, fmt.Errorf("%w %q: a talk cannot last less than nothing; want HH:MM", ErrBadDuration, Clip(s))
	}
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("%w %q: want HH:MM", ErrBadDuration, Clip(s))
	}
	var total time.Duration
	units := []time.Duration{time.Hour, time.Minute, time.Second}
	for i, part := range parts {
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 || part == "" || part[0] == '+' || (i > 0 && (n > 59 || len(part) != 2)) {
			return 0, fmt.Errorf("%w %q: want HH:MM", ErrBadDuration, Clip(s))
		}
		if n > int(MaxDuration/units[i]) {
			return 0, fmt.Errorf("%w %q: longer than a day", ErrBadDuration, Clip(s))
		}
		total += time.Duration(n) * units[i]
	}
	if total > MaxDuration {
		return 0, fmt.Errorf("%w %q: longer than a day", ErrBadDuration, Clip(s))
	}
	return total, nil
}

// Clip shortens text quoted in an error, so a huge broken field does not
// flood the message.
func Clip(s string) string {
	const most = 40
	if len(s) <= most {
		return s
	}
	cut := most
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
