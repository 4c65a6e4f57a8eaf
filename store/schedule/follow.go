package schedule

import "time"

// Following the day: when a talk the user attends starts, lanyard opens
// its outline so that the first note lands in the right place. A user in
// the middle of a sentence is not pulled away: the switch is offered, and
// taken once they pause.

// Following is what the rule needs to know of the app at a tick of its
// clock.
type Following struct {
	// Since is the time of the previous tick and Now of this one. Ticks
	// come often; a long gap is the laptop waking from sleep.
	Since, Now time.Time
	// Open is the talk whose outline is open.
	Open uint64
	// Offered is the talk offered to switch to, 0 for none.
	Offered uint64
	// Typing is true while the user is writing notes.
	Typing bool
	// WroteLast is the talk the user wrote in last, 0 for none: after a
	// sleep, the on-now rule prefers it while it is on.
	WroteLast uint64
}

// Move is the rule's answer: at most one of its fields is set.
type Move struct {
	// Open is the talk to open now.
	Open uint64
	// Offer is the talk to offer while the user types: a new offer, or
	// the one that stands.
	Offer uint64
}

// Follow decides what the clock moving from f.Since to f.Now does.
//
// An offer lapses when its talk is no longer on, and is taken once the
// user stops typing. Otherwise the talk to follow is the attended talk
// (or item) that started since the last tick and is still on now; where
// several did, the one that started last. An attended talk that started
// and ended while the laptop slept is not opened: the day has moved on,
// and lanyard opens the talk on now instead (the on-now rule: the attended
// one among parallel talks, else the one written in last while it is on),
// or stays where it is when nothing is on. A talk not attended never pulls
// the user away by starting. The talk to follow is opened, or offered
// while the user types; the talk already open is neither.
func (e Event) Follow(f Following) Move {
	offer := f.Offered
	if offer != 0 && !e.IsOn(offer, f.Now) {
		offer = 0
	}
	if offer != 0 && !f.Typing {
		return Move{Open: offer}
	}
	target, ok := e.toFollow(f.Since, f.Now, f.WroteLast)
	switch {
	case !ok || target == f.Open:
		return Move{Offer: offer}
	case f.Typing:
		return Move{Offer: target}
	}
	return Move{Open: target}
}

// toFollow returns the talk the day has moved to between since and now,
// by Follow's rule.
func (e Event) toFollow(since, now time.Time, wroteLast uint64) (uint64, bool) {
	if since.IsZero() || !now.After(since) {
		return 0, false
	}
	var (
		found   uint64
		start   time.Time
		started bool
	)
	consider := func(t Talk) {
		if !t.Attended || !t.Start.After(since) || t.Start.After(now) {
			return
		}
		started = true
		if t.OnAt(now) && (found == 0 || t.Start.After(start)) {
			found, start = t.ID, t.Start
		}
	}
	for _, d := range e.Days {
		for i := range d.Talks {
			slot := &d.Talks[i]
			consider(*slot)
			for _, item := range slot.Items {
				consider(timed(item, slot))
			}
		}
	}
	if found != 0 || !started {
		return found, found != 0
	}
	day, on := e.DayAt(now)
	if !on {
		return 0, false
	}
	id := e.Days[day].onNow(now, wroteLast)
	return id, id != 0
}
