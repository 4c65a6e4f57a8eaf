package schedule

import (
	"testing"
	"time"
)

// testDay builds a day in Europe/London: a talk 10:30-11:00, a break
// 11:00-11:15, a slot 11:15-11:45 with two items (the second attended) and
// a party from 23:00 to 01:30 the next morning.
func testDay(t *testing.T) (Event, *time.Location) {
	t.Helper()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	at := func(day, hm string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", day+" "+hm, loc)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	d1 := "2019-10-17"
	ev := Event{Name: "Test", TZ: "Europe/London", Days: []Day{
		{Date: d1, Talks: []Talk{
			{ID: 1, Start: at(d1, "10:30"), End: at(d1, "11:00"), Title: "Talk", Kind: KindTalk},
			{ID: 2, Start: at(d1, "11:00"), End: at(d1, "11:15"), Title: "Break", Kind: KindBreak},
			{ID: 3, Start: at(d1, "11:15"), End: at(d1, "11:45"), Title: "Ignites", Kind: KindSlot, Items: []Talk{
				{ID: 4, Title: "One"}, {ID: 5, Title: "Two", Attended: true},
			}},
			{ID: 6, Start: at(d1, "23:00"), End: at("2019-10-18", "01:30"), Title: "Party", Kind: KindBreak},
		}},
		{Date: "2019-10-18", Talks: []Talk{
			{ID: 7, Start: at("2019-10-18", "09:00"), End: at("2019-10-18", "09:30"), Title: "Morning"},
		}},
	}}
	return ev, loc
}

func TestNowAndNext(t *testing.T) {
	ev, loc := testDay(t)
	day := ev.Days[0]
	cases := []struct {
		clock     string
		now, next uint64
		opening   uint64
	}{
		{"09:00", 0, 1, 1},
		{"10:30", 1, 2, 1},
		{"10:59", 1, 2, 1},
		{"11:00", 2, 5, 2}, // the end is exclusive: the break is on
		{"11:20", 5, 6, 5}, // the attended item stands for the slot
		{"12:00", 0, 6, 6},
	}
	for _, c := range cases {
		at, _ := time.ParseInLocation("2006-01-02 15:04", "2019-10-17 "+c.clock, loc)
		now, next := day.NowAndNext(at)
		if now != c.now || next != c.next {
			t.Errorf("%s: now, next = %d, %d; want %d, %d", c.clock, now, next, c.now, c.next)
		}
		if got := day.Opening(at, 0); got != c.opening {
			t.Errorf("%s: opening = %d; want %d", c.clock, got, c.opening)
		}
	}
}

func TestDayAtCountsSmallHoursToTheDayBefore(t *testing.T) {
	ev, loc := testDay(t)
	cases := []struct {
		at   string
		day  int
		onIt bool
	}{
		{"2019-10-17 08:00", 0, true},
		{"2019-10-18 01:00", 0, true}, // the party still runs
		{"2019-10-18 02:00", 1, true}, // the party is over: already the next day
		{"2019-10-18 09:00", 1, true},
		{"2019-10-19 02:00", 1, true},  // the night after the last day
		{"2019-10-19 12:00", 0, false}, // the conference is over
		{"2019-10-16 12:00", 0, false},
	}
	for _, c := range cases {
		at, _ := time.ParseInLocation("2006-01-02 15:04", c.at, loc)
		day, ok := ev.DayAt(at)
		if ok != c.onIt || (ok && day != c.day) {
			t.Errorf("%s: DayAt = %d, %v; want %d, %v", c.at, day, ok, c.day, c.onIt)
		}
	}
}

func TestDayAtUsesVenueTimeNotTheLaptops(t *testing.T) {
	ev, _ := testDay(t)
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip(err)
	}
	// 08:00 on the 18th in Tokyo is 00:00 on the 18th in London: still
	// the party, so still the first day.
	at := time.Date(2019, 10, 18, 8, 0, 0, 0, tokyo)
	if day, ok := ev.DayAt(at); !ok || day != 0 {
		t.Errorf("DayAt = %d, %v; want day 0", day, ok)
	}
}

func TestFindReturnsItemsWithTheirSlot(t *testing.T) {
	ev, _ := testDay(t)
	talk, slot := ev.Days[0].Find(5)
	if talk == nil || talk.Title != "Two" || slot == nil || slot.Title != "Ignites" {
		t.Fatalf("Find(5) = %v in %v", talk, slot)
	}
	if talk, slot := ev.Days[0].Find(1); talk == nil || slot != nil {
		t.Fatalf("Find(1) = %v in %v", talk, slot)
	}
	if talk, _ := ev.Days[0].Find(99); talk != nil {
		t.Fatalf("Find(99) = %v", talk)
	}
}

func TestByline(t *testing.T) {
	cases := map[string][]string{
		"":                   nil,
		"Ann":                {"Ann"},
		"Ann and Bo":         {"Ann", "Bo"},
		"Ann, Bo and Cy Dee": {"Ann", "Bo", "Cy Dee"},
	}
	for want, speakers := range cases {
		if got := (Talk{Speakers: speakers}).Byline(); got != want {
			t.Errorf("Byline(%q) = %q; want %q", speakers, got, want)
		}
	}
}

// TestAttendedParallelTalkWins: at a conference with parallel rooms, the
// talk the user attends is the one on now and the one next.
func TestAttendedParallelTalkWins(t *testing.T) {
	loc := time.UTC
	at := func(hm string) time.Time {
		ts, _ := time.ParseInLocation("2006-01-02 15:04", "2025-02-01 "+hm, loc)
		return ts
	}
	talk := func(id uint64, from, to string, attended bool) Talk {
		return Talk{ID: id, Start: at(from), End: at(to), Title: "t", Kind: KindTalk, Attended: attended}
	}
	d := Day{Date: "2025-02-01", Talks: []Talk{
		talk(1, "10:00", "10:30", false), talk(2, "10:00", "10:30", true), talk(3, "10:00", "10:30", false),
		talk(4, "11:00", "11:30", false), talk(5, "11:00", "11:30", false), talk(6, "11:00", "11:30", true),
		talk(7, "11:15", "11:45", true),
	}}
	if now, next := d.NowAndNext(at("10:10")); now != 2 || next != 6 {
		t.Errorf("at 10:10 now=%d next=%d, want the attended 2 and 6", now, next)
	}
	if now, _ := d.NowAndNext(at("10:50")); now != 0 {
		t.Errorf("at 10:50 now=%d, want none", now)
	}
	d.Talks[1].Attended = false
	if now, _ := d.NowAndNext(at("10:10")); now != 1 {
		t.Errorf("with none attended, now=%d, want the first listed", now)
	}
}
