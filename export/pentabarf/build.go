package pentabarf

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// placed is a talk on its conference day.
type placed struct {
	day  string
	talk schedule.Talk
	rank int
}

// result places every event read on its venue-local conference day.
func (p *parser) result() (schedule.Parsed, error) {
	if len(p.events) == 0 {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", p.name, ErrNoEvents)
	}
	turnover, err := dayTurnover(p.conf.DayChange)
	if err != nil {
		return schedule.Parsed{}, fmt.Errorf("%s: line %d: %w", p.name, p.confLine, err)
	}
	zone, loc, err := p.zone()
	if err != nil {
		return schedule.Parsed{}, err
	}
	talks := make([]placed, len(p.events))
	for i, ev := range p.events {
		talks[i] = ev.place(loc, turnover)
	}
	moveSmallHours(talks, p.events, loc, turnover)
	return schedule.Parsed{
		Days:  days(talks),
		Zone:  zone,
		Title: sanitize.Text(p.conf.Title),
		Talks: len(talks),
	}, nil
}

// zone returns the file's zone name, if the machine knows it, and the
// zone to read wall-clock times in: the file's, else the caller's, else
// UTC. A zone name the machine does not know is an error unless the user
// named the zone: reading the times in another would put every talk at
// the wrong hour without a word.
func (p *parser) zone() (string, *time.Location, error) {
	name := sanitize.Text(p.conf.Zone)
	if name != "" {
		loc, err := time.LoadLocation(name)
		switch {
		case err == nil:
			return name, loc, nil
		case !p.zoneGiven:
			return "", nil, fmt.Errorf("%s: line %d: unknown time zone %q in <time_zone_name>: import it with --tz and the venue's zone (e.g. --tz Europe/Brussels) to read its times there", p.name, p.confLine, name)
		}
	}
	if p.fallback != nil {
		return "", p.fallback, nil
	}
	return "", time.UTC, nil
}

// place sets an event's start and end and its first guess at its day.
// A <date> with an offset is the instant, and the day is the venue's date
// of it; the listed day's date is not trusted there, as wafer writes the
// UTC date. Without one, the start is a wall clock on the listed day, and
// a start before the day turns over is the next morning of that day.
func (ev rawEvent) place(loc *time.Location, turnover int) placed {
	var start time.Time
	day := ev.listed.Format(schedule.DateLayout)
	switch {
	case ev.hasOffset:
		start = ev.date.In(loc)
		day = start.Format(schedule.DateLayout)
	case !ev.date.IsZero():
		start = inZone(ev.date, loc)
		day = start.Format(schedule.DateLayout)
	default:
		extra := 0
		if ev.start < turnover {
			extra = 1
		}
		start = wallClock(ev.listed, ev.start, extra, loc)
	}
	talk := ev.talk
	talk.Start, talk.End = start, start.Add(ev.duration)
	return placed{day: day, talk: talk, rank: ev.rank}
}

// moveSmallHours puts a dated talk that starts before the day turns over
// on the day before, when that day is the one it is listed under or one
// that holds talks of its own: a 01:30 session continues the evening. A
// talk whose date is the day it is listed under stays there.
func moveSmallHours(talks []placed, events []rawEvent, loc *time.Location, turnover int) {
	held := map[string]bool{}
	for i, t := range talks {
		if !early(events[i], t, loc, turnover) {
			held[t.day] = true
		}
	}
	for i, t := range talks {
		ev := events[i]
		if !early(ev, t, loc, turnover) {
			continue
		}
		local := t.talk.Start.In(loc)
		prev := time.Date(local.Year(), local.Month(), local.Day()-1, 12, 0, 0, 0, time.UTC).Format(schedule.DateLayout)
		if held[prev] || !ev.listed.IsZero() && prev == ev.listed.Format(schedule.DateLayout) {
			talks[i].day = prev
		}
	}
}

// early reports whether a dated talk starts in the small hours of a day
// other than the one it is listed under, so may belong to the day before.
func early(ev rawEvent, t placed, loc *time.Location, turnover int) bool {
	if ev.date.IsZero() {
		return false
	}
	if !ev.listed.IsZero() && t.day == ev.listed.Format(schedule.DateLayout) {
		return false
	}
	local := t.talk.Start.In(loc)
	return local.Hour()*60+local.Minute() < turnover
}

// days groups the talks by day in date order, each day's talks by start
// and then room order; talks in one room at one time keep file order.
func days(talks []placed) []schedule.Day {
	slices.SortStableFunc(talks, func(x, y placed) int {
		if c := cmp.Compare(x.day, y.day); c != 0 {
			return c
		}
		if c := x.talk.Start.Compare(y.talk.Start); c != 0 {
			return c
		}
		return cmp.Compare(x.rank, y.rank)
	})
	var out []schedule.Day
	for _, t := range talks {
		if len(out) == 0 || out[len(out)-1].Date != t.day {
			out = append(out, schedule.Day{Date: t.day})
		}
		last := &out[len(out)-1]
		last.Talks = append(last.Talks, t.talk)
	}
	return out
}
