package notesync

import (
	"slices"

	"lanyard/store/outline"
)

// form is a notebook's synced form as data: what the files say, by sync
// identity. It knows no local IDs; Book translates.
type form struct {
	events map[string]*event
}

// event is one event's schedule and notes.
type event struct {
	id, name, tz string
	// days are the event's dates, sorted.
	days []string
	// talks are the event's talks and parallel items, by sync identity.
	talks map[string]*talk
	// notes are the outlines of the talks that have bullets, by talk.
	notes map[string]*notes
}

// talk is one talk, parallel item or page of the schedule, with its
// times as RFC 3339 text in UTC.
type talk struct {
	id   string
	date string
	// slot is the sync identity of the slot a parallel item is in; "" for
	// a talk of the day.
	slot       string
	start, end string
	kind       string
	title      string
	speakers   []string
	room       string
	track      string
	source     string
	attended   bool
	watchLater bool
	manual     bool
	dropped    bool
	// rank is the talk's place in its day (or slot) among talks that
	// start together: the schedule's order. It is not written; the form's
	// line order carries it.
	rank int
}

// sameFields reports whether a and b say the same of a talk, ignoring
// their ranks.
func (a *talk) sameFields(b *talk) bool {
	return a.id == b.id && a.date == b.date && a.slot == b.slot && a.start == b.start &&
		a.end == b.end && a.kind == b.kind && a.title == b.title &&
		slices.Equal(a.speakers, b.speakers) && a.room == b.room && a.track == b.track &&
		a.source == b.source && a.attended == b.attended && a.watchLater == b.watchLater &&
		a.manual == b.manual && a.dropped == b.dropped
}

// notes is one talk's outline.
type notes struct {
	talk    string
	bullets map[string]*bullet
	// raw is the file these notes were read from, and rawHead its lines
	// before the bullets: a merge that keeps a talk's notes as one side
	// had them writes the same bytes without walking 10,000 bullets.
	raw     []byte
	rawHead string
}

// bullet is one bullet; parent is "" at top level.
type bullet struct {
	id, parent, order string
	kind              outline.Kind
	folded, conflict  bool
	text              string
}

func newForm() *form { return &form{events: map[string]*event{}} }

func newEvent(id string) *event {
	return &event{id: id, talks: map[string]*talk{}, notes: map[string]*notes{}}
}

// sortedKeys returns a map's keys in order, for output that is the same
// every time.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
