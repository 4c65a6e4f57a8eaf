package notesync

import (
	"cmp"
	"slices"
	"strings"
)

// The merge works by identity, field by field, with the last synced form
// as the base:
//
//   - what either side added is kept; a field changed on one side takes
//     that change, changed alike on both is one change;
//   - a field both sides changed differently: a bullet's text keeps both
//     (ours, and theirs as a conflict copy right after it); a mark set on
//     either side is set; any other field takes the greater value, so
//     that the merge does not depend on which side runs it;
//   - a bullet or talk deleted on one side is deleted if the other side
//     left it as it was, else kept with the other side's changes; a
//     deleted bullet whose child the other side changed or added comes
//     back as that child's parent; a talk whose notes the other side
//     changed is kept;
//   - a bullet moved on both sides goes where the move whose new parent's
//     identity sorts last put it (then the greater order key); a move
//     that would close a cycle of parents puts the bullet with the
//     greatest identity on the cycle at top level;
//   - events are never deleted by a sync, and days only with their talks.

// mergeForms merges theirs into ours over base.
func mergeForms(base, ours, theirs *form) *form {
	out := newForm()
	ids := map[string]bool{}
	for id := range ours.events {
		ids[id] = true
	}
	for id := range theirs.events {
		ids[id] = true
	}
	for id := range ids {
		eb, eo, et := base.events[id], ours.events[id], theirs.events[id]
		switch {
		case eo == nil:
			out.events[id] = et
		case et == nil:
			out.events[id] = eo
		default:
			if eb == nil {
				eb = newEvent(id)
			}
			out.events[id] = mergeEvent(eb, eo, et)
		}
	}
	return out
}

func mergeEvent(b, o, t *event) *event {
	out := newEvent(o.id)
	out.name = pick(b.name, o.name, t.name)
	out.tz = pick(b.tz, o.tz, t.tz)
	for _, id := range union(b.notes, o.notes, t.notes) {
		if n := mergeNotes(id, b.notes[id], o.notes[id], t.notes[id]); len(n.bullets) > 0 {
			out.notes[id] = n
		}
	}
	for _, id := range union(b.talks, o.talks, t.talks) {
		if m := mergeTalk(b.talks[id], o.talks[id], t.talks[id],
			!sameNotes(b.notes[id], o.notes[id]), !sameNotes(b.notes[id], t.notes[id])); m != nil {
			out.talks[id] = m
		}
	}
	for id := range out.notes {
		if out.talks[id] == nil {
			// Notes whose talk is gone everywhere cannot be shown; keep the
			// talk from whichever side still has it, or drop nothing.
			if t := firstOf(o.talks[id], t.talks[id], b.talks[id]); t != nil {
				out.talks[id] = cloneTalk(t)
			}
		}
	}
	for _, t := range out.talks {
		s := out.talks[t.slot]
		switch {
		case t.slot == "":
		case s == nil || s.slot != "":
			t.slot = "" // its slot is gone: a talk of its day
		default:
			t.date = s.date
		}
	}
	out.days = mergeDays(b.days, o.days, t.days, out.talks)
	return out
}

// mergeTalk merges one talk; nil when it is deleted. oNotes and tNotes
// say whether each side changed the talk's notes.
func mergeTalk(b, o, t *talk, oNotes, tNotes bool) *talk {
	switch {
	case o == nil && t == nil:
		return nil
	case t == nil:
		if b != nil && b.sameFields(o) && !oNotes {
			return nil
		}
		return cloneTalk(o)
	case o == nil:
		if b != nil && b.sameFields(t) && !tNotes {
			return nil
		}
		return cloneTalk(t)
	}
	if b == nil {
		b = &talk{}
	}
	m := cloneTalk(o)
	m.date = pick(b.date, o.date, t.date)
	m.slot = pick(b.slot, o.slot, t.slot)
	m.start = pick(b.start, o.start, t.start)
	m.end = pick(b.end, o.end, t.end)
	m.kind = pick(b.kind, o.kind, t.kind)
	m.title = pick(b.title, o.title, t.title)
	m.room = pick(b.room, o.room, t.room)
	m.track = pick(b.track, o.track, t.track)
	m.source = pick(b.source, o.source, t.source)
	sp := pick(strings.Join(b.speakers, "\x00"), strings.Join(o.speakers, "\x00"), strings.Join(t.speakers, "\x00"))
	m.speakers = nil
	if sp != "" {
		m.speakers = strings.Split(sp, "\x00")
	}
	m.attended = pickMark(b.attended, o.attended, t.attended)
	m.watchLater = pickMark(b.watchLater, o.watchLater, t.watchLater)
	m.manual = pickMark(b.manual, o.manual, t.manual)
	m.dropped = pickMark(b.dropped, o.dropped, t.dropped)
	return m
}

// pick merges one field: a change on one side wins; different changes on
// both give the greater value, whichever side merges.
func pick[T cmp.Ordered](b, o, t T) T {
	switch {
	case o == t, t == b:
		return o
	case o == b:
		return t
	}
	return max(o, t)
}

// pickMark merges a mark (attended, watch later, a bullet's fold): the
// side that changed it wins. Both sides cannot change a mark differently,
// and a talk both added has an unset base, so a mark set on either is set.
func pickMark(b, o, t bool) bool {
	if o == b {
		return t
	}
	return o
}

// mergeDays keeps the days both sides kept and the days either added,
// and every day a talk is on.
func mergeDays(b, o, t []string, talks map[string]*talk) []string {
	in := func(s []string, d string) bool { _, ok := slices.BinarySearch(s, d); return ok }
	set := map[string]bool{}
	for _, d := range o {
		if in(t, d) || !in(b, d) {
			set[d] = true
		}
	}
	for _, d := range t {
		if in(o, d) || !in(b, d) {
			set[d] = true
		}
	}
	for _, tk := range talks {
		set[tk.date] = true
	}
	return sortedKeys(set)
}

func cloneTalk(t *talk) *talk {
	c := *t
	c.speakers = slices.Clone(t.speakers)
	return &c
}

func firstOf[T any](vs ...*T) *T {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

// union returns the keys of any of the maps, sorted.
func union[V any](ms ...map[string]V) []string {
	set := map[string]bool{}
	for _, m := range ms {
		for k := range m {
			set[k] = true
		}
	}
	return sortedKeys(set)
}

// sameNotes reports whether two outlines of a talk are equal; nil is an
// empty one.
func sameNotes(a, b *notes) bool {
	var ab, bb map[string]*bullet
	if a != nil {
		ab = a.bullets
	}
	if b != nil {
		bb = b.bullets
	}
	if len(ab) != len(bb) {
		return false
	}
	for id, x := range ab {
		if y := bb[id]; y == nil || *x != *y {
			return false
		}
	}
	return true
}
