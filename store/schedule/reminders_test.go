package schedule

import (
	"testing"
	"time"
)

func TestAttendedStartingFindsTheTalksToRemindOf(t *testing.T) {
	slot := talkAt(t, 3, "10:30", "11:00")
	slot.Kind = KindSlot
	slot.Room = "Hall"
	slot.Items = []Talk{{ID: 31, Title: "ignite", Attended: true, Kind: KindTalk}, {ID: 32, Title: "other", Kind: KindTalk}}
	pg := attended(page(talkAt(t, 4, "10:33", "")))
	ev := Event{Days: []Day{{Date: day1, Talks: []Talk{
		attended(talkAt(t, 1, "10:00", "10:30")), // started: too late to remind
		talkAt(t, 2, "10:30", "11:00"),           // not attended
		slot,
		pg,
		attended(talkAt(t, 5, "10:36", "11:00")), // beyond five minutes
	}}}}
	got := ev.AttendedStarting(clockAt(t, "10:25"), 5*time.Minute)
	if len(got) != 1 || got[0].ID != 31 || !got[0].Start.Equal(clockAt(t, "10:30")) || got[0].Room != "Hall" {
		t.Fatalf("at 10:25 got %+v; want the attended ignite at 10:30 in its slot's room", got)
	}
	if got := ev.AttendedStarting(clockAt(t, "10:31"), 5*time.Minute); len(got) != 1 || got[0].ID != 5 {
		t.Errorf("at 10:31 got %+v; want talk 5 (the page is the user's own)", got)
	}
	if got := ev.AttendedStarting(clockAt(t, "10:25"), 0); got != nil {
		t.Errorf("reminders off: got %+v", got)
	}
}
