package schedule

import (
	"slices"
	"time"
)

// span is the time an attended talk or item takes in the user's day.
type span struct {
	id         uint64
	start, end time.Time
	// block is the index of the top-level talk it belongs to: a slot and
	// its items share one, so they never clash with each other.
	block int
}

// Overlaps returns the IDs of the attended talks and parallel items of the
// day whose time, from start up to but not including the end, intersects
// another attended one's: the user has planned to be in two places at once.
// Talks that only touch (one ends at 10:30, the next starts at 10:30) do
// not overlap.
//
// A talk with no end (or an end not after its start) is taken to last
// until the next top-level talk of the day starts, or 30 minutes when no
// talk follows it: a free page or an open-ended session holds the user
// until the programme moves on.
//
// Within one slot of parallel items, the slot and its items never count
// against each other: ignites run one after another inside the slot, and
// the schedule does not say which items are truly parallel, so a user who
// marks several of them has not double-booked.
func (d Day) Overlaps() map[uint64]bool {
	spans := d.attendedSpans()
	slices.SortFunc(spans, func(a, b span) int { return a.start.Compare(b.start) })
	overlaps := map[uint64]bool{}
	var running []span
	for _, s := range spans {
		running = slices.DeleteFunc(running, func(r span) bool { return !r.end.After(s.start) })
		for _, r := range running {
			if r.block != s.block {
				overlaps[r.id], overlaps[s.id] = true, true
			}
		}
		running = append(running, s)
	}
	return overlaps
}

// attendedSpans lists the times of the day's attended talks and items.
func (d Day) attendedSpans() []span {
	var spans []span
	for i, t := range d.Talks {
		start, end := t.Start, d.endOf(i)
		if t.Attended {
			spans = append(spans, span{id: t.ID, start: start, end: end, block: i})
		}
		for _, item := range t.Items {
			if !item.Attended {
				continue
			}
			// Items share their slot's times unless they carry their own.
			s, e := start, end
			if !item.Start.IsZero() {
				s = item.Start
			}
			if item.End.After(s) {
				e = item.End
			}
			if e.After(s) {
				spans = append(spans, span{id: item.ID, start: s, end: e, block: i})
			}
		}
	}
	return spans
}

// endOf returns when top-level talk i ends, applying Overlaps' rule for a
// talk with no end. Talks are sorted by start, so the next one to start is
// the first later one.
func (d Day) endOf(i int) time.Time {
	t := d.Talks[i]
	if t.End.After(t.Start) {
		return t.End
	}
	for _, next := range d.Talks[i+1:] {
		if next.Start.After(t.Start) {
			return next.Start
		}
	}
	return t.Start.Add(30 * time.Minute)
}
