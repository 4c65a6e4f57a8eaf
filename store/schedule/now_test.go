package schedule

import (
	"testing"
	"time"
)

// The tables below build small conference days in UTC on 14 and 15 May
// 2026 from one line per talk.

const (
	day1 = "2026-05-14"
	day2 = "2026-05-15"
)

// clockAt is "15:04" on day1, or "2006-01-02 15:04"; "" is the zero time.
func clockAt(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	if len(s) == len("15:04") {
		s = day1 + " " + s
	}
	at, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		t.Fatal(err)
	}
	return at
}

// talkAt is a talk from start to end ("" for none) as clockAt reads them.
func talkAt(t *testing.T, id uint64, start, end string) Talk {
	t.Helper()
	return Talk{ID: id, Start: clockAt(t, start), End: clockAt(t, end), Title: "talk", Kind: KindTalk}
}

func attended(t Talk) Talk { t.Attended = true; return t }

func page(t Talk) Talk { t.Kind = KindPage; return t }

func slotOf(t Talk, items ...Talk) Talk { t.Kind, t.Items = KindSlot, items; return t }

func item(id uint64) Talk { return Talk{ID: id, Title: "item"} }

// eventOf is an event in UTC whose first day holds talks.
func eventOf(talks ...Talk) Event {
	return Event{ID: 1, Name: "Test", TZ: "UTC", Days: []Day{{Date: day1, Talks: talks}}}
}

func TestOnNow(t *testing.T) {
	party := Event{ID: 1, TZ: "UTC", Days: []Day{
		{Date: day1, Talks: []Talk{talkAt(t, 1, "18:00", "19:00"), talkAt(t, 2, "23:00", day2+" 01:30")}},
		{Date: day2, Talks: []Talk{talkAt(t, 3, day2+" 09:00", day2+" 09:30")}},
	}}
	cases := []struct {
		name string
		ev   Event
		at   string
		day  int
		talk uint64 // 0: nothing is on
	}{
		{"a talk on now", eventOf(talkAt(t, 1, "09:00", "09:30")), "09:10", 0, 1},
		{"the end is exclusive: the next talk is on", eventOf(talkAt(t, 1, "09:00", "09:30"), talkAt(t, 2, "09:30", "10:00")), "09:30", 0, 2},
		{"parallel talks: the first listed", eventOf(talkAt(t, 1, "10:00", "10:30"), talkAt(t, 2, "10:00", "10:30")), "10:10", 0, 1},
		{"parallel talks: the attended one wins", eventOf(talkAt(t, 1, "10:00", "10:30"), attended(talkAt(t, 2, "10:00", "10:30"))), "10:10", 0, 2},
		{"two attended overlap: the one that started last",
			eventOf(attended(talkAt(t, 1, "09:30", "11:00")), attended(talkAt(t, 2, "10:00", "10:30"))), "10:10", 0, 2},
		{"two attended overlap: the long one once the short one ends",
			eventOf(attended(talkAt(t, 1, "09:30", "11:00")), attended(talkAt(t, 2, "10:00", "10:30"))), "10:40", 0, 1},
		{"a slot: its attended item", eventOf(slotOf(talkAt(t, 1, "10:00", "10:30"), item(2), attended(item(3)))), "10:10", 0, 3},
		{"a slot with no item attended: the slot", eventOf(slotOf(talkAt(t, 1, "10:00", "10:30"), item(2), item(3))), "10:10", 0, 1},
		{"an attended item beats a parallel talk",
			eventOf(talkAt(t, 1, "10:00", "10:30"), slotOf(talkAt(t, 2, "10:00", "10:30"), item(3), attended(item(4)))), "10:10", 0, 4},
		{"a talk with no end runs half an hour", eventOf(talkAt(t, 1, "09:00", "")), "09:29", 0, 1},
		{"a talk with no end is over after half an hour", eventOf(talkAt(t, 1, "09:00", "")), "09:30", 0, 0},
		{"a page the user started beats a talk not attended",
			eventOf(talkAt(t, 1, "12:30", "13:00"), page(talkAt(t, 2, "12:34", ""))), "12:40", 0, 2},
		{"a page started during an attended talk: the user left it",
			eventOf(attended(talkAt(t, 1, "12:30", "13:00")), page(talkAt(t, 2, "12:34", ""))), "12:40", 0, 2},
		{"between talks", eventOf(talkAt(t, 1, "09:00", "09:30"), talkAt(t, 2, "10:00", "10:30")), "09:45", 0, 0},
		{"before the day's first talk", eventOf(talkAt(t, 1, "09:00", "09:30")), "08:00", 0, 0},
		{"after the day's last talk", eventOf(talkAt(t, 1, "09:00", "09:30")), "18:00", 0, 0},
		{"on no day of the event", eventOf(talkAt(t, 1, "09:00", "09:30")), "2026-06-01 09:10", 0, 0},
		{"small hours: the party of the day before", party, day2 + " 01:00", 0, 2},
		{"small hours after the party: the next day, nothing on yet", party, day2 + " 02:00", 1, 0},
		{"the next morning", party, day2 + " 09:15", 1, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			day, talk, ok := c.ev.OnNow(clockAt(t, c.at))
			if ok != (c.talk != 0) || talk != c.talk || ok && day != c.day {
				t.Errorf("at %s OnNow = day %d, talk %d, %v; want day %d, talk %d", c.at, day, talk, ok, c.day, c.talk)
			}
		})
	}
}

