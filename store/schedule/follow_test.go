package schedule

import (
	"testing"
	"time"
)

// followDay is a morning with parallel rooms: the opening 09:00-09:30
// (1); talks 2 and 3 at 09:30-10:00; talks 4 and 5 at 10:00-10:30; a slot
// of ignites (6, items 7 and 8) at 10:30-11:00; a page the user can leave
// open at 12:00 with no end (9); a party from 23:00 to 01:30 (20). The row marks which ones the user attends.
func followDay(t *testing.T, attends ...uint64) Event {
	ev := eventOf(talkAt(t, 1, "09:00", "09:30"),
		talkAt(t, 2, "09:30", "10:00"), talkAt(t, 3, "09:30", "10:00"),
		talkAt(t, 4, "10:00", "10:30"), talkAt(t, 5, "10:00", "10:30"),
		slotOf(talkAt(t, 6, "10:30", "11:00"), item(7), item(8)),
		talkAt(t, 9, "12:00", ""),
		talkAt(t, 20, "23:00", day2+" 01:30"),
	)
	for _, id := range attends {
		for _, talk := range ev.All() {
			if talk.ID == id {
				talk.Attended = true
			}
		}
	}
	return ev
}

func TestFollow(t *testing.T) {
	cases := []struct {
		name       string
		attends    []uint64
		since, now string
		open       uint64 // the talk whose outline is open
		offered    uint64
		typing     bool
		want       Move
	}{
		// A tick of the clock as a talk starts.
		{"an attended talk starts: it opens", []uint64{2}, "09:29", "09:30", 1, 0, false, Move{Open: 2}},
		{"a talk not attended starts: nothing moves", nil, "09:59", "10:00", 2, 0, false, Move{}},
		{"the attended talk is already open", []uint64{2}, "09:29", "09:30", 2, 0, false, Move{}},
		{"an attended item of a slot starts: the item opens", []uint64{8}, "10:29", "10:30", 4, 0, false, Move{Open: 8}},
		{"no tick before: nothing moves", []uint64{2}, "", "09:30", 1, 0, false, Move{}},
		{"the clock went back: nothing moves", []uint64{2}, "09:40", "09:30", 1, 0, false, Move{}},

		// The laptop sleeps from 09:00 and wakes later.
		{"woken while the attended talk that started is still on: it opens", []uint64{2}, "09:00", "09:40", 1, 0, false, Move{Open: 2}},
		{"woken after the attended talk that started has ended: the talk on now", []uint64{2}, "09:00", "10:10", 1, 0, false, Move{Open: 4}},
		{"woken after it ended, another attended on now: that one", []uint64{2, 5}, "09:00", "10:10", 1, 0, false, Move{Open: 5}},
		{"woken with only the one on now attended: that one", []uint64{5}, "09:00", "10:10", 1, 0, false, Move{Open: 5}},
		{"woken after it ended, the talk on now already open", []uint64{2}, "09:00", "10:10", 4, 0, false, Move{}},
		{"woken after it ended, nothing on now: stay", []uint64{2}, "09:00", "11:10", 1, 0, false, Move{}},
		{"woken with nothing attended started: stay", nil, "09:00", "10:10", 1, 0, false, Move{}},
		{"woken into an attended slot item", []uint64{2, 7}, "09:00", "10:40", 1, 0, false, Move{Open: 7}},
		{"woken in the small hours, the attended party still on", []uint64{20}, "22:00", day2 + " 00:30", 9, 0, false, Move{Open: 20}},
		{"woken in the small hours, the attended party over", []uint64{20}, "22:00", day2 + " 02:00", 9, 0, false, Move{}},
		{"an attended talk with no end is on for half an hour", []uint64{9}, "11:50", "12:20", 6, 0, false, Move{Open: 9}},
		{"an attended talk with no end is over after it", []uint64{9}, "11:50", "12:40", 6, 0, false, Move{}},

		// The user is typing: an offer instead of a switch.
		{"typing as an attended talk starts: it is offered", []uint64{2}, "09:29", "09:30", 1, 0, true, Move{Offer: 2}},
		{"typing, woken after it ended: the talk on now is offered", []uint64{2}, "09:00", "10:10", 1, 0, true, Move{Offer: 4}},
		{"the offer stands while the user types", []uint64{2}, "09:30", "09:31", 1, 2, true, Move{Offer: 2}},
		{"the offer is taken once the user pauses", []uint64{2}, "09:30", "09:31", 1, 2, false, Move{Open: 2}},
		{"the offer lapses when its talk ends", []uint64{2}, "09:59", "10:01", 1, 2, true, Move{}},
		{"an offer that lapsed is not taken on a pause", []uint64{2}, "10:04", "10:05", 1, 2, false, Move{}},
		{"a talk that starts while an offer stands replaces it", []uint64{2, 5}, "09:59", "10:00", 1, 2, true, Move{Offer: 5}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := followDay(t, c.attends...)
			got := ev.Follow(Following{Since: clockAt(t, c.since), Now: clockAt(t, c.now),
				Open: c.open, Offered: c.offered, Typing: c.typing})
			if got != c.want {
				t.Errorf("%s → %s with talk %d open (offered %d, typing %v): %+v; want %+v",
					c.since, c.now, c.open, c.offered, c.typing, got, c.want)
			}
		})
	}
}

// TestFollowAfterASleepOpensTheTalkOnNow is the user's morning: notes in
// the opening at 09:00, the laptop shut, opened again at 10:10. The
// attended 09:30 talk has ended; the attended 10:00 talk is on.
func TestFollowAfterASleepOpensTheTalkOnNow(t *testing.T) {
	ev := followDay(t, 2, 4)
	at := func(s string) time.Time { return clockAt(t, s) }
	got := ev.Follow(Following{Since: at("09:00"), Now: at("10:10"), Open: 1})
	if got.Open != 4 {
		t.Errorf("waking at 10:10 opens talk %d, want the 10:00-10:30 one on now (4), not the 09:30-10:00 one that ended", got.Open)
	}
}

// TestFollowAfterASleepPrefersTheTalkWrittenIn: woken in the middle of
// parallel talks none of which is attended, lanyard opens the one the user
// wrote in last, not the first room's.
func TestFollowAfterASleepPrefersTheTalkWrittenIn(t *testing.T) {
	ev := followDay(t, 2)
	at := func(s string) time.Time { return clockAt(t, s) }
	got := ev.Follow(Following{Since: at("09:20"), Now: at("10:40"), Open: 1, WroteLast: 8})
	if got.Open != 8 {
		t.Errorf("waking at 10:40 after writing in item 8 opens %d; want 8", got.Open)
	}
	got = ev.Follow(Following{Since: at("09:20"), Now: at("10:40"), Open: 1})
	if got.Open != 6 {
		t.Errorf("waking at 10:40 with nothing written opens %d; want the slot, 6", got.Open)
	}
}
