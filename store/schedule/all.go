package schedule

import "iter"

// All yields every talk of the event with the index of its day: day by day,
// each day's talks in order, a slot's parallel items right after the slot.
// The talks are pointers into the event's days, so a loop may change them
// in place; it must not add or remove talks while it runs.
func (e Event) All() iter.Seq2[int, *Talk] {
	return func(yield func(int, *Talk) bool) {
		for d := range e.Days {
			for t := range e.Days[d].All() {
				if !yield(d, t) {
					return
				}
			}
		}
	}
}

// All yields every talk of the day in order, a slot's parallel items right
// after the slot, as pointers into the day.
func (d Day) All() iter.Seq[*Talk] {
	return func(yield func(*Talk) bool) {
		for i := range d.Talks {
			t := &d.Talks[i]
			if !yield(t) {
				return
			}
			for j := range t.Items {
				if !yield(&t.Items[j]) {
					return
				}
			}
		}
	}
}
