package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// wallClock is a time as read off a clock on the wall, in no zone yet:
// "--now 2019-10-17 10:40" means 10:40 at the venue, whatever the laptop's
// zone is.
type wallClock struct {
	fields time.Time // the fields, held in UTC
	abs    bool      // the user gave an offset: an absolute instant
}

var wallLayouts = []string{"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"}

// parseNow reads --now, else $LANYARD_NOW; ok is false when neither is set.
func (g *globals) parseNow() (wallClock, bool, error) {
	source, text := "--now", strings.TrimSpace(g.now)
	if text == "" {
		source, text = "$LANYARD_NOW", strings.TrimSpace(os.Getenv("LANYARD_NOW"))
	}
	if text == "" {
		return wallClock{}, false, nil
	}
	w, ok := parseWall(text)
	if !ok {
		return wallClock{}, false, fmt.Errorf(`%s %q: want a time like "2019-10-17 10:40" (venue time) or "2019-10-17T10:40:00+01:00"`, source, text)
	}
	// The clock runs on from --now by the time since the real clock's
	// start, a Duration, which reaches 292 years either way: past that
	// it would silently stop short.
	if now := time.Now(); w.fields.Before(now.AddDate(-maxNowYears, 0, 0)) || w.fields.After(now.AddDate(maxNowYears, 0, 0)) {
		return wallClock{}, false, fmt.Errorf("%s %q: lanyard's clock reaches %d years from today either way; give a time within them", source, text, maxNowYears)
	}
	return w, true, nil
}

// maxNowYears is how far from the real clock --now may set it, short of
// a Duration's 292 years by more than any zone's offset.
const maxNowYears = 290

// parseWall reads the forms --now takes.
func parseWall(text string) (wallClock, bool) {
	if t, err := time.Parse(time.RFC3339, text); err == nil {
		return wallClock{fields: t, abs: true}, true
	}
	for _, layout := range wallLayouts {
		if t, err := time.Parse(layout, text); err == nil {
			return wallClock{fields: t}, true
		}
	}
	return wallClock{}, false
}

// in returns the instant the wall clock shows in loc.
func (w wallClock) in(loc *time.Location) time.Time {
	if w.abs {
		return w.fields
	}
	f := w.fields
	return time.Date(f.Year(), f.Month(), f.Day(), f.Hour(), f.Minute(), f.Second(), 0, loc)
}

// nowIn returns the time now, or the time --now sets, in loc.
func (g *globals) nowIn(loc *time.Location) (time.Time, error) {
	wall, set, err := g.parseNow()
	if err != nil || !set {
		return time.Now().In(loc), err
	}
	return wall.in(loc).In(loc), nil
}

// fixedClock always says t.
func fixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

// shiftedClock runs from start at the real clock's pace, for the demo.
func shiftedClock(start time.Time) func() time.Time {
	offset := time.Until(start)
	return func() time.Time { return time.Now().Add(offset) }
}

// localZoneName names the machine's zone the way the zone database does,
// so an event imported here still shows venue time on another laptop.
func localZoneName() string {
	// "Local" names no place: an event stored with it would follow
	// whichever laptop opens the notebook.
	if tz := os.Getenv("TZ"); tz != "" && !strings.EqualFold(tz, "Local") {
		if _, err := time.LoadLocation(tz); err == nil {
			return tz
		}
	}
	if target, err := filepath.EvalSymlinks("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			name := target[i+len("zoneinfo/"):]
			if _, err := time.LoadLocation(name); err == nil {
				return name
			}
		}
	}
	if data, err := os.ReadFile("/etc/timezone"); err == nil {
		if name := strings.TrimSpace(string(data)); name != "" {
			if _, err := time.LoadLocation(name); err == nil {
				return name
			}
		}
	}
	return "UTC"
}
