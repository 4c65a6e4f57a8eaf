package days

import (
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"lanyard/store/schedule"
)

func TestBefore(t *testing.T) {
	cases := []struct {
		venue Venue
		clock time.Duration
		want  bool
	}{
		{At(nil), 0, true},
		{At(nil), 3*time.Hour + 59*time.Minute, true},
		{At(nil), 4 * time.Hour, false},
		{At(nil), 9 * time.Hour, false},
		{Venue{Turnover: 6 * time.Hour}, 5 * time.Hour, true},
		{Venue{Turnover: time.Minute}, time.Minute, false},
		{Venue{}, 0, false}, // a day_change of 00:00: no small hours
	}
	for _, c := range cases {
		if got := c.venue.Before(c.clock); got != c.want {
			t.Errorf("%+v.Before(%v) = %v; want %v", c.venue, c.clock, got, c.want)
		}
	}
}

func TestSmallHoursIsInTheVenuesZone(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	// 09:30 in Tokyo is 01:30 in London in summer.
	tokyo := time.FixedZone("JST", 9*3600)
	at := time.Date(2019, 7, 18, 9, 30, 0, 0, tokyo)
	if !At(london).SmallHours(at) {
		t.Errorf("01:30 in London is not the small hours")
	}
	if At(tokyo).SmallHours(at) {
		t.Errorf("09:30 in Tokyo is the small hours")
	}
}

// talk is a talk starting at "2019-10-17 23:00" in UTC, listed under
// listed.
func talk(t *testing.T, at, listed string) Start {
	t.Helper()
	v, err := time.Parse("2006-01-02 15:04", at)
	if err != nil {
		t.Fatal(err)
	}
	return Start{At: v, Listed: listed}
}

func TestDates(t *testing.T) {
	cases := []struct {
		name   string
		starts []string // "date hh:mm" or "date hh:mm listed"
		want   []string
	}{
		{"a 01:00 talk after an evening continues it",
			[]string{"2019-10-17 20:00", "2019-10-18 01:00"},
			[]string{"2019-10-17", "2019-10-17"}},
		{"in any order",
			[]string{"2019-10-18 01:00", "2019-10-17 20:00"},
			[]string{"2019-10-17", "2019-10-17"}},
		{"a morning talk at 09:00 opens its own day",
			[]string{"2019-10-17 20:00", "2019-10-18 01:00", "2019-10-18 09:00"},
			[]string{"2019-10-17", "2019-10-17", "2019-10-18"}},
		{"03:59 is still the night before, 04:00 the next day",
			[]string{"2019-10-17 10:00", "2019-10-18 03:59", "2019-10-18 04:00"},
			[]string{"2019-10-17", "2019-10-17", "2019-10-18"}},
		{"a day with nothing before opens at 01:00",
			[]string{"2019-10-18 01:00", "2019-10-18 09:00"},
			[]string{"2019-10-18", "2019-10-18"}},
		{"a gap day before: the small hours open the next",
			[]string{"2019-10-16 20:00", "2019-10-18 01:00"},
			[]string{"2019-10-16", "2019-10-18"}},
		{"night-only sessions: one day a night, not all on the first",
			[]string{"2019-10-17 01:00", "2019-10-18 01:00", "2019-10-19 01:00"},
			[]string{"2019-10-17", "2019-10-18", "2019-10-19"}},
		{"a talk listed under its own date stays there",
			[]string{"2019-10-17 20:00", "2019-10-18 01:00 2019-10-18"},
			[]string{"2019-10-17", "2019-10-18"}},
		{"a talk listed under the evening goes there, and holds it",
			[]string{"2019-10-17 01:00 2019-10-16", "2019-10-18 01:00"},
			[]string{"2019-10-16", "2019-10-18"}},
		{"a small-hours talk listed under the day before makes it a day",
			[]string{"2019-10-18 01:00 2019-10-17", "2019-10-18 02:00"},
			[]string{"2019-10-17", "2019-10-17"}},
		{"a listed date two days off is not believed",
			[]string{"2019-10-17 20:00", "2019-10-18 01:00 2019-10-20"},
			[]string{"2019-10-17", "2019-10-17"}},
		{"a daytime talk is on its date whatever the listing says",
			[]string{"2019-10-18 10:00 2019-10-17"},
			[]string{"2019-10-18"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			starts := make([]Start, len(c.starts))
			for i, s := range c.starts {
				f := strings.Fields(s)
				listed := ""
				if len(f) == 3 {
					listed = f[2]
				}
				starts[i] = talk(t, f[0]+" "+f[1], listed)
			}
			if got := At(nil).Dates(starts); !slices.Equal(got, c.want) {
				t.Errorf("Dates = %v; want %v", got, c.want)
			}
		})
	}
}

// TestDatesAgreeWithDayAt: the day a reader files a talk under is the day
// the app shows when the talk starts.
func TestDatesAgreeWithDayAt(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, london)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	sets := [][]string{
		{"2019-10-17 10:00", "2019-10-17 23:00", "2019-10-18 01:00", "2019-10-18 09:00"},
		{"2019-10-17 10:00", "2019-10-18 01:00"},
		{"2019-10-18 00:30", "2019-10-18 09:00", "2019-10-19 02:00"},
		{"2019-10-17 01:00", "2019-10-18 01:00"},
		{"2019-03-30 21:00", "2019-03-31 00:30", "2019-03-31 03:30", "2019-03-31 10:00"},
	}
	venue := At(london)
	for _, set := range sets {
		starts := make([]Start, len(set))
		for i, s := range set {
			starts[i] = Start{At: at(s)}
		}
		dates := venue.Dates(starts)
		ev := schedule.Event{TZ: "Europe/London"}
		for i, s := range starts {
			if n := len(ev.Days); n == 0 || ev.Days[n-1].Date != dates[i] {
				ev.Days = append(ev.Days, schedule.Day{Date: dates[i]})
			}
			day := &ev.Days[len(ev.Days)-1]
			day.Talks = append(day.Talks, schedule.Talk{Start: s.At, End: s.At.Add(30 * time.Minute)})
		}
		for i, s := range starts {
			if d, ok := ev.DayAt(s.At); !ok || ev.Days[d].Date != dates[i] {
				t.Errorf("%v: %s is filed under %s but the app shows day %d (%v)", set, set[i], dates[i], d, ok)
			}
		}
	}
}

// TestGroup: days come out in date order, each with its talks in the
// order given, the karaoke after the dinner on the dinner's day.
func TestGroup(t *testing.T) {
	titles := []string{"2019-10-18 09:00 Keynote", "2019-10-17 20:00 Dinner", "2019-10-18 10:00 Panel", "2019-10-18 01:00 Karaoke"}
	dates, groups := Group(At(nil), titles, func(s string) Start { return talk(t, s[:16], "") })
	if want := []string{"2019-10-17", "2019-10-18"}; !slices.Equal(dates, want) {
		t.Fatalf("dates = %v; want %v", dates, want)
	}
	want := [][]string{{titles[1], titles[3]}, {titles[0], titles[2]}}
	for i := range want {
		if !slices.Equal(groups[i], want[i]) {
			t.Errorf("%s holds %v; want %v", dates[i], groups[i], want[i])
		}
	}
}
