package frab

import (
	"fmt"
	"strings"
	"time"

	"lanyard/export/internal/days"
	"lanyard/export/internal/fields"
)

// parseDuration reads a duration written "HH:MM" or "H:MM:SS".
func parseDuration(s string) (time.Duration, error) {
	if strings.TrimSpace(s) == "" {
		return 0, fields.Missing("duration")
	}
	return fields.Clock(s)
}

// dateTimeLayouts are the ways exports write an event's date: RFC 3339
// with an offset, which is the norm, and without one, meaning venue time.
var dateTimeLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"}

// parseDateTime reads an event's date; hasOffset says whether the text gave
// its own offset rather than leaving it to loc.
func parseDateTime(s string, loc *time.Location) (t time.Time, hasOffset bool, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true, nil
	}
	for _, layout := range dateTimeLayouts[1:] {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, false, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%w %q", fields.ErrBadTime, s)
}

// dayClock places an event that gives only a start ("HH:MM") on its
// conference day: on the day's date, or on the next morning when the time
// is before the day begins (a 01:30 talk on a day that starts at 09:00),
// or, for a day with no day_start, before lanyard's day turns over.
func dayClock(clock string, d dayPlan, loc *time.Location) (time.Time, error) {
	hm, err := time.Parse("15:04", strings.TrimSpace(clock))
	if err != nil {
		return time.Time{}, fmt.Errorf("%w %q", fields.ErrBadTime, clock)
	}
	y, m, dd := d.date.Date()
	t := time.Date(y, m, dd, hm.Hour(), hm.Minute(), 0, 0, loc)
	switch {
	case !d.start.IsZero() && t.Before(d.start):
		t = time.Date(y, m, dd+1, hm.Hour(), hm.Minute(), 0, 0, loc)
	case d.start.IsZero() && days.At(loc).Before(days.Clock(hm)):
		t = time.Date(y, m, dd+1, hm.Hour(), hm.Minute(), 0, 0, loc)
	}
	return t, nil
}
