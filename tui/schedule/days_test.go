package schedule

import (
	"fmt"
	"strings"
	"testing"
	"time"

	sched "lanyard/store/schedule"
)

// manyRooms is an invented two-day conference of rooms "Room 01" and on,
// each with a talk every 30 minutes from 09:00 to 18:00 in the track
// "Track <room mod tracks>", and an all-day workshop (10:00–18:00) in
// room "Hack area" on each day. Talk IDs are day*100000 + room*100 + slot.
func manyRooms(t *testing.T, rooms, tracks int) sched.Event {
	t.Helper()
	ev := sched.Event{ID: 9, Name: "Many Rooms Fest", TZ: venueTZ}
	for d, date := range []string{day1, day2} {
		day := sched.Day{Date: date}
		workshop := talk(t, uint64((d+1)*100000+99), date, "10:00", "18:00", "All-day workshop", sched.KindTalk)
		workshop.Room = "Hack area"
		start := at(t, date, "09:00")
		for slot := range 18 {
			s := start.Add(time.Duration(slot) * 30 * time.Minute)
			if s.Equal(workshop.Start) {
				day.Talks = append(day.Talks, workshop)
			}
			for r := range rooms {
				day.Talks = append(day.Talks, sched.Talk{
					ID: uint64((d+1)*100000 + (r+1)*100 + slot), Start: s, End: s.Add(30 * time.Minute),
					Title: fmt.Sprintf("Talk %d in room %d", slot, r+1), Kind: sched.KindTalk,
					Speakers: []string{"Speaker"}, Room: fmt.Sprintf("Room %02d", r+1),
					Track: fmt.Sprintf("Track %d", r%tracks),
				})
			}
		}
		ev.Days = append(ev.Days, day)
	}
	return ev
}

func TestSwitchingDaysKeepsTheTimeOfDay(t *testing.T) {
	ev := manyRooms(t, 12, 3)
	m := pane(ev, 0, 60, 20, at(t, day1, "14:10"))
	m, ok := m.Select(100000 + 700 + 10) // room 7 at 14:00
	if !ok {
		t.Fatal("no talk 7/14:00 on day one")
	}
	m, msg := send(m, "l")
	tk, _, _ := m.Selected()
	// The same time, the same room: not the workshop on since 10:00, nor
	// the day's first talk.
	if want := uint64(200000 + 700 + 10); tk.ID != want {
		t.Errorf("l at 14:00 in room 7: selected %d %q at %s, want %d", tk.ID, tk.Title, tk.Start.Format("15:04"), want)
	}
	if open, ok := msg.(OpenMsg); !ok || open.TalkID != tk.ID {
		t.Errorf("l: message %#v, want a preview of the talk selected", msg)
	}
	if !strings.Contains(viewText(m), "›") {
		t.Errorf("the selection is not in view:\n%s", viewText(m))
	}
	// Back again, by the arrow this time.
	m, _ = send(m, "left")
	if want := uint64(100000 + 700 + 10); selected(m) != want {
		t.Errorf("left: selected %d, want %d", selected(m), want)
	}
}

func TestSwitchingDaysFromAGapTakesTheNextTalk(t *testing.T) {
	ev := testEvent(t)
	// Day one's lunch ends 13:30; day two ends at 10:45.
	m := pane(ev, 1, 60, 20, at(t, day1, "08:00"))
	m, ok := m.Select(21) // 10:00–10:45 on day two
	if !ok {
		t.Fatal("no talk 21")
	}
	// 10:00 on day one is in the coffee break (10:15 starts it): the talk
	// on at 10:00 is Backpressure (09:30–10:15).
	if m, _ = send(m, "h"); selected(m) != 11 {
		t.Errorf("h from 10:00: selected %d, want 11 (on at 10:00)", selected(m))
	}
	// From the lunch (12:15) to day two, where everything is over by then:
	// the day's last talk.
	m, _ = m.Select(15)
	if m, _ = send(m, "l"); selected(m) != 21 {
		t.Errorf("l from 12:15: selected %d, want the last talk 21", selected(m))
	}
	// From 09:00 on day two to day one, with nothing on then: the next.
	m, _ = m.Select(20)
	if m, _ = send(m, "h"); selected(m) != 10 {
		t.Errorf("h from 09:00: selected %d, want 10", selected(m))
	}
}

// TestFilteredListStartsAtTheDaysFirstMatch is FOSDEM's case: the user
// is far down a day of many rooms, filters to one track, and the list
// must not be scrolled to where the unfiltered one was, with the track's
// first talks hidden above and blank lines below.
func TestFilteredListStartsAtTheDaysFirstMatch(t *testing.T) {
	ev := manyRooms(t, 40, 20)
	m := pane(ev, 0, 60, 24, at(t, day1, "10:40")).selectOpening()
	m, _ = send(m, "f")
	m, _ = send(typeText(m, "track 3"), "enter")
	lines := plainView(m)
	if !strings.Contains(lines[2], "09:00") {
		t.Errorf("the filtered list does not start at 09:00:\n%s", viewText(m))
	}
	if !strings.Contains(viewText(m), "›") {
		t.Errorf("the selection is not in view:\n%s", viewText(m))
	}
	// Later in the day the selection scrolls into view, and the pane is
	// full: no blank lines while talks are hidden above.
	m = m.SetClock(at(t, day1, "17:40"))
	m, _ = send(m, "n")
	lines = plainView(m)
	if !strings.Contains(viewText(m), "›") {
		t.Fatalf("n: the selection is not in view:\n%s", viewText(m))
	}
	if strings.Contains(lines[2], "09:00") {
		t.Fatalf("n at 17:40: the list still starts at 09:00:\n%s", viewText(m))
	}
	for i, l := range lines[2:] {
		if strings.TrimSpace(l) == "" {
			t.Errorf("line %d is blank with talks hidden above:\n%s", i+2, viewText(m))
			break
		}
	}
}

func TestPaneIsFilledAfterGrowing(t *testing.T) {
	m := pane(longDay(t, 40), 0, 60, 10, at(t, day1, "08:00"))
	m = pressAll(m, "G")
	m = m.SetSize(60, 40)
	for i, l := range plainView(m)[2:] {
		if strings.TrimSpace(l) == "" && !strings.Contains(plainView(m)[2], "08:00") {
			t.Errorf("line %d is blank with talks hidden above:\n%s", i+2, viewText(m))
			break
		}
	}
}
