// Package roomorder orders a day's talks as the schedule readers do: by
// start, then by the place of their room in the venue's room order, talks
// in one room at one time keeping the order the file gives them.
package roomorder

import (
	"cmp"
	"slices"

	"lanyard/store/schedule"
)

// Rooms numbers rooms in the order they are first ranked.
type Rooms map[string]int

// Rank returns a room's place in the room order, giving a room not seen
// before the next place.
func (r Rooms) Rank(room string) int {
	n, ok := r[room]
	if !ok {
		n = len(r)
		r[room] = n
	}
	return n
}

// Ranked is a talk with its room's place in the room order.
type Ranked struct {
	Talk schedule.Talk
	Rank int
}

// Sort sorts talks by start, then rank, keeping the file's order among
// talks in one room at one time, and returns the talks.
func Sort(ranked []Ranked) []schedule.Talk {
	slices.SortStableFunc(ranked, func(x, y Ranked) int {
		if c := x.Talk.Start.Compare(y.Talk.Start); c != 0 {
			return c
		}
		return cmp.Compare(x.Rank, y.Rank)
	})
	talks := make([]schedule.Talk, len(ranked))
	for i, r := range ranked {
		talks[i] = r.Talk
	}
	return talks
}
