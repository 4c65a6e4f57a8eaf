package ical

import (
	"fmt"
	"math"
	"strings"
	"time"

	goical "github.com/emersion/go-ical"

	"lanyard/export/internal/fields"
)

// isDate reports whether a DTSTART or DTEND is a whole day (VALUE=DATE, or
// eight digits with no VALUE), which marks an all-day event.
func isDate(prop *goical.Prop) bool {
	switch prop.ValueType() {
	case goical.ValueDate:
		return true
	case goical.ValueDefault, goical.ValueDateTime:
		return prop.Params.Get(goical.ParamValue) == "" && len(strings.TrimSpace(prop.Value)) == 8
	}
	return false
}

// dateTime reads a DTSTART or DTEND. A UTC time ("…Z") is an instant; one
// with a TZID is in that zone when lanyard can place it, else in given,
// the zone the user gave, else an error that names the zone; any other is
// a wall-clock time at the venue. go-ical parses, but is given the zone
// rather than the TZID, which it could only pass to time.LoadLocation.
func dateTime(prop *goical.Prop, zones zoneBook, venue, given *time.Location) (time.Time, error) {
	loc := venue
	if tzid := prop.Params.Get(goical.PropTimezoneID); tzid != "" {
		named, ok := zones.lookup(tzid)
		switch {
		case ok:
			loc = named
		case given != nil:
			loc = given
		default:
			// Read in a guessed zone, every talk would be hours off
			// and the summary would say the file names no zone.
			return time.Time{}, fmt.Errorf("%s: %w %q: import it with --tz and the venue's zone "+
				"(e.g. --tz Europe/Brussels) to read its times there",
				prop.Name, ErrUnknownZone, clip(strings.Trim(strings.TrimSpace(tzid), `"`)))
		}
	}
	bare := goical.Prop{Name: prop.Name, Params: goical.Params{}, Value: strings.TrimSpace(prop.Value)}
	if v := prop.Params.Get(goical.ParamValue); v != "" {
		bare.Params.Set(goical.ParamValue, v)
	}
	t, err := bare.DateTime(loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s %q", fields.ErrBadTime, prop.Name, clip(prop.Value))
	}
	return t, nil
}

// parseDuration reads a DURATION ("PT1H30M", "P1D"). It is stricter than
// go-ical's parser, which multiplies before checking and so wraps huge
// counts round to plausible lengths: any length over fields.MaxDuration fails.
func parseDuration(value string) (time.Duration, error) {
	s := strings.ToUpper(strings.TrimSpace(value))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	if !strings.HasPrefix(s, "P") || len(s) < 3 {
		return 0, fmt.Errorf("%w: DURATION %q", fields.ErrBadDuration, clip(value))
	}
	var total time.Duration
	inTime := false
	for s = s[1:]; s != ""; {
		if s[0] == 'T' && !inTime {
			inTime, s = true, s[1:]
			continue
		}
		n, unit, rest, ok := durationPart(s, inTime)
		if !ok {
			return 0, fmt.Errorf("%w: DURATION %q", fields.ErrBadDuration, clip(value))
		}
		if n > int64((fields.MaxDuration-total)/unit) {
			return 0, fmt.Errorf("%w: DURATION %q is longer than a day", fields.ErrBadDuration, clip(value))
		}
		total += time.Duration(n) * unit
		s = rest
	}
	if neg && total > 0 {
		return 0, fmt.Errorf("%w: DURATION %q is negative", fields.ErrEndBeforeStart, clip(value))
	}
	return total, nil
}

// dateUnits and timeUnits are the letters of a DURATION before and after
// its T.
var (
	dateUnits = map[byte]time.Duration{'W': 7 * 24 * time.Hour, 'D': 24 * time.Hour}
	timeUnits = map[byte]time.Duration{'H': time.Hour, 'M': time.Minute, 'S': time.Second}
)

// durationPart reads one count and its unit letter from the front of s.
func durationPart(s string, inTime bool) (n int64, unit time.Duration, rest string, ok bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		// Past fields.MaxDuration in any unit: stop before n overflows; the
		// caller's check then fails.
		if n > int64(fields.MaxDuration/time.Second) {
			return math.MaxInt64, time.Nanosecond, "", true
		}
		n = n*10 + int64(s[i]-'0')
		i++
	}
	if i == 0 || i == len(s) {
		return 0, 0, "", false
	}
	units := dateUnits
	if inTime {
		units = timeUnits
	}
	unit, ok = units[s[i]]
	return n, unit, s[i+1:], ok
}
