package schedule

import (
	"strings"

	"lanyard/store/fold"
	sched "lanyard/store/schedule"
)

// filterKind is what a filter looks at.
type filterKind int

const (
	filterAll       filterKind = iota // every talk: no filter
	filterAttending                   // the talks the user marked
	filterTrack                       // the talks of one track
	filterRoom                        // the talks in one room
)

// filter narrows the list to some of a day's talks. The zero filter shows
// every talk.
type filter struct {
	kind filterKind
	name string // the track or room
}

// label names the filter as the picker and the heading show it.
func (f filter) label() string {
	switch f.kind {
	case filterAttending:
		return "Attending"
	case filterTrack:
		return "Track: " + f.name
	case filterRoom:
		return "Room: " + f.name
	}
	return "All talks"
}

// active reports whether the filter hides anything.
func (f filter) active() bool { return f.kind != filterAll }

// matches reports whether the filter keeps t, looking at t alone.
func (f filter) matches(t *sched.Talk) bool {
	switch f.kind {
	case filterAttending:
		return t.Attended
	case filterTrack:
		return t.Track == f.name
	case filterRoom:
		return t.Room == f.name
	}
	return true
}

// keepsSlot reports whether the filter keeps a top-level talk: the talk
// matches or, for a slot, one of its items does. A slot's items are shown
// whenever the slot is, so that an attended ignite is seen among the rest.
func (f filter) keepsSlot(t *sched.Talk) bool {
	if f.matches(t) {
		return true
	}
	for i := range t.Items {
		if f.matches(&t.Items[i]) {
			return true
		}
	}
	return false
}

// choice is one line of the filter picker: a filter, and for a track or
// room that the day shown does not have, the first day that does, so the
// user knows where choosing it leads.
type choice struct {
	filter filter
	day    int    // the day the choice shows: the day shown, or another
	other  string // the other day's short name ("Sun 4 Feb"), "" for the day shown
}

// label is the choice as the picker lists it and typing narrows it.
func (c choice) label() string {
	if c.other == "" {
		return c.filter.label()
	}
	return c.filter.label() + " (" + c.other + ")"
}

// filterChoices lists the filters the picker offers for day (an index into
// ev.Days): every talk, the attended ones, then the tracks and the rooms
// of that day in the order the schedule first names them, then those only
// other days have, each with the first day that has it. At a conference
// of seventy rooms, the day's own come first.
func filterChoices(ev sched.Event, day int) []choice {
	choices := []choice{{filter: filter{kind: filterAll}, day: day}, {filter: filter{kind: filterAttending}, day: day}}
	type named struct {
		name string
		day  int
	}
	var tracks, rooms []named
	seenTrack, seenRoom := map[string]bool{}, map[string]bool{}
	note := func(d int, t *sched.Talk) {
		if t.Track != "" && !seenTrack[t.Track] {
			seenTrack[t.Track] = true
			tracks = append(tracks, named{t.Track, d})
		}
		if t.Room != "" && !seenRoom[t.Room] {
			seenRoom[t.Room] = true
			rooms = append(rooms, named{t.Room, d})
		}
	}
	if day >= 0 && day < len(ev.Days) {
		for t := range ev.Days[day].All() {
			note(day, t)
		}
	}
	for d, t := range ev.All() {
		if d != day {
			note(d, t)
		}
	}
	add := func(kind filterKind, names []named) {
		for _, n := range names {
			c := choice{filter: filter{kind: kind, name: n.name}, day: n.day}
			if n.day != day {
				c.other = shortDate(ev.Days[n.day])
			}
			choices = append(choices, c)
		}
	}
	// The day's own first, tracks before rooms; then the other days'.
	own := func(ns []named, ownDay bool) []named {
		var out []named
		for _, n := range ns {
			if (n.day == day) == ownDay {
				out = append(out, n)
			}
		}
		return out
	}
	add(filterTrack, own(tracks, true))
	add(filterRoom, own(rooms, true))
	add(filterTrack, own(tracks, false))
	add(filterRoom, own(rooms, false))
	return choices
}

// narrow returns the choices whose label contains query, ignoring case
// as search does.
func narrow(choices []choice, query string) []choice {
	q := fold.NewQuery(strings.TrimSpace(query))
	if q.Empty() {
		return choices
	}
	var out []choice
	for _, c := range choices {
		if q.In(c.label()) {
			out = append(out, c)
		}
	}
	return out
}

// FilterKeeps returns the filter on, as a test of one talk or item and as
// its label, for the views that list talks beside the pane (now and
// next); keep is nil when no filter is on.
func (m Model) FilterKeeps() (keep func(*sched.Talk) bool, label string) {
	if !m.filter.active() {
		return nil, ""
	}
	f := m.filter
	return f.matches, f.label()
}
