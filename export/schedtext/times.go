package schedtext

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"lanyard/export/internal/fields"
)

// clock is a time of day as a slot line writes it.
type clock struct {
	raw          string
	hour, minute int
	// meridiem is 'a' or 'p' for a 12-hour time, 0 for a 24-hour one.
	meridiem byte
	// colon is true for "11:30"; "11.30", "11h30" and "9am" leave it false,
	// and such a time alone at the start of a line is too likely to be a
	// number in prose ("3.14 is ...") to start a slot.
	colon bool
}

// slotLine is a line that holds a time slot.
type slotLine struct {
	title      string
	start, end clock
	hasEnd     bool
}

// minutes returns the clock as minutes after midnight, or fields.ErrBadTime.
func (c clock) minutes() (int, error) {
	h := c.hour
	if c.minute > 59 {
		return 0, fmt.Errorf("%w %q: minutes run to 59", fields.ErrBadTime, c.raw)
	}
	if c.meridiem == 0 {
		if h > 23 {
			return 0, fmt.Errorf("%w %q: hours run to 23", fields.ErrBadTime, c.raw)
		}
		return h*60 + c.minute, nil
	}
	if h < 1 || h > 12 {
		return 0, fmt.Errorf("%w %q: a 12-hour clock runs from 1 to 12", fields.ErrBadTime, c.raw)
	}
	h %= 12
	if c.meridiem == 'p' {
		h += 12
	}
	return h*60 + c.minute, nil
}

// parseSlotLine reports whether line is a time slot: times first
// ("09:15 – 09:45 Title", "09:00 Doors open") or a title followed by a time
// range ("Session 2 – 15:40 – 16:10").
func parseSlotLine(line string) (slotLine, bool) {
	if sl, ok := parseTimesFirst(line); ok {
		return sl, true
	}
	return parseTimesLast(line)
}

// parseTimesFirst reads "09:15 – 09:45 Title" and "09:00 Doors open".
func parseTimesFirst(line string) (slotLine, bool) {
	start, n, ok := scanClock(line)
	if !ok {
		return slotLine{}, false
	}
	rest := line[n:]
	if k := scanRangeSep(rest); k > 0 {
		if end, m, ok := scanClock(rest[k:]); ok {
			// A range with nothing after it is not a slot: there is
			// nothing to call it, and the end must not become a title.
			if !opensTitle(rest[k+m:]) {
				return slotLine{}, false
			}
			return slotLine{title: tidy(rest[k+m:]), start: start, end: end, hasEnd: true}, true
		}
	}
	if (!start.colon && start.meridiem == 0) || !opensTitle(rest) {
		return slotLine{}, false
	}
	return slotLine{title: tidy(rest), start: start}, true
}

// opensTitle reports whether rest, what follows the times, can be a title:
// a space or separator must come first, so "10:30am" is not "10:30" and
// "am", and there must be something to call the slot.
func opensTitle(rest string) bool {
	if tidy(rest) == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r == ' ' || strings.ContainsRune("-–—‐‑−:|,)", r)
}

// trailingRange matches a time range that ends a line, for the form with the
// title first: "Open Spaces Session 1- 15:05 – 15:35".
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var trailingRange = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(
		`(?i)(\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?)\s*(?:[-–—‐‑−]+|to)\s*(\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?)\s*\)?\s*$`)
})

// maxRangeTailBytes is more than the longest time range at the end of a
// line ("12:30 p.m. – 12:30 p.m.)") with room for spaces.
const maxRangeTailBytes = 64

