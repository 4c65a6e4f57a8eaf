package schedule

import "time"

// The on-now rule: which of the talks running at once lanyard opens. At a
// big conference a hundred rooms run at once, next to all-day workshops,
// stands and breaks; the user means one of them.

// longSession is how long a session runs before it counts as a workshop,
// assembly or stand rather than a talk: open all day beside the talks, it
// is never what a user at the conference means by "the talk on now".
const longSession = 3 * time.Hour

// Ranks of a talk running now, best first: what the user chose, where the
// user wrote last, then talks, breaks and long sessions.
const (
	rankChosen = iota
	rankWroteIn
	rankTalk
	rankBreak
	rankLong
)

// contender is a talk running now as the rule weighs it.
type contender struct {
	id     uint64
	rank   int
	start  time.Time
	length time.Duration
}

// beats reports whether c wins over o: a better rank; at the same rank the
// one that started later, as following the day would have opened it; then
// the shorter. A full tie keeps o, the first listed, which is the first
// room in the venue's order.
func (c contender) beats(o contender) bool {
	switch {
	case c.rank != o.rank:
		return c.rank < o.rank
	case !c.start.Equal(o.start):
		return c.start.After(o.start)
	}
	return c.length < o.length
}

// onNow returns the talk on at t on this day, 0 when nothing runs:
//
//   - the user's own choice: a talk or parallel item marked attended, or a
//     page the user started (a slot stands for its attended item);
//   - else the talk or item the user wrote in last (wroteLast), while it
//     is still on;
//   - else the talk that started last; where several started together,
//     the shorter, then the first in room order.
//
// A session longer than three hours (workshop, assembly, stand) never
// wins over a shorter one, nor a break over a talk, unless the user chose
// it or wrote in it.
func (d Day) onNow(t time.Time, wroteLast uint64) uint64 {
	var best contender
	for i := range d.Talks {
		talk := &d.Talks[i]
		if !talk.OnAt(t) {
			continue
		}
		if c := weigh(talk, wroteLast); best.id == 0 || c.beats(best) {
			best = c
		}
	}
	return best.id
}

// weigh is a running talk or slot as a contender.
func weigh(t *Talk, wroteLast uint64) contender {
	id, attended := t.focus()
	c := contender{id: id, start: t.Start, length: t.length()}
	switch {
	case attended || t.Kind == KindPage:
		c.rank = rankChosen
	case wroteLast != 0 && t.holds(wroteLast):
		c.id, c.rank = wroteLast, rankWroteIn
	case c.length > longSession:
		c.rank = rankLong
	case t.Kind == KindBreak:
		c.rank = rankBreak
	default:
		c.rank = rankTalk
	}
	return c
}

// length is how long the talk runs; one with no end runs half an hour, as
// OnAt has it.
func (t Talk) length() time.Duration {
	if t.End.IsZero() {
		return 30 * time.Minute
	}
	return t.End.Sub(t.Start)
}

// holds reports whether id is the talk or one of its parallel items.
func (t Talk) holds(id uint64) bool {
	if t.ID == id {
		return true
	}
	for _, item := range t.Items {
		if item.ID == id {
			return true
		}
	}
	return false
}
