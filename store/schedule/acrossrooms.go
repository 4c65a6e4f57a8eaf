package schedule

import (
	"fmt"
	"time"
)

// Now and next across rooms: at a conference with seventy rooms the user
// choosing where to walk wants, per room, what runs there now and what
// starts there next, not the one talk lanyard would open.

// Happening is one line of "now and next": a talk in a room, on now or
// the next to start there.
type Happening struct {
	Room string
	// Talk is the talk or parallel item, with its slot's times when it
	// has none of its own.
	Talk Talk
	// On is true for the talk running at the time asked, false for the
	// next to start.
	On bool
}

// AcrossRooms returns, room by room, the talk on at t and the next to
// start after t, on a day. Rooms come in the day's room order: the order
// in which they first appear in its talks, which the readers sort by start
// and then by the venue's room order. Breaks, pages and dropped talks are
// left out: nobody walks to a room for them. A slot's parallel items count
// one by one, in their own rooms (the slot's when they have none).
//
// keep, when not nil, narrows the talks to those it accepts (the
// schedule's filter). In a room with two talks on at once (a workshop
// beside a talk) the attended one wins, else the one that started last.
// Among talks starting next together in one room the attended one wins.
func (d Day) AcrossRooms(t time.Time, keep func(*Talk) bool) []Happening {
	type pair struct{ now, next *Talk }
	var order []string
	rooms := map[string]*pair{}
	consider := func(talk Talk) {
		if talk.Kind == KindBreak || talk.Kind == KindPage || talk.Kind == KindSlot || talk.Dropped {
			return
		}
		if keep != nil && !keep(&talk) {
			return
		}
		p, seen := rooms[talk.Room]
		if !seen {
			p = &pair{}
			rooms[talk.Room] = p
			order = append(order, talk.Room)
		}
		switch {
		case talk.OnAt(t):
			if p.now == nil || betterNow(talk, *p.now) {
				p.now = &talk
			}
		case talk.Start.After(t):
			if p.next == nil || betterNext(talk, *p.next) {
				p.next = &talk
			}
		}
	}
	for _, talk := range d.Talks {
		if len(talk.Items) == 0 {
			consider(talk)
			continue
		}
		for _, item := range talk.Items {
			item = timed(item, &talk)
			if item.Room == "" {
				item.Room = talk.Room
			}
			consider(item)
		}
	}
	var out []Happening
	for _, room := range order {
		p := rooms[room]
		if p.now != nil {
			out = append(out, Happening{Room: room, Talk: *p.now, On: true})
		}
		if p.next != nil {
			out = append(out, Happening{Room: room, Talk: *p.next})
		}
	}
	return out
}

// betterNow reports whether a should stand for its room rather than b,
// both running: the attended one, else the one that started last.
func betterNow(a, b Talk) bool {
	if a.Attended != b.Attended {
		return a.Attended
	}
	return a.Start.After(b.Start)
}

// betterNext reports whether a starts its room's next talk rather than b:
// the earlier, and at the same start the attended one.
func betterNext(a, b Talk) bool {
	if !a.Start.Equal(b.Start) {
		return a.Start.Before(b.Start)
	}
	return a.Attended && !b.Attended
}

// When says how a happening stands at t in whole minutes: "12 min left"
// for a talk on, "in 8 min" for one to come, "now" for one starting this
// minute, and the start time in loc ("at 16:30") when it is an hour and a
// half away or more.
func (h Happening) When(t time.Time, loc *time.Location) string {
	if h.On {
		end := h.Talk.End
		if end.IsZero() {
			end = h.Talk.Start.Add(30 * time.Minute)
		}
		// A talk with 20 seconds to go has not 0 minutes left.
		left := int((end.Sub(t) + time.Minute - 1) / time.Minute)
		return fmt.Sprintf("%d min left", max(left, 1))
	}
	mins := int(h.Talk.Start.Sub(t).Round(time.Minute) / time.Minute)
	switch {
	case mins <= 0:
		return "now"
	case mins >= 90:
		return "at " + h.Talk.Start.In(loc).Format("15:04")
	}
	return fmt.Sprintf("in %d min", mins)
}