// tailStart returns where the last n bytes of s start, moved forward to a
// rune boundary.
func tailStart(s string, n int) int {
	if len(s) <= n {
		return 0
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// titleRangeSeps are what may stand between a title and the times after it.
const titleRangeSeps = " -–—‐‑−:|,("

// prepositions that end prose about a time ("we talked from 10:00 to
// 11:00") rather than a title.
var prepositions = map[string]bool{"from": true, "at": true, "between": true, "until": true,
	"till": true, "by": true, "to": true, "since": true, "around": true, "about": true,
	"before": true, "after": true, "and": true, "or": true}

// parseTimesLast reads "Session 2 – 15:40 – 16:10" and "Lunch (12:30–13:30)".
func parseTimesLast(line string) (slotLine, bool) {
	// Most lines are prose; only one that ends like a time is worth the
	// regular expression.
	if last := line[len(line)-1] | 0x20; !isDigit(line[len(line)-1]) && last != 'm' && last != '.' && last != ')' {
		return slotLine{}, false
	}
	// The range is short, so only the line's tail is searched: the
	// expression costs time in proportion to what it reads.
	base := tailStart(line, maxRangeTailBytes)
	m := trailingRange().FindStringSubmatchIndex(line[base:])
	if m == nil {
		return slotLine{}, false
	}
	for i := range m {
		m[i] += base
	}
	if m[0] == 0 || isDigit(line[m[0]-1]) {
		return slotLine{}, false
	}
	start, ok1 := wholeClock(line[m[2]:m[3]])
	end, ok2 := wholeClock(line[m[4]:m[5]])
	if !ok1 || !ok2 {
		return slotLine{}, false
	}
	head := line[:m[0]]
	title := tidy(strings.TrimRight(head, titleRangeSeps))
	if title == "" || !titleBeforeTimes(head, title) {
		return slotLine{}, false
	}
	return slotLine{title: title, start: start, end: end, hasEnd: true}, true
}

// titleBeforeTimes tells a title followed by its times from a sentence that
// ends with a time range. With a separator before the times it is a title;
// without one it must be short, start with a capital and not end in a
// preposition.
func titleBeforeTimes(head, title string) bool {
	trimmed := strings.TrimRight(head, " ")
	if last, _ := utf8.DecodeLastRuneInString(trimmed); strings.ContainsRune(titleRangeSeps, last) {
		return true
	}
	words := strings.Fields(title)
	first, _ := utf8.DecodeRuneInString(title)
	return len(words) <= 6 && unicode.IsUpper(first) && !prepositions[strings.ToLower(words[len(words)-1])]
}

// wholeClock parses s, which must be one clock and nothing else.
func wholeClock(s string) (clock, bool) {
	c, n, ok := scanClock(s)
	return c, ok && n == len(s)
}

// scanClock reads a clock at the start of s: "9:15", "09.15", "9h15",
// "9:15am", "9:15 p.m.", "9am". It returns the clock and the bytes read.
func scanClock(s string) (clock, int, bool) {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i < len(s) && isDigit(s[i]) {
		return clock{}, 0, false
	}
	c := clock{hour: atoi(s[:i])}
	hasMinutes := i+3 <= len(s) && strings.IndexByte(":.h", s[i]) >= 0 &&
		isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3]))
	if hasMinutes {
		c.colon = s[i] == ':'
		c.minute = atoi(s[i+1 : i+3])
		i += 3
	}
	if mer, n := scanMeridiem(s[i:]); n > 0 {
		c.meridiem = mer
		i += n
	} else if !hasMinutes {
		return clock{}, 0, false
	}
	c.raw = s[:i]
	return c, i, true
}

// scanMeridiem reads " am", "pm", " a.m." at the start of s and returns 'a'
// or 'p' and the bytes read, or 0, 0. The letters must end a word, so
// "10:00 Amazing" has no meridiem.
func scanMeridiem(s string) (byte, int) {
	i := 0
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return 0, 0
	}
	mer := s[i] | 0x20
	if mer != 'a' && mer != 'p' {
		return 0, 0
	}
	i++
	if i < len(s) && s[i] == '.' {
		i++
	}
	if i >= len(s) || s[i]|0x20 != 'm' {
		return 0, 0
	}
	i++
	if i < len(s) && s[i] == '.' {
		i++
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 0, 0
	}
	return mer, i
}

// scanRangeSep reads what stands between two times — a dash of any kind or
// "to" — with the spaces round it, and returns the bytes read or 0.
func scanRangeSep(s string) int {
	i := len(s) - len(strings.TrimLeft(s, " "))
	switch {
	case strings.HasPrefix(strings.ToLower(s[i:]), "to"):
		i += 2
	default:
		dashes := strings.TrimLeft(s[i:], "-–—‐‑−")
		if len(dashes) == len(s[i:]) {
			return 0
		}
		i = len(s) - len(dashes)
	}
	return len(s) - len(strings.TrimLeft(s[i:], " "))
}

// slotMinutes returns the slot's start and end as minutes after midnight;
// a slot with no end gets its start as both.
func (sl slotLine) slotMinutes() (start, end int, err error) {
	s, e := sl.start, sl.end
	if sl.hasEnd {
		inferMeridiems(&s, &e)
	}
	if start, err = s.minutes(); err != nil {
		return 0, 0, err
	}
	if !sl.hasEnd {
		return start, start, nil
	}
	end, err = e.minutes()
	return start, end, err
}

// inferMeridiems reads a 12-hour time from its partner when only one of a
// range says am or pm, as people write them: "11:30 - 12:30pm" is 11:30 to
// 12:30, "1:00 - 2:00pm" is 13:00 to 14:00, "10pm - 1" runs past midnight.
// The borrowed half-day is flipped when it would put the start after the end.
func inferMeridiems(start, end *clock) {
	switch {
	case start.meridiem == 0 && end.meridiem != 0 && twelveHour(*start):
		start.meridiem = end.meridiem
		if after(*start, *end) {
			start.meridiem = otherMeridiem(end.meridiem)
		}
	case end.meridiem == 0 && start.meridiem != 0 && twelveHour(*end):
		end.meridiem = start.meridiem
		if after(*start, *end) {
			end.meridiem = otherMeridiem(start.meridiem)
		}
	}
}

func twelveHour(c clock) bool { return c.hour >= 1 && c.hour <= 12 }

func otherMeridiem(m byte) byte {
	if m == 'a' {
		return 'p'
	}
	return 'a'
}

// after reports whether a is later in the day than b; invalid clocks are
// left for minutes to report.
func after(a, b clock) bool {
	am, errA := a.minutes()
	bm, errB := b.minutes()
	return errA == nil && errB == nil && am > bm
}
