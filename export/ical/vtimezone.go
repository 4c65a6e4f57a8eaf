package ical

import (
	"fmt"
	"time"
)

// localLayout is a DATE-TIME in local ("floating") form, as VTIMEZONE
// onsets and TZID times are written.
const localLayout = "20060102T150405"

// utcLayout is a DATE-TIME in UTC.
const utcLayout = "20060102T150405Z"

// onset is one period of a zone's offset as a VTIMEZONE states it: a
// STANDARD or DAYLIGHT block.
type onset struct {
	daylight bool
	// local is when the period starts, in the local time of the period
	// before (RFC 5545 3.6.5: DTSTART of a STANDARD or DAYLIGHT block).
	local    time.Time
	from, to int // offsets east of UTC, in seconds
	name     string
}

// maxOnsets bounds the periods one VTIMEZONE lists: a conference spans
// days, and no zone changes its offset more than a few times a year.
const maxOnsets = 16

// zoneOnsets returns the periods of loc that cover from to until, read
// from Go's zone data with time.ZoneBounds: the period in force at from,
// then each one that starts before until. A zone that never changes has
// one period; its onset is 1970-01-01, the usual "always".
func zoneOnsets(loc *time.Location, from, until time.Time) []onset {
	var out []onset
	at := from.In(loc)
	for len(out) < maxOnsets {
		start, end := at.ZoneBounds()
		name, offset := at.Zone()
		o := onset{daylight: at.IsDST(), from: offset, to: offset, name: name}
		if start.IsZero() {
			o.local = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
		} else {
			_, before := start.Add(-time.Second).In(loc).Zone()
			o.from = before
			o.local = start.UTC().Add(time.Duration(before) * time.Second)
		}
		out = append(out, o)
		if end.IsZero() || !end.Before(until) {
			break
		}
		at = end.In(loc)
	}
	return out
}

// writeTimezone writes the VTIMEZONE of loc, named tzid, covering from to
// until.
func writeTimezone(lw *lineWriter, tzid string, loc *time.Location, from, until time.Time) {
	lw.line("BEGIN", "VTIMEZONE")
	lw.line("TZID", tzid)
	for _, o := range zoneOnsets(loc, from, until) {
		kind := "STANDARD"
		if o.daylight {
			kind = "DAYLIGHT"
		}
		lw.line("BEGIN", kind)
		lw.line("DTSTART", o.local.Format(localLayout))
		lw.line("TZOFFSETFROM", utcOffset(o.from))
		lw.line("TZOFFSETTO", utcOffset(o.to))
		if o.name != "" {
			lw.text("TZNAME", o.name)
		}
		lw.line("END", kind)
	}
	lw.line("END", "VTIMEZONE")
}

// utcOffset writes an offset as RFC 5545's UTC-OFFSET: +0100, -0330,
// +053328 when seconds are not zero (old local mean times).
func utcOffset(seconds int) string {
	sign := '+'
	if seconds < 0 {
		sign, seconds = '-', -seconds
	}
	h, m, s := seconds/3600, seconds/60%60, seconds%60
	if s != 0 {
		return fmt.Sprintf("%c%02d%02d%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%c%02d%02d", sign, h, m)
}
