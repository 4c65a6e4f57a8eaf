package sessionize

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"lanyard/export/internal/days"
	"lanyard/export/internal/fields"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// placed is a talk read from a session, with what sorting and merging need.
type placed struct {
	talk      schedule.Talk
	roomOrder int
	// rooms are the rooms the merged copies of the session name, in room
	// order.
	rooms []string
}

// build reads every session's times, merges repeated copies, and puts the
// talks on their days. It returns nothing but the error when any session
// is broken: a schedule missing one talk would look whole.
func (p *parser) build(j joined) (schedule.Parsed, error) {
	var talks []placed
	res := schedule.Parsed{}
	for _, d := range j.drafts {
		t, ok, err := p.talk(d)
		if err != nil {
			return schedule.Parsed{}, err
		}
		if !ok {
			res.Skipped++
			name := sanitize.Text(d.session.Title)
			if name == "" {
				name = d.label()
			}
			res.Skips.Note(0, name, "no start time")
			continue
		}
		talks = append(talks, t)
	}
	if len(talks) == 0 {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", p.name, ErrNoSchedule)
	}
	sort.SliceStable(talks, func(i, k int) bool {
		a, b := talks[i], talks[k]
		if !a.talk.Start.Equal(b.talk.Start) {
			return a.talk.Start.Before(b.talk.Start)
		}
		return a.roomOrder < b.roomOrder
	})
	talks = merge(talks, j.rooms)
	res.Days = p.days(talks)
	res.Talks = len(talks)
	return res, nil
}

// talk reads one session; ok is false for a session with no time yet.
func (p *parser) talk(d draft) (placed, bool, error) {
	s := d.session
	if s.StartsAt == nil || strings.TrimSpace(*s.StartsAt) == "" {
		return placed{}, false, nil
	}
	label := d.label()
	title := sanitize.Text(s.Title)
	if title == "" {
		return placed{}, false, fmt.Errorf("%s: %s: %w", p.name, label, fields.Missing("title"))
	}
	if s.EndsAt == nil || strings.TrimSpace(*s.EndsAt) == "" {
		return placed{}, false, fmt.Errorf("%s: %s: %w", p.name, label, fields.Missing("endsAt"))
	}
	start, err := p.parseTime(*s.StartsAt)
	if err != nil {
		return placed{}, false, fmt.Errorf("%s: %s: startsAt: %w", p.name, label, err)
	}
	end, err := p.parseTime(*s.EndsAt)
	if err != nil {
		return placed{}, false, fmt.Errorf("%s: %s: endsAt: %w", p.name, label, err)
	}
	if err := fields.Span(start, end); err != nil {
		return placed{}, false, fmt.Errorf("%s: %s: endsAt %s: %w", p.name, label, sanitize.Text(*s.EndsAt), err)
	}
	speakers := cleanAll(d.speakers)
	t := schedule.Talk{
		Start:    start,
		End:      end,
		Title:    title,
		Speakers: speakers,
		Room:     sanitize.Text(d.room),
		Track:    sanitize.Text(d.track),
		Kind:     kindOf(s, title, len(speakers) > 0, cleanAll(d.labels)),
		SourceID: sanitize.Text(string(s.ID)),
		About:    about(s),
	}
	var rooms []string
	if t.Room != "" {
		rooms = []string{t.Room}
	}
	return placed{talk: t, roomOrder: d.roomOrder, rooms: rooms}, true, nil
}

// label names the session in an error: by id and title, or by its place in
// the file when it has no id.
func (d draft) label() string {
	name := "session #" + strconv.Itoa(d.index+1)
	if id := sanitize.Text(string(d.session.ID)); id != "" {
		name = fmt.Sprintf("session %q", id)
	}
	if title := sanitize.Text(d.session.Title); title != "" {
		name += fmt.Sprintf(" (%q)", title)
	}
	return name
}

// parseTime reads a Sessionize time. Without an offset it is wall-clock
// time at the venue; with one (or Z) it is an instant.
func (p *parser) parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, p.loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: %q", fields.ErrBadTime, sanitize.Text(s))
}

// cleanAll cleans each name and drops the ones left empty.
func cleanAll(names []string) []string {
	var out []string
	for _, n := range names {
		if c := sanitize.Text(n); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// days puts each talk on its conference day (see days.Venue.Dates).
func (p *parser) days(talks []placed) []schedule.Day {
	keys, groups := days.Group(days.At(p.loc), talks, func(t placed) days.Start {
		return days.Start{At: t.talk.Start}
	})
	out := make([]schedule.Day, len(keys))
	for i, key := range keys {
		out[i] = schedule.Day{Date: key, Talks: make([]schedule.Talk, len(groups[i]))}
		for j, t := range groups[i] {
			out[i].Talks[j] = t.talk
		}
	}
	return out
}
