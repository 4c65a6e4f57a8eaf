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

// filterChoices lists the filters the picker offers for ev: every talk,
// the attended ones, then each track and each room in the order the
// schedule first names them.
func filterChoices(ev sched.Event) []filter {
	choices := []filter{{kind: filterAll}, {kind: filterAttending}}
	var tracks, rooms []string
	seenTrack, seenRoom := map[string]bool{}, map[string]bool{}
	note := func(t *sched.Talk) {
		if t.Track != "" && !seenTrack[t.Track] {
			seenTrack[t.Track] = true
			tracks = append(tracks, t.Track)
		}
		if t.Room != "" && !seenRoom[t.Room] {
			seenRoom[t.Room] = true
			rooms = append(rooms, t.Room)
		}
	}
	for _, t := range ev.All() {
		note(t)
	}
	for _, name := range tracks {
		choices = append(choices, filter{kind: filterTrack, name: name})
	}
	for _, name := range rooms {
		choices = append(choices, filter{kind: filterRoom, name: name})
	}
	return choices
}

// narrow returns the choices whose label contains query, ignoring case
// as search does.
func narrow(choices []filter, query string) []filter {
	q := fold.NewQuery(strings.TrimSpace(query))
	if q.Empty() {
		return choices
	}
	var out []filter
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