func TestStartIn(t *testing.T) {
	day := eventOf(talkAt(t, 1, "09:00", "09:30"), talkAt(t, 2, "10:00", "10:30"),
		slotOf(talkAt(t, 3, "11:00", "11:30"), item(4), attended(item(5))))
	day.Days = append(day.Days, Day{Date: day2, Talks: []Talk{talkAt(t, 6, day2+" 09:00", day2+" 09:30")}})
	cases := []struct {
		name  string
		ev    Event
		at    string
		day   int
		talk  uint64
		today bool
	}{
		{"the talk on now", day, "09:10", 0, 1, true},
		{"between talks: the next", day, "09:45", 0, 2, true},
		{"before the day: the first", day, "07:00", 0, 1, true},
		{"after the day: its last slot, by its attended item", day, "18:00", 0, 5, true},
		{"the second day", day, day2 + " 09:05", 1, 6, true},
		{"not a day of the event: the first day's first talk", day, "2026-09-01 10:10", 0, 1, false},
		{"a day with no talks", Event{TZ: "UTC", Days: []Day{{Date: day1}}}, "09:00", 0, 0, true},
		{"an event with no days", Event{TZ: "UTC"}, "09:00", 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			day, talk, today := c.ev.StartIn(clockAt(t, c.at), 0)
			if day != c.day || talk != c.talk || today != c.today {
				t.Errorf("at %s StartIn = day %d, talk %d, today %v; want %d, %d, %v", c.at, day, talk, today, c.day, c.talk, c.today)
			}
		})
	}
}

func TestStartAtChoosesTheEvent(t *testing.T) {
	mayDay := func(id uint64, tz string) Event {
		ev := eventOf(talkAt(t, id*10, "09:00", "09:30"))
		ev.ID, ev.TZ = id, tz
		return ev
	}
	june := eventOf(talkAt(t, 30, "2026-06-01 09:00", "2026-06-01 09:30"))
	june.ID, june.Days[0].Date = 3, "2026-06-01"
	zone, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	tokyo := Event{ID: 4, TZ: "Asia/Tokyo", Days: []Day{{Date: day1, Talks: []Talk{
		{ID: 40, Start: time.Date(2026, 5, 14, 9, 0, 0, 0, zone), End: time.Date(2026, 5, 14, 9, 30, 0, 0, zone)},
		{ID: 41, Start: time.Date(2026, 5, 14, 18, 0, 0, 0, zone), End: time.Date(2026, 5, 14, 18, 30, 0, 0, zone)},
	}}}}
	cases := []struct {
		name   string
		events []Event
		last   uint64
		wall   string
		event  int
		talk   uint64
	}{
		{"the event with today", []Event{june, mayDay(1, "UTC")}, 3, "09:10", 1, 10},
		{"two with today: the one opened last", []Event{mayDay(1, "UTC"), mayDay(2, "UTC")}, 1, "09:10", 0, 10},
		{"two with today, neither opened last: the first", []Event{mayDay(1, "UTC"), mayDay(2, "UTC")}, 3, "09:10", 0, 10},
		{"none with today: the one opened last", []Event{mayDay(1, "UTC"), june, mayDay(2, "UTC")}, 3, "2026-09-01 09:10", 1, 30},
		{"none with today, none opened: the last listed", []Event{june, mayDay(2, "UTC")}, 0, "2026-09-01 09:10", 1, 20},
		// 09:10 at the venue, not 09:10 UTC (18:10 in Tokyo).
		{"the clock is read at the venue", []Event{tokyo}, 0, "09:10", 0, 40},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wall := clockAt(t, c.wall)
			clock := func(loc *time.Location) time.Time {
				return time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), 0, 0, loc)
			}
			s, ok := StartAt(c.events, c.last, clock)
			if !ok || s.Event != c.event || s.Talk != c.talk {
				t.Errorf("StartAt = %+v, %v; want event %d, talk %d", s, ok, c.event, c.talk)
			}
		})
	}
	if s, ok := StartAt(nil, 0, func(*time.Location) time.Time { return time.Now() }); ok {
		t.Errorf("StartAt with no events = %+v, want none", s)
	}
}

func TestOnlyPages(t *testing.T) {
	if !eventOf(page(talkAt(t, 1, "09:00", ""))).OnlyPages() || !(Event{}).OnlyPages() {
		t.Error("an event of pages has a schedule")
	}
	if eventOf(page(talkAt(t, 1, "09:00", "")), talkAt(t, 2, "10:00", "10:30")).OnlyPages() {
		t.Error("an event with a talk has only pages")
	}
}
