package schedule

import (
	"fmt"
	"testing"
)

// busyAfternoon is day 2 of a big conference at 14:10, as a new user found
// it: an all-day workshop, a stand open all day, a talk in each of many
// rooms (some started at 14:00, one at 14:05, one long one since 13:30),
// and coffee in the hall.
func busyAfternoon(t *testing.T) Event {
	t.Helper()
	workshop := talkAt(t, 1, "10:00", "18:00")
	stand := talkAt(t, 2, "09:00", "19:00")
	talks := []Talk{workshop, stand}
	id := uint64(10)
	for room := 0; room < 60; room++ {
		talk := talkAt(t, id, "14:00", "14:50")
		talk.Room = fmt.Sprintf("Room %02d", room)
		talks = append(talks, talk)
		id++
	}
	long := talkAt(t, 100, "13:30", "15:00")
	short := talkAt(t, 101, "14:05", "14:25") // started last, in another room
	coffee := talkAt(t, 102, "14:08", "14:30")
	coffee.Kind = KindBreak
	return eventOf(append(talks, long, short, coffee)...)
}

func TestOnNowRuleOnABusyAfternoon(t *testing.T) {
	at := clockAt(t, "14:10")
	cases := []struct {
		name      string
		change    func(ev *Event)
		wroteLast uint64
		want      uint64
	}{
		{"nothing chosen: the talk that started last, not the workshop nor the coffee", nil, 0, 101},
		{"the talk written in last, while it is on", nil, 10, 10},
		{"the workshop, when the user wrote in it", nil, 1, 1},
		{"the attended talk beats the one written in", attend(38), 10, 38},
		{"an attended workshop is the user's choice", attend(1), 0, 1},
		{"written in last but over: the rule without it", nil, 9999, 101},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := busyAfternoon(t)
			if c.change != nil {
				c.change(&ev)
			}
			_, got, _ := ev.StartIn(at, c.wroteLast)
			if got != c.want {
				t.Errorf("at 14:10 lanyard opens %d %q; want %d", got, titleOf(ev, got), c.want)
			}
		})
	}
}

// attend marks the talk id attended.
func attend(id uint64) func(*Event) {
	return func(ev *Event) {
		if talk, _ := ev.Days[0].Find(id); talk != nil {
			talk.Attended = true
		}
	}
}

func titleOf(ev Event, id uint64) string {
	talk, _ := ev.TalkOf(id)
	return fmt.Sprintf("%s %s–%s", talk.Room, talk.Start.Format("15:04"), talk.End.Format("15:04"))
}

func TestOnNowRuleTies(t *testing.T) {
	room := func(tk Talk, name string) Talk { tk.Room = name; return tk }
	brk := func(tk Talk) Talk { tk.Kind = KindBreak; return tk }
	cases := []struct {
		name string
		ev   Event
		at   string
		want uint64
	}{
		{"started together: the shorter",
			eventOf(talkAt(t, 1, "14:00", "15:00"), talkAt(t, 2, "14:00", "14:20")), "14:10", 2},
		{"started together, as long: the first room in order",
			eventOf(room(talkAt(t, 1, "14:00", "14:30"), "Janson"), room(talkAt(t, 2, "14:00", "14:30"), "K.1.105")), "14:10", 1},
		{"a break never wins over a talk, though it started later",
			eventOf(talkAt(t, 1, "14:00", "14:50"), brk(talkAt(t, 2, "14:05", "14:30"))), "14:10", 1},
		{"a session of more than three hours never wins over a talk",
			eventOf(talkAt(t, 1, "13:00", "14:30"), talkAt(t, 2, "14:05", "18:00")), "14:10", 1},
		{"a session of exactly three hours is a talk",
			eventOf(talkAt(t, 1, "13:00", "14:30"), talkAt(t, 2, "14:05", "17:05")), "14:10", 2},
		{"a break wins over a long session: at lunch, lunch is on",
			eventOf(talkAt(t, 1, "10:00", "18:00"), brk(talkAt(t, 2, "12:30", "13:30"))), "12:40", 2},
		{"only the workshop on: the workshop",
			eventOf(talkAt(t, 1, "10:00", "18:00"), talkAt(t, 2, "14:30", "15:00")), "14:10", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, got, _ := c.ev.OnNow(clockAt(t, c.at))
			if got != c.want {
				t.Errorf("at %s OnNow = %d; want %d", c.at, got, c.want)
			}
		})
	}
}

// TestWroteLastInASlot: notes written in a parallel item bring the user
// back to that item, not to its slot.
func TestWroteLastInASlot(t *testing.T) {
	ev := eventOf(talkAt(t, 1, "14:00", "14:30"), slotOf(talkAt(t, 2, "14:00", "14:30"), item(3), item(4)))
	if got := ev.Days[0].Opening(clockAt(t, "14:10"), 4); got != 4 {
		t.Errorf("Opening with notes last in item 4 = %d; want 4", got)
	}
	if got := ev.Days[0].Opening(clockAt(t, "14:40"), 4); got != 2 {
		t.Errorf("after the day, Opening = %d; want the day's last slot's focus, 2", got)
	}
}

// TestAddGoesWhereTheUserWroteLast: lanyard add without a place puts the
// note in the talk the app would open.
func TestAddGoesWhereTheUserWroteLast(t *testing.T) {
	ev := busyAfternoon(t)
	place, err := ev.PlaceToAdd(0, "", clockAt(t, "14:10"), 10)
	if err != nil || place.Talk.ID != 10 {
		t.Errorf("PlaceToAdd = %d, %v; want talk 10, where the user wrote last", place.Talk.ID, err)
	}
}
