package talkform

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"sync"
)

// An end can be typed as a length instead of a time: "30m", "1h", "1h30",
// "90m", "1 h 30 min". People read a talk's length off a programme ("a
// 45-minute talk") more often than its end.

// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var (
	minutesPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)^(\d{1,4})\s*(?:m|min|mins|minutes?)$`) })
	hoursPattern   = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(\d{1,2})\s*(?:h|hr|hrs|hours?)(?:\s*(\d{1,2})\s*(?:m|min|mins|minutes?)?)?$`)
	})
)

// maxLength is the longest a talk may last: a longer "length" is a typo.
const maxLength = 24 * 60

var (
	errZeroLength = errors.New("End: a talk of no length ends when it starts")
	errTooLong    = errors.New("End: a talk lasts less than 24 hours")
)

// parseLength reads a length typed for the end, in minutes; ok is false
// when s is not written as a length at all (it may be a time).
func parseLength(s string) (minutes int, ok bool, err error) {
	s = clean(s)
	if p := minutesPattern().FindStringSubmatch(s); p != nil {
		minutes, _ = strconv.Atoi(p[1])
	} else if p := hoursPattern().FindStringSubmatch(s); p != nil {
		hours, _ := strconv.Atoi(p[1])
		extra := 0
		if p[2] != "" {
			extra, _ = strconv.Atoi(p[2])
			if extra > 59 {
				return 0, true, fmt.Errorf("End: %s: minutes after the hours go up to 59", s)
			}
		}
		minutes = hours*60 + extra
	} else {
		return 0, false, nil
	}
	switch {
	case minutes == 0:
		return 0, true, errZeroLength
	case minutes > maxLength:
		return 0, true, errTooLong
	}
	return minutes, true, nil
}

// endOf reads the end field against the start (minutes past midnight):
// a time, or a length from the start. It returns the end in minutes past
// midnight and how many days after the start's it falls.
//
// "1h30" reads as a time in French ("1 h 30"), as a length in English.
// As an end it is the time when that makes a valid end (01:30 after an
// evening start), else the length: nobody's talk at 10:00 ends at 01:30.
func endOf(start int, s string) (end, offset int, err error) {
	if clock, errClock := parseClock("End", s); errClock == nil {
		if offset, err := endDayOffset(start, clock); err == nil {
			return clock, offset, nil
		}
	}
	length, isLength, err := parseLength(s)
	if err != nil {
		return 0, 0, err
	}
	if !isLength {
		clock, err := parseClock("End", s)
		if err != nil {
			return 0, 0, fmt.Errorf("End: %q is neither a time (HH:MM) nor a length (30m, 1h30)", clean(s))
		}
		offset, err := endDayOffset(start, clock)
		return clock, offset, err
	}
	end = start + length
	return end % (24 * 60), end / (24 * 60), nil
}
