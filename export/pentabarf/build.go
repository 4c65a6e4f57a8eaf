package pentabarf

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"lanyard/export/internal/days"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// placed is a talk read, with what putting it on its day needs.
type placed struct {
	talk schedule.Talk
	// listed is the date of the <day> the event is under, "" for none.
	listed string
	rank   int
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
	venue := days.Venue{Loc: loc, Turnover: turnover}
	talks := make([]placed, len(p.events))
	for i, ev := range p.events {
		talks[i] = ev.place(venue)
	}
	return schedule.Parsed{
		Days:  onDays(talks, venue),
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

// place sets an event's start and end. A <date> with an offset is the
// instant; without one it is a wall clock in the venue's zone. Either way
// the day it is on is decided with the others' (see onDays): the listed
// day's date is not trusted alone, as wafer writes the UTC date. An event
// with no <date> starts at its <start> on the listed day, or the next
// morning when that is before the day turns over.
func (ev rawEvent) place(venue days.Venue) placed {
	var start time.Time
	switch {
	case ev.hasOffset:
		start = ev.date.In(venue.Loc)
	case !ev.date.IsZero():
		start = inZone(ev.date, venue.Loc)
	default:
		extra := 0
		if venue.Before(time.Duration(ev.start) * time.Minute) {
			extra = 1
		}
		start = wallClock(ev.listed, ev.start, extra, venue.Loc)
	}
	talk := ev.talk
	talk.Start, talk.End = start, start.Add(ev.duration)
	p := placed{talk: talk, rank: ev.rank}
	if !ev.listed.IsZero() {
		p.listed = ev.listed.Format(schedule.DateLayout)
	}
	return p
}

// onDays puts the talks on their conference days (see days.Venue.Dates),
// in date order, each day's talks by start and then room order; talks in
// one room at one time keep file order.
func onDays(talks []placed, venue days.Venue) []schedule.Day {
	keys, groups := days.Group(venue, talks, func(t placed) days.Start {
		return days.Start{At: t.talk.Start, Listed: t.listed}
	})
	out := make([]schedule.Day, len(keys))
	for i, key := range keys {
		group := groups[i]
		slices.SortStableFunc(group, func(x, y placed) int {
			if c := x.talk.Start.Compare(y.talk.Start); c != 0 {
				return c
			}
			return cmp.Compare(x.rank, y.rank)
		})
		out[i] = schedule.Day{Date: key, Talks: make([]schedule.Talk, len(group))}
		for j, t := range group {
			out[i].Talks[j] = t.talk
		}
	}
	return out
}
