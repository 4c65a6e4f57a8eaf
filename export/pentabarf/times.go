package pentabarf

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"lanyard/export/internal/days"
	"lanyard/export/internal/fields"
	"lanyard/store/schedule"
)

// clockMinutes reads "HH:MM" or "HH:MM:SS" as minutes after midnight.
// Seconds are allowed but must be a valid count; they are dropped, as no
// schedule starts a talk on a second.
func clockMinutes(s string) (int, error) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("%w %q: want HH:MM", fields.ErrBadTime, fields.Clip(s))
	}
	limits := []int{23, 59, 59}
	values := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || len(p) == 0 || len(p) > 2 || v < 0 || v > limits[i] {
			return 0, fmt.Errorf("%w %q: want HH:MM", fields.ErrBadTime, fields.Clip(s))
		}
		values[i] = v
	}
	return values[0]*60 + values[1], nil
}

// parseDuration reads "H:MM", "HH:MM" or "HH:MM:SS". An empty duration is
// zero: the talk then has no end.
func parseDuration(s string) (time.Duration, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	return fields.Clock(s)
}

// dayTurnover returns how long after midnight the file's conference day
// still runs, from its day_change, else lanyard's own days.NightOwl: a talk
// that starts earlier in the morning continues the day before. FOSDEM writes 09:00, when its doors open: a talk at
// 08:30 there is a breakfast session of that day, not a late one of the
// night before, so a day_change after latestTurnover is read as the usual.
func dayTurnover(dayChange string) (time.Duration, error) {
	if strings.TrimSpace(dayChange) == "" {
		return days.NightOwl, nil
	}
	m, err := clockMinutes(dayChange)
	if err != nil {
		return 0, fmt.Errorf("day_change: %w", err)
	}
	if turnover := time.Duration(m) * time.Minute; turnover <= latestTurnover {
		return turnover, nil
	}
	return days.NightOwl, nil
}

// latestTurnover is the latest day_change read as the end of the night.
const latestTurnover = 6 * time.Hour

// parseDay reads a day's date attribute.
func parseDay(s string) (time.Time, error) {
	d, err := time.Parse(schedule.DateLayout, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: day date %q: want YYYY-MM-DD", fields.ErrBadTime, fields.Clip(s))
	}
	return d, nil
}

// wallClock returns the instant at minutes after midnight of the calendar
// day date (any time of day in it), plus extraDays, in loc.
func wallClock(date time.Time, minutes, extraDays int, loc *time.Location) time.Time {
	y, m, d := date.Date()
	return time.Date(y, m, d+extraDays, minutes/60, minutes%60, 0, 0, loc)
}

// inZone returns the wall-clock time t shows (read as UTC) as that time in
// loc.
func inZone(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), 0, loc)
}

// wallLayouts are the ways a <date> is written without an offset.
var wallLayouts = []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"}

// eventDate reads an event's <date>. With an offset (frab, pretalx, wafer)
// it is an instant and hasOffset is true; without one it is a wall-clock
// time, returned as that clock in UTC for the caller to put in the venue's
// zone once the file has named it.
func eventDate(s string) (t time.Time, hasOffset bool, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true, nil
	}
	for _, layout := range wallLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, false, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%w: date %q: want YYYY-MM-DDTHH:MM:SS+hh:mm", fields.ErrBadTime, fields.Clip(s))
}
