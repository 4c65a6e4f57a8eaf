package schedule

import "strings"

// What the pane remembers across starts: the filter, written down as a
// short string the notebook keeps per event, and the talk the user wrote
// in last, which the on-now rule prefers while it is on.

// Prefixes of a written-down filter; every talk is "".
const (
	filterValueAttending = "attending"
	filterValueTrack     = "track:"
	filterValueRoom      = "room:"
)

// SetWroteLast tells the pane the talk or item the user wrote in last, so
// that going to now (and opening a day) picks it while it is on.
func (m Model) SetWroteLast(id uint64) Model {
	m.wroteLast = id
	return m
}

// FilterValue is the filter written down for the notebook: "" for every
// talk, "attending", "track:NAME" or "room:NAME".
func (m Model) FilterValue() string {
	switch m.filter.kind {
	case filterAttending:
		return filterValueAttending
	case filterTrack:
		return filterValueTrack + m.filter.name
	case filterRoom:
		return filterValueRoom + m.filter.name
	}
	return ""
}

// SetFilterValue applies a filter FilterValue wrote down, keeping the
// selection, as starting again does: quietly, with no command. A value it
// does not read, or a track or room the event no longer has (the schedule
// was imported again since), leaves every talk shown rather than none.
func (m Model) SetFilterValue(v string) Model {
	f, ok := readFilterValue(v)
	if !ok || !m.anyKept(f) {
		f = filter{}
	}
	m, _ = m.setFilter(f)
	return m
}

// readFilterValue reads what FilterValue wrote.
func readFilterValue(v string) (filter, bool) {
	switch {
	case v == "":
		return filter{}, true
	case v == filterValueAttending:
		return filter{kind: filterAttending}, true
	case strings.HasPrefix(v, filterValueTrack) && len(v) > len(filterValueTrack):
		return filter{kind: filterTrack, name: strings.TrimPrefix(v, filterValueTrack)}, true
	case strings.HasPrefix(v, filterValueRoom) && len(v) > len(filterValueRoom):
		return filter{kind: filterRoom, name: strings.TrimPrefix(v, filterValueRoom)}, true
	}
	return filter{}, false
}

// anyKept reports whether a track or room filter keeps any talk of the
// event; the attending filter is the user's whatever it keeps.
func (m Model) anyKept(f filter) bool {
	if f.kind != filterTrack && f.kind != filterRoom {
		return true
	}
	for _, t := range m.event.All() {
		if f.matches(t) {
			return true
		}
	}
	return false
}
