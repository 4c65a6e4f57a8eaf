package sessionize

import (
	"slices"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func TestAllViewDaysAndCounts(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	if res.Talks != 16 || res.Skipped != 1 {
		t.Errorf("Talks = %d, Unscheduled = %d; want 16 and 1", res.Talks, res.Skipped)
	}
	if len(res.Skips) != 1 || res.Skips[0].Line != 0 || res.Skips[0].Why != "no start time" || res.Skips[0].Text == "" {
		t.Errorf("Skips = %+v", res.Skips)
	}
	var dates []string
	counts := map[string]int{}
	for _, d := range res.Days {
		dates = append(dates, d.Date)
		counts[d.Date] = len(d.Talks)
	}
	if want := []string{"2025-05-14", "2025-05-15"}; !slices.Equal(dates, want) {
		t.Fatalf("dates = %v, want %v", dates, want)
	}
	if counts["2025-05-14"] != 11 || counts["2025-05-15"] != 5 {
		t.Errorf("talks per day = %v, want 11 and 5", counts)
	}
	if res.Zone != "" || res.Title != "" {
		t.Errorf("Zone %q Title %q: Sessionize gives neither", res.Zone, res.Title)
	}
}

func TestAllViewJoinsSpeakersRoomsTracks(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	talk, _ := find(t, res, "Boring Kubernetes Upgrades")
	want := schedule.Talk{
		Start: at(t, 14, 10, 30), End: at(t, 14, 11, 15),
		Title: "Boring Kubernetes Upgrades", Speakers: []string{"Tomás Okafor", "Yuki Brandt"},
		Room: "Aurora Hall", Track: "Cloud & Infrastructure", Kind: schedule.KindTalk, SourceID: "543101",
	}
	if !equalTalk(talk, want) {
		t.Errorf("got  %+v\nwant %+v", talk, want)
	}
	// An unknown speaker id is dropped; a speaker with no fullName is
	// named from first and last name.
	if talk, _ := find(t, res, "Threat Modelling a Bakery"); !slices.Equal(talk.Speakers, []string{"Priya Lindqvist"}) {
		t.Errorf("Bakery speakers = %q", talk.Speakers)
	}
	if talk, _ := find(t, res, "CSS Layout in 2025"); !slices.Equal(talk.Speakers, []string{"Elif Moreau"}) || talk.Track != "Frontend" {
		t.Errorf("CSS speakers %q track %q", talk.Speakers, talk.Track)
	}
	// A session with no Track item has no track, not its format.
	if talk, _ := find(t, res, "Hands-on: Build a Tiny Compiler"); talk.Track != "" {
		t.Errorf("workshop track = %q, want none", talk.Track)
	}
}

func TestParallelTalksInRoomOrder(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	var rooms []string
	for _, talk := range res.Days[0].Talks {
		if talk.Start.Equal(at(t, 14, 10, 30)) {
			rooms = append(rooms, talk.Room)
		}
	}
	// The file lists Birch first; the rooms' sort field puts Aurora first.
	if want := []string{"Aurora Hall", "Birch", "Cedar", "Driftwood Lab"}; !slices.Equal(rooms, want) {
		t.Errorf("rooms at 10:30 = %q, want %q", rooms, want)
	}
}

func TestFloatingAndOffsetTimes(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	for _, c := range []struct {
		title string
		start time.Time
	}{
		{"CSS Layout in 2025", at(t, 15, 10, 0)},                                // no offset: Helsinki wall clock
		{"Observability Without Tears", at(t, 15, 9, 0)},                        // 06:00Z
		{"Passkeys for Everyone", at(t, 15, 9, 0)},                              // 09:00+03:00
		{"Late Night Lightning Talks", at(t, 14, 23, 30)},                       // runs past midnight
		{"Hallway Hack Session", time.Date(2025, 5, 14, 22, 0, 0, 0, time.UTC)}, // 01:00 local
	} {
		talk, _ := find(t, res, c.title)
		if !talk.Start.Equal(c.start) {
			t.Errorf("%s starts %v, want %v", c.title, talk.Start, c.start)
		}
	}
	// The same floating file read for another venue moves with it.
	other, err := Parse(mustOpen(t, "testdata/all.json"), schedule.ReadOptions{Name: "all.json", Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	css, _ := find(t, other, "CSS Layout in 2025")
	if want := time.Date(2025, 5, 15, 10, 0, 0, 0, time.UTC); !css.Start.Equal(want) {
		t.Errorf("in UTC, CSS starts %v, want %v", css.Start, want)
	}
	obs, _ := find(t, other, "Observability Without Tears")
	if want := time.Date(2025, 5, 15, 6, 0, 0, 0, time.UTC); !obs.Start.Equal(want) {
		t.Errorf("in UTC, an instant must not move: %v, want %v", obs.Start, want)
	}
}

func TestAfterMidnightStaysOnItsDay(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	if _, date := find(t, res, "Hallway Hack Session"); date != "2025-05-14" {
		t.Errorf("01:00 session on %s, want the day it continues, 2025-05-14", date)
	}
	last := res.Days[0].Talks[len(res.Days[0].Talks)-1]
	if last.Title != "Hallway Hack Session" {
		t.Errorf("day 1 ends with %q, want the after-midnight session", last.Title)
	}
	// With no day before it, a 02:00 session starts its own day.
	only, err := parseText(t, allDoc(sess("1", "Early Bird", "2025-05-20T02:00:00", "2025-05-20T03:00:00")))
	if err != nil {
		t.Fatal(err)
	}
	if len(only.Days) != 1 || only.Days[0].Date != "2025-05-20" {
		t.Errorf("lone 02:00 session on %+v, want 2025-05-20", only.Days)
	}
}

func TestRepeatedSessionsCountedOnce(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	for _, c := range []struct{ title, id, room string }{
		// Four copies, one per room: kept once, the id of the copy in the
		// first room by sort.
		{"Keynote: Shipping Software from a Lighthouse", "543002", "All rooms"},
		{"Welcome & Housekeeping", "881211", "All rooms"},
		{"Lunch", "881300", "All rooms"},
		// Service sessions in one room keep that room.
		{"Registration & Coffee", "881201", "Aurora Hall"},
	} {
		n := 0
		for _, talk := range (schedule.Event{Days: res.Days}).All() {
			if talk.Title == c.title {
				n++
				if talk.SourceID != c.id || talk.Room != c.room {
					t.Errorf("%s: id %q room %q, want %q %q", c.title, talk.SourceID, talk.Room, c.id, c.room)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s listed %d times, want once", c.title, n)
		}
	}
}

func TestRepeatedInSomeRoomsListsThem(t *testing.T) {
	doc := `{"sessions": [` +
		sessIn("1", "Panel", 3) + "," + sessIn("2", "Panel", 1) + "," + sessIn("3", "Solo", 2) +
		`], "speakers": [], "categories": [], "rooms": [
		{"id": 1, "name": "One", "sort": 1}, {"id": 2, "name": "Two", "sort": 2}, {"id": 3, "name": "Three", "sort": 3}]}`
	res, err := parseText(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	panel, _ := find(t, res, "Panel")
	if res.Talks != 2 || panel.Room != "One, Three" || panel.SourceID != "2" {
		t.Errorf("Talks %d, panel room %q id %q; want 2, \"One, Three\", \"2\"", res.Talks, panel.Room, panel.SourceID)
	}
}

func sessIn(id, title string, room int) string {
	return `{"id": "` + id + `", "title": "` + title + `", "startsAt": "2025-05-14T10:00:00", ` +
		`"endsAt": "2025-05-14T11:00:00", "speakers": [], "roomId": ` + string(rune('0'+room)) + `}`
}

func TestKinds(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	for title, want := range map[string]schedule.Kind{
		"Registration & Coffee":  schedule.KindBreak,   // service session
		"Lunch":                  schedule.KindBreak,   // service session
		"Coffee Break":           schedule.KindBreak,   // service session
		"Welcome & Housekeeping": schedule.KindPlenary, // service, title says plenary
		"Closing Remarks":        schedule.KindPlenary, // service, title says plenary
		"Keynote: Shipping Software from a Lighthouse": schedule.KindTalk,
		"Hallway Hack Session":                         schedule.KindTalk, // no speakers, title of a talk
		"Red Team Stories":                             schedule.KindTalk,
	} {
		if talk, _ := find(t, res, title); talk.Kind != want {
			t.Errorf("%s: kind %s, want %s", title, talk.Kind, want)
		}
	}
	// A plain session filed under a "Break" category is a break; a talk
	// with a speaker about coffee is still a talk.
	doc := `{"sessions": [
	{"id": "1", "title": "Stretch", "startsAt": "2025-05-14T10:00:00", "endsAt": "2025-05-14T10:15:00", "speakers": [], "categoryItems": [9]},
	{"id": "2", "title": "Coffee Chemistry", "startsAt": "2025-05-14T11:00:00", "endsAt": "2025-05-14T11:45:00", "speakers": ["s1"]}],
	"speakers": [{"id": "s1", "fullName": "Ada Quill"}],
	"categories": [{"id": 1, "title": "Format", "items": [{"id": 9, "name": "Break"}], "sort": 1}], "rooms": []}`
	res, err := parseText(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	if k := res.Days[0].Talks[0].Kind; k != schedule.KindBreak {
		t.Errorf("Stretch: %s, want break", k)
	}
	if k := res.Days[0].Talks[1].Kind; k != schedule.KindTalk {
		t.Errorf("Coffee Chemistry: %s, want talk", k)
	}
}

func TestTextCleaned(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	// HTML and entities become text; a line break becomes a space.
	find(t, res, "Rust & WebAssembly in Practice")
	// Terminal escapes and BEL are removed, not drawn.
	find(t, res, "Red Team Stories")
}

func TestGridSmartView(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "gridsmart.json", venue(t))
	if res.Talks != 4 || len(res.Days) != 1 || res.Days[0].Date != "2025-06-03" {
		t.Fatalf("Talks %d days %+v", res.Talks, res.Days)
	}
	var got []string
	for _, talk := range res.Days[0].Talks {
		got = append(got, talk.Title+" @ "+talk.Room+" / "+talk.Track)
	}
	want := []string{
		"Opening Keynote: Maps Nobody Asked For @ All rooms / ",
		"Feature Flags at Scale @ Aurora Hall / Cloud & Infrastructure",
		"Secrets in CI @ Birch / Security",
		"Lunch @ Birch / ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	lunch, _ := find(t, res, "Lunch")
	if lunch.Kind != schedule.KindBreak || !lunch.Start.Equal(time.Date(2025, 6, 3, 12, 0, 0, 0, venue(t))) {
		t.Errorf("lunch %s at %v", lunch.Kind, lunch.Start)
	}
}

func equalTalk(a, b schedule.Talk) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Title == b.Title &&
		slices.Equal(a.Speakers, b.Speakers) && a.Room == b.Room && a.Track == b.Track &&
		a.Kind == b.Kind && a.SourceID == b.SourceID
}

// TestTrackComesFromTheThemeCategory: organisers file sessions by format
// and level too; the track is the category about what a talk is about.
func TestTrackComesFromTheThemeCategory(t *testing.T) {
	cats := []category{
		{Title: "Session format", Sort: 1, Items: []item{{ID: "1", Name: "Talk"}}},
		{Title: "Level", Sort: 2, Items: []item{{ID: "2", Name: "Beginner"}}},
		{Title: "Topic", Sort: 3, Items: []item{{ID: "3", Name: "Observability"}}},
	}
	if got := trackItems(cats); len(got) != 1 || got["3"] != "Observability" {
		t.Errorf("track items = %v, want the Topic category's", got)
	}
	if got := trackItems(cats[:2]); got != nil {
		t.Errorf("with only format and level, track items = %v, want none", got)
	}
	cats = append(cats, category{Title: "Tracks", Sort: 9, Items: []item{{ID: "4", Name: "Platform"}}})
	if got := trackItems(cats); got["4"] != "Platform" {
		t.Errorf("track items = %v, want the Tracks category's", got)
	}
}

// TestAbout: a session keeps its description, paragraphs and all, and its
// recording as a link; an unsafe live stream address is dropped, and a
// session with no description has no About.
func TestAbout(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "all.json", venue(t))
	talk, _ := find(t, res, "Boring Kubernetes Upgrades")
	want := schedule.About{
		Description: "Upgrades that nobody notices.\n\nWe show the runbook & the dashboards.",
		Links:       []schedule.Link{{Title: "Recording", URL: "https://videos.example.org/boring-upgrades"}},
	}
	if talk.About == nil || !talk.About.Equal(want) {
		t.Errorf("got %#v\nwant %#v", talk.About, want)
	}
	if coffee, _ := find(t, res, "Registration & Coffee"); coffee.About != nil {
		t.Errorf("coffee says %#v", *coffee.About)
	}
}
