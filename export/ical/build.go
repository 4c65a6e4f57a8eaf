package ical

import (
	"fmt"
	"slices"
	"strings"
	"time"

	goical "github.com/emersion/go-ical"

	"lanyard/export/internal/days"
	"lanyard/export/internal/fields"
	"lanyard/export/internal/roomorder"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// builder turns decoded events into talks.
type builder struct {
	zones zoneBook
	// venue is the zone of times written without one, and the zone whose
	// dates are the conference days.
	venue *time.Location
	// given is the zone the user gave for the venue, nil for none: times
	// whose TZID lanyard cannot place are read in it.
	given *time.Location
	// rooms is the order rooms first appear in.
	rooms roomorder.Rooms
	// organizer is the ORGANIZER most events share, not a speaker.
	organizer string
}

// build turns the decoded calendar into days.
func build(doc decoded, opts schedule.ReadOptions) (schedule.Parsed, error) {
	fallback := opts.Location
	b := &builder{zones: zoneBook{}, rooms: roomorder.Rooms{}}
	if opts.ZoneGiven && fallback != nil {
		b.given = fallback
	}
	zone, venue := b.venueZone(doc, fallback)
	b.venue = venue
	b.organizer = commonOrganizer(doc.events)
	var drafts []roomorder.Ranked
	skipped := 0
	var skips schedule.Skips
	for i, ev := range doc.events {
		talk, ok, err := b.talk(ev)
		if err != nil {
			return schedule.Parsed{}, fmt.Errorf("line %d: event %q: %w", err.line, eventLabel(ev, i), err.err)
		}
		if !ok {
			skipped++
			skips.Note(ev.lines.begin, skipLabel(ev, i), skipReason(ev))
			continue
		}
		drafts = append(drafts, roomorder.Ranked{Talk: talk, Rank: b.rooms.Rank(talk.Room)})
	}
	if len(drafts) == 0 {
		return schedule.Parsed{}, ErrNoEvents
	}
	return schedule.Parsed{
		Days:    b.days(drafts),
		Zone:    zone,
		Title:   propText(doc.cal.Props.Get("X-WR-CALNAME")),
		Talks:   len(drafts),
		Skipped: skipped,
		Skips:   skips,
	}, nil
}

// venueZone finds the venue's zone: X-WR-TIMEZONE when lanyard knows it,
// else the zone most events start in, else (unnamed) the caller's.
func (b *builder) venueZone(doc decoded, fallback *time.Location) (string, *time.Location) {
	if prop := doc.cal.Props.Get("X-WR-TIMEZONE"); prop != nil {
		if loc, ok := b.zones.lookup(prop.Value); ok {
			return loc.String(), loc
		}
	}
	counts := map[string]int{}
	best := ""
	for _, ev := range doc.events {
		start := ev.comp.Props.Get(goical.PropDateTimeStart)
		if start == nil {
			continue
		}
		loc, ok := b.zones.lookup(start.Params.Get(goical.PropTimezoneID))
		if !ok {
			continue
		}
		name := loc.String()
		counts[name]++
		if n := counts[name]; n > counts[best] || (n == counts[best] && name < best) {
			best = name
		}
	}
	if best != "" {
		loc, _ := b.zones.lookup(best)
		return best, loc
	}
	if fallback == nil {
		fallback = time.UTC
	}
	return "", fallback
}

// lineError is an error in one event, with the line it is on.
type lineError struct {
	line int
	err  error
}

// talk makes a talk of one event; ok is false for an all-day or a
// cancelled event.
func (b *builder) talk(ev decodedEvent) (schedule.Talk, bool, *lineError) {
	props := ev.comp.Props
	startProp := props.Get(goical.PropDateTimeStart)
	if startProp == nil {
		return schedule.Talk{}, false, &lineError{ev.lines.begin, fields.Missing("DTSTART")}
	}
	if isDate(startProp) || strings.EqualFold(propText(props.Get(goical.PropStatus)), "CANCELLED") {
		// All-day entries (the conference's dates, a deadline) are no
		// talk, and a cancelled talk is not on.
		return schedule.Talk{}, false, nil
	}
	start, err := dateTime(startProp, b.zones, b.venue, b.given)
	if err != nil {
		return schedule.Talk{}, false, &lineError{ev.lines.line(goical.PropDateTimeStart, 0), err}
	}
	end, lerr := b.end(ev, start)
	if lerr != nil {
		return schedule.Talk{}, false, lerr
	}
	title := propText(props.Get(goical.PropSummary))
	if title == "" {
		return schedule.Talk{}, false, &lineError{ev.lines.begin, fields.Missing("SUMMARY")}
	}
	speakers := attendees(ev.comp, b.organizer)
	speakersLine := false
	if len(speakers) == 0 {
		speakers = describedSpeakers(propRaw(props.Get(goical.PropDescription)))
		speakersLine = len(speakers) > 0
	}
	if len(speakers) == 0 {
		title, speakers = splitSummary(title)
	}
	categories := categories(props)
	return schedule.Talk{
		Start:    start.In(b.venue),
		End:      end.In(b.venue),
		Title:    title,
		Speakers: speakers,
		Room:     propText(props.Get(goical.PropLocation)),
		Track:    first(categories),
		Kind:     kindOf(categories, title, len(speakers)),
		SourceID: propText(props.Get(goical.PropUID)),
		About:    about(props, speakersLine),
	}, true, nil
}

// skipLabel names a skipped event for the user: its SUMMARY, else as an
// error would.
func skipLabel(ev decodedEvent, i int) string {
	if s := propText(ev.comp.Props.Get(goical.PropSummary)); s != "" {
		return s
	}
	return eventLabel(ev, i)
}

// skipReason says why talk skipped an event.
func skipReason(ev decodedEvent) string {
	if start := ev.comp.Props.Get(goical.PropDateTimeStart); start != nil && isDate(start) {
		return "all-day event"
	}
	return "cancelled"
}

// end returns when an event ends: its DTEND, else its start plus its
// DURATION, else its start (RFC 5545: a timed event with neither takes no
// time).
func (b *builder) end(ev decodedEvent, start time.Time) (time.Time, *lineError) {
	props := ev.comp.Props
	if prop := props.Get(goical.PropDateTimeEnd); prop != nil {
		line := ev.lines.line(goical.PropDateTimeEnd, 0)
		if isDate(prop) {
			return time.Time{}, &lineError{line, fmt.Errorf("%w: DTEND %q is a date but DTSTART a time", fields.ErrBadTime, clip(prop.Value))}
		}
		end, err := dateTime(prop, b.zones, b.venue, b.given)
		if err != nil {
			return time.Time{}, &lineError{line, err}
		}
		if err := fields.Span(start, end); err != nil {
			return time.Time{}, &lineError{line, fmt.Errorf("DTEND %s: %w", clip(prop.Value), err)}
		}
		return end, nil
	}
	if prop := props.Get(goical.PropDuration); prop != nil {
		length, err := parseDuration(prop.Value)
		if err != nil {
			return time.Time{}, &lineError{ev.lines.line(goical.PropDuration, 0), err}
		}
		return start.Add(length), nil
	}
	return start, nil
}

// days puts each talk on its conference day (see days.Venue.Dates) and
// sorts each day by start, then room order.
func (b *builder) days(drafts []roomorder.Ranked) []schedule.Day {
	keys, groups := days.Group(days.At(b.venue), drafts, func(d roomorder.Ranked) days.Start {
		return days.Start{At: d.Talk.Start}
	})
	out := make([]schedule.Day, len(keys))
	for i, key := range keys {
		out[i] = schedule.Day{Date: key, Talks: roomorder.Sort(groups[i])}
	}
	return out
}

// eventLabel names an event in an error: its UID, else its SUMMARY, else
// its place in the file.
func eventLabel(ev decodedEvent, i int) string {
	for _, name := range []string{goical.PropUID, goical.PropSummary} {
		if s := propText(ev.comp.Props.Get(name)); s != "" {
			return clip(s)
		}
	}
	return fmt.Sprintf("#%d", i+1)
}

// kindOf says what sort of slot an event is: a break category decides a
// break; otherwise only an event nobody presents is judged by its title,
// since a talk about coffee is still a talk.
func kindOf(categories []string, title string, speakers int) schedule.Kind {
	if slices.ContainsFunc(categories, schedule.IsBreakType) {
		return schedule.KindBreak
	}
	if speakers > 0 {
		return schedule.KindTalk
	}
	return schedule.KindOfTitle(title)
}

// categories returns every CATEGORIES value, cleaned, in order.
func categories(props goical.Props) []string {
	var out []string
	for _, prop := range props[goical.PropCategories] {
		for _, c := range splitTextList(toUTF8(prop.Value, prop.Params.Get("CHARSET"))) {
			if c = sanitize.Text(c); c != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

// propText is a TEXT property's value as one clean line, "" when absent.
func propText(prop *goical.Prop) string {
	return sanitize.Text(propRaw(prop))
}

// propRaw is a TEXT property's value unescaped and made UTF-8, with its
// line breaks, "" when absent.
func propRaw(prop *goical.Prop) string {
	if prop == nil {
		return ""
	}
	return unescapeText(toUTF8(prop.Value, prop.Params.Get("CHARSET")))
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
