package schedule

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// inRoom is a talk from start to end in a room.
func inRoom(t *testing.T, id uint64, room, start, end string) Talk {
	talk := talkAt(t, id, start, end)
	talk.Room = room
	talk.Title = fmt.Sprintf("t%d", id)
	return talk
}

// lines writes happenings as "room title when" lines.
func lines(hs []Happening, at time.Time) string {
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "%s %s %s\n", h.Room, h.Talk.Title, h.When(at, time.UTC))
	}
	return b.String()
}

func TestAcrossRoomsNowAndNextPerRoom(t *testing.T) {
	workshop := inRoom(t, 9, "Side", "10:00", "18:00")
	brk := inRoom(t, 8, "Hall", "14:00", "14:30")
	brk.Kind = KindBreak
	day := Day{Date: day1, Talks: []Talk{
		workshop,
		inRoom(t, 1, "Main", "13:30", "14:22"),
		inRoom(t, 2, "Small", "13:50", "14:20"),
		brk,
		inRoom(t, 10, "Side", "14:00", "15:00"),
		inRoom(t, 3, "Main", "14:30", "15:00"),
		inRoom(t, 4, "Small", "14:18", "14:40"),
		inRoom(t, 5, "Small", "15:00", "16:00"),
		inRoom(t, 6, "Far", "16:00", "17:00"),
	}}
	at := clockAt(t, "14:10")
	got := lines(day.AcrossRooms(at, nil), at)
	// Side: the talk that started last wins over the all-day workshop.
	want := "Side t10 50 min left\n" +
		"Main t1 12 min left\nMain t3 in 20 min\n" +
		"Small t2 10 min left\nSmall t4 in 8 min\n" +
		"Far t6 at 16:00\n"
	if got != want {
		t.Errorf("at 14:10 got\n%s\nwant\n%s", got, want)
	}
}

func TestAcrossRoomsAttendedWinsAndFilterNarrows(t *testing.T) {
	day := Day{Date: day1, Talks: []Talk{
		attended(inRoom(t, 1, "A", "10:00", "12:00")),
		inRoom(t, 2, "A", "10:30", "11:00"),
		inRoom(t, 3, "A", "11:30", "12:00"),
		attended(inRoom(t, 4, "A", "11:30", "12:00")),
		inRoom(t, 5, "B", "10:00", "11:00"),
	}}
	at := clockAt(t, "10:40")
	got := lines(day.AcrossRooms(at, nil), at)
	want := "A t1 80 min left\nA t4 in 50 min\nB t5 20 min left\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	onlyB := func(talk *Talk) bool { return talk.Room == "B" }
	if got := lines(day.AcrossRooms(at, onlyB), at); got != "B t5 20 min left\n" {
		t.Errorf("filtered to B: got\n%s", got)
	}
}

func TestAcrossRoomsItemsTakeTheirSlotsTimes(t *testing.T) {
	slot := inRoom(t, 1, "Hall", "10:00", "11:00")
	slot.Kind = KindSlot
	slot.Items = []Talk{{ID: 2, Title: "lightning", Room: "Tent", Kind: KindTalk}, {ID: 3, Title: "open", Kind: KindTalk}}
	day := Day{Date: day1, Talks: []Talk{slot}}
	at := clockAt(t, "10:15")
	want := "Tent lightning 45 min left\nHall open 45 min left\n"
	if got := lines(day.AcrossRooms(at, nil), at); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHappeningWhen(t *testing.T) {
	at := clockAt(t, "10:00")
	for _, c := range []struct {
		h    Happening
		want string
	}{
		{Happening{Talk: talkAt(t, 1, "10:00", ""), On: false}, "now"},
		{Happening{Talk: talkAt(t, 1, "09:59", "10:00"), On: true}, "1 min left"},
		{Happening{Talk: talkAt(t, 1, "09:40", ""), On: true}, "10 min left"},
		{Happening{Talk: talkAt(t, 1, "11:29", "12:00")}, "in 89 min"},
		{Happening{Talk: talkAt(t, 1, "11:30", "12:00")}, "at 11:30"},
	} {
		if got := c.h.When(at, time.UTC); got != c.want {
			t.Errorf("%+v: got %q, want %q", c.h.Talk, got, c.want)
		}
	}
	// 20 seconds before the end is still a minute left, never 0.
	h := Happening{Talk: talkAt(t, 1, "09:00", "10:01"), On: true}
	if got := h.When(at.Add(40*time.Second), time.UTC); got != "1 min left" {
		t.Errorf("20 s to go: got %q", got)
	}
}
