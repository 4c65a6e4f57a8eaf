package schedule

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestTalkToAddTo(t *testing.T) {
	ev, loc := testDay(t)
	empty := ev
	empty.Days = append([]Day{}, ev.Days...)
	empty.Days[1] = Day{Date: "2019-10-18"}
	cases := []struct {
		name  string
		ev    Event
		clock string
		want  uint64
		ok    bool
	}{
		{"before the first talk: the next", ev, "2019-10-17 09:00", 1, true},
		{"during a talk: that talk", ev, "2019-10-17 10:45", 1, true},
		{"during a slot: the attended item", ev, "2019-10-17 11:20", 5, true},
		{"between talks: the next", ev, "2019-10-17 12:00", 6, true},
		{"after midnight, the party still on: the day before's", ev, "2019-10-18 01:00", 6, true},
		{"the small hours after the party: the next morning's first", ev, "2019-10-18 02:00", 7, true},
		{"the next morning: that day's", ev, "2019-10-18 09:10", 7, true},
		{"the evening after the last day: its last talk", ev, "2019-10-18 20:00", 7, true},
		{"a day before the event: nothing", ev, "2019-10-16 10:00", 0, false},
		{"a day after the event: nothing", ev, "2019-10-19 10:00", 0, false},
		{"a day with no talks: nothing", empty, "2019-10-18 10:00", 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			at, err := time.ParseInLocation("2006-01-02 15:04", c.clock, loc)
			if err != nil {
				t.Fatal(err)
			}
			talk, err := c.ev.TalkToAddTo(at, 0)
			if talk.ID != c.want || (err == nil) != c.ok {
				t.Errorf("TalkToAddTo(%s) = %d, %v; want %d, ok %v", c.clock, talk.ID, err, c.want, c.ok)
			}
			if !c.ok && (!errors.Is(err, ErrNothingOn) || !strings.Contains(err.Error(), c.clock[len("2019-10-17 "):])) {
				t.Errorf("TalkToAddTo(%s) error %q: want ErrNothingOn with the venue time", c.clock, err)
			}
		})
	}
}

func TestNewPageAndFindPage(t *testing.T) {
	ev, loc := testDay(t)
	cases := []struct {
		clock, date string
	}{
		{"2019-10-17 14:03", "2019-10-17"},
		{"2019-10-18 01:10", "2019-10-17"}, // the small hours belong to the day before
		{"2019-10-20 09:00", "2019-10-20"}, // not a conference day: the date at the venue
	}
	for _, c := range cases {
		at, err := time.ParseInLocation("2006-01-02 15:04", c.clock, loc)
		if err != nil {
			t.Fatal(err)
		}
		date, page := ev.NewPage("Hallway", at.Add(42*time.Second))
		if date != c.date || !page.Start.Equal(at) || page.Kind != KindPage || !page.Manual || page.Title != "Hallway" {
			t.Errorf("NewPage at %s = %s, %+v; want a manual page on %s starting %v", c.clock, date, page, c.date, at)
		}
	}
	day := &ev.Days[0]
	day.Talks = append(day.Talks, Talk{ID: 9, Title: "Hallway chat", Kind: KindPage}, Talk{ID: 10, Title: "Talk ", Kind: KindTalk})
	if p, ok := ev.FindPage("2019-10-17", "hallway CHAT"); !ok || p.ID != 9 {
		t.Errorf("FindPage in another case = %d, %v; want page 9", p.ID, ok)
	}
	if _, ok := ev.FindPage("2019-10-17", "Talk"); ok {
		t.Error("FindPage found a talk, which is no free page")
	}
	if _, ok := ev.FindPage("2019-10-18", "Hallway chat"); ok {
		t.Error("FindPage found a page of another day")
	}
	if _, ok := ev.FindPage("2020-01-01", "Hallway chat"); ok {
		t.Error("FindPage found a page on a day the event does not have")
	}
}

func TestTalkToAddToByID(t *testing.T) {
	ev, _ := testDay(t)
	item, err := ev.TalkToAddToByID(5)
	if err != nil || item.Title != "Two" || !item.Start.Equal(ev.Days[0].Talks[2].Start) {
		t.Errorf("item 5 = %+v, %v; want Two with its slot's start", item, err)
	}
	for _, id := range []uint64{0, 99} {
		if _, err := ev.TalkToAddToByID(id); !errors.Is(err, ErrNotInEvent) {
			t.Errorf("talk %d: err = %v, want ErrNotInEvent", id, err)
		}
	}
}

func TestPlaceToAddPrefersThePageThenTheTalkThenNow(t *testing.T) {
	ev := placeFixture()
	at := ev.Days[0].Talks[0].Start.Add(5 * time.Minute)
	for _, c := range []struct {
		name    string
		talkID  uint64
		page    string
		want    string
		wantNew bool
	}{
		{"the talk on now", 0, "", ev.Days[0].Talks[0].Title, false},
		{"a talk by its ID", ev.Days[0].Talks[1].ID, "", ev.Days[0].Talks[1].Title, false},
		{"today's page by its title, in any case", ev.Days[0].Talks[1].ID, "HALLWAY", "Hallway", false},
		{"a page to make", 0, "Open space", "Open space", true},
	} {
		got, err := ev.PlaceToAdd(c.talkID, c.page, at, 0)
		if err != nil || got.Talk.Title != c.want || got.New != c.wantNew || (got.New && got.Date != ev.Days[0].Date) {
			t.Errorf("%s: PlaceToAdd = %+v, %v; want %q (new: %v)", c.name, got, err, c.want, c.wantNew)
		}
	}
}

// placeFixture is a day with two talks and a free page.
func placeFixture() Event {
	start := time.Date(2026, 5, 14, 10, 0, 0, 0, time.UTC)
	return Event{Name: "Harbour", TZ: "UTC", Days: []Day{{Date: "2026-05-14", Talks: []Talk{
		{ID: 1, Title: "Paging", Start: start, End: start.Add(30 * time.Minute), Kind: KindTalk},
		{ID: 2, Title: "Terraform", Start: start.Add(30 * time.Minute), End: start.Add(time.Hour), Kind: KindTalk},
		{ID: 3, Title: "Hallway", Start: start.Add(10 * time.Minute), Kind: KindPage},
	}}}}
}
