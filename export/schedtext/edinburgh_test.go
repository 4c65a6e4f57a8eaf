package schedtext

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"lanyard/store/schedule"
)

// edinburghPath is a real blog post kept outside the repository: a
// two-day schedule interleaved with the author's notes.
var edinburghPath = filepath.Join("..", "..", "..", "shared", "examples", "edinburgh-2019-schedule-with-notes.txt")

func TestEdinburghBlogPost(t *testing.T) {
	f, err := os.Open(edinburghPath)
	if os.IsNotExist(err) {
		t.Skip("example blog post not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Parse(f, schedule.ReadOptions{Name: "edinburgh.txt", Location: london})
	if err != nil {
		t.Fatal(err)
	}
	if got := dates(res.Days); !slices.Equal(got, []string{"2019-10-17", "2019-10-18"}) {
		t.Fatalf("days = %q", got)
	}
	day1, day2 := res.Days[0].Talks, res.Days[1].Talks

	if talk := at(t, day1, london, "10:30"); !slices.Equal(talk.Speakers, []string{"Jessica Andersson"}) {
		t.Errorf("10:30 speakers = %q", talk.Speakers)
	}

	ignites := at(t, day1, london, "13:45")
	if ignites.Title != "Ignites" || ignites.Kind != schedule.KindSlot || len(ignites.Items) != 3 {
		t.Fatalf("ignites = %q %s with %d items, want 3", ignites.Title, ignites.Kind, len(ignites.Items))
	}
	if !slices.ContainsFunc(ignites.Items, func(it schedule.Talk) bool {
		return it.Title == "All Tech is Debt" && slices.Equal(it.Speakers, []string{"Dave Stanke"})
	}) {
		t.Errorf("ignites = %+v, want All Tech is Debt by Dave Stanke", ignites.Items)
	}

	session1 := at(t, day1, london, "15:05")
	if session1.Title != "Open Spaces Session 1" || len(session1.Items) != 4 {
		t.Fatalf("first open space = %q with %d items, want 4", session1.Title, len(session1.Items))
	}
	for _, it := range session1.Items {
		if it.Room == "" || it.Attended != (it.Room == "Biosphere Blue") {
			t.Errorf("room item %+v: want a room, attended only in Biosphere Blue", it)
		}
	}
	if s := at(t, day1, london, "15:40"); s.Title != "Open Spaces Session 2" {
		t.Errorf("15:40 = %q, want the series continued", s.Title)
	}

	platform := at(t, day2, london, "10:45")
	if !slices.Equal(platform.Speakers, []string{"Adarsh Shah", "Priyanka Rao"}) {
		t.Errorf("10:45 speakers = %q, want two", platform.Speakers)
	}
	if talk := at(t, day1, london, "12:15"); talk.Title != "Ego-less Programming — the philosophy of better code" {
		t.Errorf("12:15 title = %q", talk.Title)
	}
}

// at returns the talk that starts at hhmm, venue time.
func at(t *testing.T, talks []schedule.Talk, loc *time.Location, hhmm string) schedule.Talk {
	t.Helper()
	for _, talk := range talks {
		if talk.Start.In(loc).Format("15:04") == hhmm {
			return talk
		}
	}
	t.Fatalf("no talk at %s", hhmm)
	return schedule.Talk{}
}
