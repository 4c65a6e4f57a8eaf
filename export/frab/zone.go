package frab

import (
	"fmt"
	"time"
)

// offsetSample is an instant the file wrote with its own UTC offset: the
// evidence a zone name must agree with.
type offsetSample struct {
	at     time.Time
	offset int // seconds east of UTC
}

// sampleOf records t's written offset.
func sampleOf(t time.Time) offsetSample {
	_, off := t.Zone()
	return offsetSample{at: t, offset: off}
}

// loadZone returns the named zone, or nil when the name is empty or not
// in the zone database.
func loadZone(name string) *time.Location {
	if name == "" {
		return nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return loc
}

// agrees reports whether loc gives every sampled instant the offset the
// file wrote for it.
func agrees(loc *time.Location, samples []offsetSample) bool {
	for _, s := range samples {
		if _, off := s.at.In(loc).Zone(); off != s.offset {
			return false
		}
	}
	return true
}

// venueZone decides the venue's zone name. The file's time_zone_name wins
// when its offsets agree with it; pretalx writes "UTC" there while every
// timestamp says +01:00, and the timestamps are what the venue's clocks
// showed. Failing that, the caller's zone if it agrees, then a fixed
// Etc/GMT zone when the whole file keeps one whole-hour offset, else "".
func venueZone(fileZone string, samples []offsetSample, fallback *time.Location) string {
	if loc := loadZone(fileZone); loc != nil && agrees(loc, samples) {
		return fileZone
	}
	if len(samples) == 0 {
		return ""
	}
	if fallback != nil && fallback != time.Local && agrees(fallback, samples) {
		return fallback.String()
	}
	return fixedZone(samples)
}

// fixedZone returns the IANA Etc zone for the one offset every sample
// shares ("Etc/GMT-1" is UTC+1: the sign is POSIX's), or "".
func fixedZone(samples []offsetSample) string {
	off := samples[0].offset
	for _, s := range samples[1:] {
		if s.offset != off {
			return ""
		}
	}
	if off%3600 != 0 || off < -12*3600 || off > 14*3600 {
		return ""
	}
	if off == 0 {
		return "UTC"
	}
	return fmt.Sprintf("Etc/GMT%+d", -off/3600)
}

// wallClockZone is the zone for times the file writes without an offset:
// the file's zone if the machine knows it, else the caller's, else UTC.
func wallClockZone(fileZone string, fallback *time.Location) *time.Location {
	if loc := loadZone(fileZone); loc != nil {
		return loc
	}
	if fallback != nil {
		return fallback
	}
	return time.UTC
}
