package frab

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/roomorder"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// dayPlan is a conference day as the file lists it.
type dayPlan struct {
	// key is the conference day's date, as schedule.DateLayout: the day
	// every event listed under it belongs to, even one after midnight.
	key string
	// date is midnight of that date in the wall-clock zone.
	date time.Time
	// start is the day's day_start, zero when the file gives none.
	start time.Time
}

// builder collects the talks of every day.
type builder struct {
	name string
	// loc is the zone for times written without an offset.
	loc *time.Location
	// base is the export's base_url, for links given as paths.
	base *url.URL
	// rooms is the venue's room order: conference.rooms first, then
	// file order.
	rooms   roomorder.Rooms
	days    map[string][]roomorder.Ranked
	samples []offsetSample
	talks   int
}

// build turns the decoded conference into days.
func build(conf *conference, name string, fallback *time.Location) (schedule.Parsed, error) {
	b := &builder{
		name:  name,
		loc:   wallClockZone(conf.TimeZoneName, fallback),
		base:  conf.base,
		rooms: roomorder.Rooms{},
		days:  map[string][]roomorder.Ranked{},
	}
	for _, room := range conf.Rooms {
		b.rooms.Rank(sanitize.Text(string(room.Name)))
	}
	for i, d := range conf.Days {
		if err := b.addDay(i, d); err != nil {
			return schedule.Parsed{}, err
		}
	}
	if b.talks == 0 {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", name, ErrNoEvents)
	}
	return schedule.Parsed{
		Days:  b.finish(),
		Zone:  venueZone(conf.TimeZoneName, b.samples, fallback),
		Title: sanitize.Text(string(conf.Title)),
		Talks: b.talks,
	}, nil
}

// addDay reads the i-th entry of conference.days.
func (b *builder) addDay(i int, d day) error {
	plan, err := b.plan(d)
	if err != nil {
		label := strconv.Itoa(d.Index)
		if d.Index == 0 {
			label = "#" + strconv.Itoa(i+1)
		}
		return fmt.Errorf("%s: day %s: %w", b.name, label, err)
	}
	for _, room := range d.Rooms {
		roomName := sanitize.Text(room.name)
		rank := b.rooms.Rank(roomName)
		for _, ev := range room.events {
			talk, err := b.talk(ev, plan, roomName)
			if err != nil {
				return fmt.Errorf("%s: day %s: event %q: %w", b.name, plan.key, ev.label(), err)
			}
			b.days[plan.key] = append(b.days[plan.key], roomorder.Ranked{Talk: talk, Rank: rank})
			b.talks++
		}
	}
	return nil
}

// plan reads a day's date, from date or else from day_start.
func (b *builder) plan(d day) (dayPlan, error) {
	key := strings.TrimSpace(d.Date)
	if key == "" && len(d.DayStart) >= len(schedule.DateLayout) {
		key = d.DayStart[:len(schedule.DateLayout)]
	}
	if key == "" {
		return dayPlan{}, fields.Missing("date")
	}
	date, err := time.ParseInLocation(schedule.DateLayout, key, b.loc)
	if err != nil {
		return dayPlan{}, fmt.Errorf("%w: date %q", fields.ErrBadTime, clip([]byte(key)))
	}
	plan := dayPlan{key: key, date: date}
	if d.DayStart != "" {
		if plan.start, _, err = parseDateTime(d.DayStart, b.loc); err != nil {
			return dayPlan{}, fmt.Errorf("day_start: %w", err)
		}
	}
	return plan, nil
}

// talk makes a talk of one event on its conference day.
func (b *builder) talk(ev event, plan dayPlan, room string) (schedule.Talk, error) {
	title := sanitize.Text(string(ev.Title))
	if title == "" {
		return schedule.Talk{}, fields.Missing("title")
	}
	start, err := b.start(ev, plan)
	if err != nil {
		return schedule.Talk{}, err
	}
	length, err := parseDuration(ev.Duration)
	if err != nil {
		return schedule.Talk{}, err
	}
	if room == "" {
		room = sanitize.Text(string(ev.Room))
	}
	speakers := names(ev.Persons)
	return schedule.Talk{
		Start:    start,
		End:      start.Add(length),
		Title:    title,
		Speakers: speakers,
		Room:     room,
		Track:    sanitize.Text(string(ev.Track)),
		Kind:     kindOf(string(ev.Type), title, len(speakers)),
		SourceID: sourceID(ev),
		About:    about(ev, b.base),
	}, nil
}

// start returns when an event starts: its date with the offset it was
// written with, which beats any zone name, else its start clock on its day.
func (b *builder) start(ev event, plan dayPlan) (time.Time, error) {
	if strings.TrimSpace(ev.Date) != "" {
		t, hasOffset, err := parseDateTime(ev.Date, b.loc)
		if err != nil {
			return time.Time{}, fmt.Errorf("date: %w", err)
		}
		if hasOffset {
			b.samples = append(b.samples, sampleOf(t))
		}
		return t, nil
	}
	if strings.TrimSpace(ev.Start) == "" {
		return time.Time{}, fields.Missing("date or start")
	}
	t, err := dayClock(ev.Start, plan, b.loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("start: %w", err)
	}
	return t, nil
}

// names returns the speakers' names, cleaned, in order, without blanks.
func names(persons []person) []string {
	var out []string
	for _, p := range persons {
		if n := sanitize.Text(string(p)); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// sourceID is the event's GUID, which frab and pretalx keep across
// edits, else its numeric id.
func sourceID(ev event) string {
	if id := sanitize.Text(string(ev.GUID)); id != "" {
		return id
	}
	return sanitize.Text(string(ev.ID))
}

// finish returns the days in date order, each day's talks by start and
// then by room order; talks in one room at one time keep file order.
func (b *builder) finish() []schedule.Day {
	keys := make([]string, 0, len(b.days))
	for key := range b.days {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	days := make([]schedule.Day, 0, len(keys))
	for _, key := range keys {
		days = append(days, schedule.Day{Date: key, Talks: roomorder.Sort(b.days[key])})
	}
	return days
}
