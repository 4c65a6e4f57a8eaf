package talkform

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"lanyard/store/schedule"
)

// clockPattern is a time of day as people type it at a venue: "09:05",
// "9:05", "09.05" or "9h05".
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var clockPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{1,2})\s*[:.hH]\s*(\d{2})$`) })

// eveningStart is the earliest start from which an end earlier in the day is
// read as after midnight: a party at 22:00 ends at 01:00, but a talk at 14:00
// that "ends" at 13:00 is a typo.
const eveningStart = 18 * 60

var (
	errNoTitle     = errors.New("a talk needs a title")
	errNoStart     = errors.New("Start: a talk needs a start time, as HH:MM")
	errEndsAtStart = errors.New("End: the talk ends when it starts")
	errEndsBefore  = errors.New("End: the talk ends before it starts")
)

// clean tidies text as typed or pasted: whitespace controls become spaces,
// other control characters go, runs of spaces collapse and the ends are
// trimmed.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// splitSpeakers reads a comma-separated list of names.
func splitSpeakers(s string) []string {
	var names []string
	for _, part := range strings.Split(s, ",") {
		if name := clean(part); name != "" {
			names = append(names, name)
		}
	}
	return names
}

// parseClock reads a time of day, naming the field in its errors, and
// returns minutes since midnight.
func parseClock(field, s string) (int, error) {
	s = clean(s)
	parts := clockPattern().FindStringSubmatch(s)
	if parts == nil {
		return 0, fmt.Errorf("%s: %q is not a time; write it as HH:MM, like 09:30", field, s)
	}
	hour, errH := strconv.Atoi(parts[1])
	minute, errM := strconv.Atoi(parts[2])
	if errH != nil || errM != nil || hour > 23 || minute > 59 {
		return 0, fmt.Errorf("%s: %s is not a time of day (00:00 to 23:59)", field, s)
	}
	return hour*60 + minute, nil
}

// endDayOffset says on which day after the start an end falls: 0 for the
// same day, 1 for an evening slot that runs past midnight.
func endDayOffset(start, end int) (int, error) {
	switch {
	case end > start:
		return 0, nil
	case end == start:
		return 0, errEndsAtStart
	case start >= eveningStart:
		return 1, nil
	}
	return 0, errEndsBefore
}

// formatClock writes t's time of day in loc as the form shows it.
func formatClock(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("15:04")
}

// values are the form's fields as typed; huh writes into them as the user
// types.
type values struct {
	title, start, end, speakers, room, track string
}

// valuesOf fills the fields from a talk being edited.
func valuesOf(talk schedule.Talk, loc *time.Location) *values {
	return &values{
		title:    talk.Title,
		start:    formatClock(talk.Start, loc),
		end:      formatClock(talk.End, loc),
		speakers: strings.Join(talk.Speakers, ", "),
		room:     talk.Room,
		track:    talk.Track,
	}
}

func (v *values) validateTitle(s string) error {
	if clean(s) == "" {
		return errNoTitle
	}
	return nil
}

func (v *values) validateStart(s string) error {
	if clean(s) == "" {
		return errNoStart
	}
	_, err := parseClock("Start", s)
	return err
}

// validateEnd checks the end against the start as it stands now; a start
// that does not parse has its own message, so only the end's own form is
// checked then.
func (v *values) validateEnd(s string) error {
	if clean(s) == "" {
		return nil
	}
	start, err := parseClock("Start", v.start)
	if err != nil {
		if _, isLength, err := parseLength(s); isLength {
			return err
		}
		_, err := parseClock("End", s)
		return err
	}
	_, _, err = endOf(start, s)
	return err
}

// endHint is what the end field says under its title: how to write it,
// or, once a length is typed after a valid start, the time it ends.
func (v *values) endHint() string {
	const how = "HH:MM, or a length: 30m, 1h, 1h30"
	start, err := parseClock("Start", v.start)
	if err != nil {
		return how
	}
	if _, isLength, err := parseLength(v.end); !isLength || err != nil {
		return how
	}
	end, offset, err := endOf(start, v.end)
	if err != nil {
		return how
	}
	hint := fmt.Sprintf("ends at %02d:%02d", end/60, end%60)
	if offset > 0 {
		hint += " the next day"
	}
	return hint
}

// talk applies the fields to base, the talk being edited (or a zero talk
// with ID 0 for a new one), with times in loc on date.
func (v *values) talk(base schedule.Talk, loc *time.Location, date string) (schedule.Talk, error) {
	if err := v.validateTitle(v.title); err != nil {
		return schedule.Talk{}, err
	}
	day, err := time.ParseInLocation(schedule.DateLayout, date, loc)
	if err != nil {
		return schedule.Talk{}, fmt.Errorf("day %q: %w", date, err)
	}
	start, err := parseClock("Start", v.start)
	if err != nil {
		return schedule.Talk{}, err
	}
	t := base
	t.Title = clean(v.title)
	t.Speakers = splitSpeakers(v.speakers)
	t.Room = clean(v.room)
	t.Track = clean(v.track)
	t.Manual = true
	t.Items = append([]schedule.Talk(nil), base.Items...)
	t.Start = onDay(day, 0, start, loc)
	t.End = time.Time{}
	if clean(v.end) != "" {
		end, offset, err := endOf(start, v.end)
		if err != nil {
			return schedule.Talk{}, err
		}
		t.End = onDay(day, offset, end, loc)
	}
	if base.ID == 0 {
		t.Kind = kindOfNew(t.Title, t.Speakers)
	}
	return t, nil
}

// kindOfNew guesses what a talk the user adds is: a slot with nobody
// presenting may be a break or an organisers' slot.
func kindOfNew(title string, speakers []string) schedule.Kind {
	if len(speakers) > 0 {
		return schedule.KindTalk
	}
	return schedule.KindOfTitle(title)
}

// onDay is minutes past midnight, offset days after day, in loc.
func onDay(day time.Time, offset, minutes int, loc *time.Location) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day()+offset, minutes/60, minutes%60, 0, 0, loc)
}
