package schedtext

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
)

// date is a calendar day as a date line names it.
type date struct {
	year  int
	month time.Month
	day   int
}

// String writes the date as schedule.DateLayout.
func (d date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.year, int(d.month), d.day)
}

// at returns the wall-clock time minutes after midnight on the date, plus
// extraDays, in loc.
func (d date) at(minutes, extraDays int, loc *time.Location) time.Time {
	return time.Date(d.year, d.month, d.day+extraDays, minutes/60, minutes%60, 0, 0, loc)
}

// maxDateLineBytes is longer than any date line, with a weekday, a "Day 12
// –" prefix and Markdown round it; a longer line is not read as a date.
const maxDateLineBytes = 80

// dayNumberPrefix matches "Day 1 –" and the like before a date.
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var dayNumberPrefix = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)^day\s*\d{1,2}\s*[-–—:,.]?\s*`) })

var monthNames = []string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

var weekdayNames = []string{"monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "weds", "thurs", "tues"}

// parseDate reports whether line is a date line: nothing but a date,
// optionally with a weekday, a "Day 2 –" prefix or Markdown heading marks.
// The date must name its year; a line with more words than a date has is
// commentary that mentions a date, not a date line.
func parseDate(line string) (date, bool) {
	if len(line) > maxDateLineBytes {
		return date{}, false
	}
	s := unwrapHeading(line)
	s = dayNumberPrefix().ReplaceAllString(s, "")
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(fields) > 0 && isWeekday(fields[0]) {
		fields = fields[1:]
	}
	var d date
	var ok bool
	switch len(fields) {
	case 1:
		d, ok = parseISODate(fields[0])
	case 3:
		d, ok = parseWordDate(fields)
	}
	if !ok || !d.valid() {
		return date{}, false
	}
	return d, true
}

// unwrapHeading strips the Markdown a blog post puts round a date heading:
// "## October 17, 2019", "**October 17, 2019**".
func unwrapHeading(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(s, "#"))
	for _, mark := range []string{"**", "__"} {
		if len(s) > 2*len(mark) && strings.HasPrefix(s, mark) && strings.HasSuffix(s, mark) {
			s = strings.TrimSpace(s[len(mark) : len(s)-len(mark)])
		}
	}
	return strings.TrimSuffix(s, ":")
}

func parseISODate(s string) (date, bool) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return date{}, false
	}
	return date{t.Year(), t.Month(), t.Day()}, true
}

// parseWordDate reads "17 October 2019" or "October 17 2019" (commas are
// already gone), with abbreviated months and ordinal days ("17th").
func parseWordDate(fields []string) (date, bool) {
	year, ok := parseYear(fields[2])
	if !ok {
		return date{}, false
	}
	if day, ok := parseDayOfMonth(fields[0]); ok {
		month, ok := parseMonth(fields[1])
		return date{year, month, day}, ok
	}
	month, ok := parseMonth(fields[0])
	if !ok {
		return date{}, false
	}
	day, ok := parseDayOfMonth(fields[1])
	return date{year, month, day}, ok
}

func parseYear(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	return atoi(s), true
}

func parseDayOfMonth(s string) (int, bool) {
	lower := strings.ToLower(s)
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		lower = strings.TrimSuffix(lower, suffix)
	}
	if len(lower) == 0 || len(lower) > 2 || !allDigits(lower) {
		return 0, false
	}
	return atoi(lower), true
}

// parseMonth accepts a month's name or any abbreviation of three letters or
// more ("Oct", "Sept", "Oct.").
func parseMonth(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0, false
	}
	for i, name := range monthNames {
		if strings.HasPrefix(name, s) {
			return time.Month(i + 1), true
		}
	}
	return 0, false
}

func isWeekday(s string) bool {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return false
	}
	for _, name := range weekdayNames {
		if strings.HasPrefix(name, s) {
			return true
		}
	}
	return false
}

// valid rejects days no calendar has, such as 31 April.
func (d date) valid() bool {
	if d.year < 1 || d.day < 1 {
		return false
	}
	t := time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC)
	return t.Month() == d.month && t.Day() == d.day
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// atoi converts a short run of ASCII digits the caller has checked.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
