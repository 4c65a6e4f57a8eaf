package demo

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/export/schedtext"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// sampleDay parses Schedule the way `lanyard demo` does.
func sampleDay(t *testing.T) (schedule.Day, *time.Location) {
	t.Helper()
	loc, err := time.LoadLocation(Zone)
	if err != nil {
		t.Fatal(err)
	}
	res, err := schedtext.Parse(bytes.NewReader(Schedule()), schedule.ReadOptions{Name: "day.txt", Location: loc})
	if err != nil {
		t.Fatal(err)
	}
	if res.Skipped != 0 || len(res.Days) != 1 {
		t.Fatalf("want one day and no skipped lines, got %d days, %d skipped", len(res.Days), res.Skipped)
	}
	return res.Days[0], loc
}

func find(t *testing.T, day schedule.Day, title string) schedule.Talk {
	t.Helper()
	for _, tk := range day.Talks {
		if tk.Title == title {
			return tk
		}
	}
	t.Fatalf("no talk titled %q", title)
	return schedule.Talk{}
}

func TestScheduleIsAFullDay(t *testing.T) {
	day, loc := sampleDay(t)
	if day.Date != Date {
		t.Errorf("date %s, want %s", day.Date, Date)
	}
	first, last := day.Talks[0], day.Talks[len(day.Talks)-1]
	if got := first.Start.In(loc).Format("15:04") + "–" + last.End.In(loc).Format("15:04"); got != "08:30–17:30" {
		t.Errorf("day runs %s, want 08:30–17:30", got)
	}
	if n := len(day.Talks); n < 12 || n > 16 {
		t.Errorf("%d slots, want about 14", n)
	}
	if pair := find(t, day, "Paging Fewer People at Night"); len(pair.Speakers) != 2 {
		t.Errorf("a talk with two speakers got %q", pair.Speakers)
	}
	ignites := find(t, day, "Ignites")
	if ignites.Kind != schedule.KindSlot || len(ignites.Items) != 3 || len(ignites.Items[0].Speakers) != 1 {
		t.Errorf("Ignites should be a slot of 3 talks with speakers, got %+v", ignites)
	}
	spaces := find(t, day, "Open Spaces Session 1")
	var attended []string
	for _, item := range spaces.Items {
		if item.Room == "" {
			t.Errorf("open space %q has no room", item.Title)
		}
		if item.Attended {
			attended = append(attended, item.Room)
		}
	}
	if len(spaces.Items) != 3 || !slices.Equal(attended, []string{"Lighthouse Hall"}) {
		t.Errorf("want 3 open spaces with Lighthouse Hall attended, got %d with %q", len(spaces.Items), attended)
	}
	if lunch := find(t, day, "Lunch"); lunch.Kind != schedule.KindBreak {
		t.Errorf("Lunch is a %s, want a break", lunch.Kind)
	}
}

func TestScheduleReturnsACopy(t *testing.T) {
	s := Schedule()
	s[0] = 'X'
	if Schedule()[0] == 'X' {
		t.Error("changing what Schedule returned changed the embedded day")
	}
}

func TestNotesBelongToTheTalksBeforeTheDemoClock(t *testing.T) {
	parsed, err := parseNotes(notes)
	if err != nil {
		t.Fatal(err)
	}
	if got := Notes(); len(got) != len(parsed) {
		t.Fatalf("Notes() has %d talks, notes.txt %d", len(got), len(parsed))
	}
	day, loc := sampleDay(t)
	// The demo's clock starts at 10:40: these talks are over by then.
	clock, err := time.ParseInLocation("2006-01-02 15:04", Date+" 10:40", loc)
	if err != nil {
		t.Fatal(err)
	}
	if len(parsed) != 2 {
		t.Errorf("notes for %d talks, want 2", len(parsed))
	}
	for title, bullets := range parsed {
		// loadDemo looks titles up among the day's slots, not inside them.
		if tk := find(t, day, title); tk.End.After(clock) {
			t.Errorf("%q ends at %s, after the demo clock", title, tk.End.In(loc).Format("15:04"))
		}
		if len(bullets) < 8 {
			t.Errorf("%q has only %d bullets", title, len(bullets))
		}
	}
	var deepest int
	var url bool
	for _, bullets := range parsed {
		for _, b := range bullets {
			deepest = max(deepest, b.Depth)
			url = url || strings.Contains(b.Text, "https://")
		}
	}
	if deepest < 3 || deepest > 5 || !url {
		t.Errorf("want 4 to 6 levels and a URL somewhere, got deepest depth %d, URL %v", deepest, url)
	}
}

func TestParseNotesRejectsWhatTheDemoCouldNotLoad(t *testing.T) {
	// loadDemo builds outlines by indenting each bullet under the one
	// before; these would come out wrong or not at all.
	for name, text := range map[string]string{
		"jump":          "## T\n- a\n    - two levels in\n",
		"deep first":    "## T\n  - starts nested\n",
		"odd indent":    "## T\n- a\n   - three spaces\n",
		"no title":      "- orphan\n",
		"not a bullet":  "## T\nprose\n",
		"empty bullet":  "## T\n- \n",
		"repeated talk": "## T\n- a\n## T\n- b\n",
	} {
		if _, err := parseNotes(text); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
	got, err := parseNotes("## T\n- a\n  - b\n    - c\n- d\n")
	want := []Bullet{{Depth: 0, Text: "a"}, {Depth: 1, Text: "b"}, {Depth: 2, Text: "c"}, {Depth: 0, Text: "d"}}
	if err != nil || !slices.Equal(got["T"], want) {
		t.Errorf("got %v, %v; want %v", got, err, want)
	}
}

func TestTheDemosFollowUpIsAToDo(t *testing.T) {
	for _, b := range Notes()["Paging Fewer People at Night"] {
		if strings.Contains(b.Text, "pager diary") {
			if b.Kind != outline.KindTodo || strings.HasPrefix(b.Text, "TODO") {
				t.Errorf("the pager diary bullet is %v %q, want a to-do without its marker", b.Kind, b.Text)
			}
			return
		}
	}
	t.Fatal("no pager diary bullet in the demo's notes")
}
