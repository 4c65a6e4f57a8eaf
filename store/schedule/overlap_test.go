package schedule

import (
	"maps"
	"slices"
	"testing"
	"time"
)

// hm returns 12 June 2025 at "15:04" in UTC; "" is the zero time, a talk
// with no end.
func hm(t *testing.T, clock string) time.Time {
	t.Helper()
	if clock == "" {
		return time.Time{}
	}
	v, err := time.Parse("2006-01-02 15:04", "2025-06-12 "+clock)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// spanTalk builds a talk from clock times; a leading "*" in the title marks it
// attended.
func spanTalk(t *testing.T, id uint64, start, end, title string) Talk {
	t.Helper()
	talk := Talk{ID: id, Start: hm(t, start), End: hm(t, end), Title: title, Kind: KindTalk}
	if len(title) > 0 && title[0] == '*' {
		talk.Attended, talk.Title = true, title[1:]
	}
	return talk
}

func TestOverlaps(t *testing.T) {
	slot := func(items ...Talk) Talk {
		s := spanTalk(t, 50, "14:00", "14:45", "Ignites")
		s.Kind, s.Items = KindSlot, items
		return s
	}
	item := func(id uint64, title string) Talk { return spanTalk(t, id, "", "", title) }
	cases := []struct {
		name  string
		talks []Talk
		want  []uint64
	}{
		{"nothing attended", []Talk{
			spanTalk(t, 1, "10:00", "11:00", "A"), spanTalk(t, 2, "10:00", "11:00", "B"),
		}, nil},
		{"one attended of two parallel talks", []Talk{
			spanTalk(t, 1, "10:00", "11:00", "*A"), spanTalk(t, 2, "10:00", "11:00", "B"),
		}, nil},
		{"two attended at the same time", []Talk{
			spanTalk(t, 1, "10:00", "11:00", "*A"), spanTalk(t, 2, "10:00", "10:30", "*B"),
		}, []uint64{1, 2}},
		{"back to back is no overlap", []Talk{
			spanTalk(t, 1, "10:00", "10:30", "*A"), spanTalk(t, 2, "10:30", "11:00", "*B"),
		}, nil},
		{"a long talk clashes with two short ones, which do not clash", []Talk{
			spanTalk(t, 1, "10:00", "12:00", "*Workshop"),
			spanTalk(t, 2, "10:30", "11:00", "*B"),
			spanTalk(t, 3, "11:00", "11:30", "*C"),
			spanTalk(t, 4, "12:00", "12:30", "*After"),
		}, []uint64{1, 2, 3}},
		{"no end: lasts until the next talk starts", []Talk{
			spanTalk(t, 1, "09:00", "10:10", "*Running late"),
			spanTalk(t, 2, "10:00", "", "*Hallway page"),
			spanTalk(t, 3, "10:00", "10:30", "Other room"),
			spanTalk(t, 4, "10:20", "11:00", "*Next"),
		}, []uint64{1, 2}},
		{"no end and nothing after: lasts 30 minutes", []Talk{
			spanTalk(t, 1, "17:00", "", "*Last page"),
			spanTalk(t, 2, "16:50", "17:40", "*Closing panel"),
		}, []uint64{1, 2}},
		{"an end before the start counts as no end", []Talk{
			spanTalk(t, 1, "10:00", "09:00", "*Typo"),
			spanTalk(t, 2, "10:00", "10:45", "*B"),
			spanTalk(t, 3, "10:30", "11:00", "C"),
		}, []uint64{1, 2}},
		{"an attended item clashes with a parallel talk", []Talk{
			spanTalk(t, 1, "14:00", "15:00", "*Talk"),
			slot(item(51, "One"), item(52, "*Two")),
		}, []uint64{1, 52}},
		{"a slot and its own items do not clash", []Talk{
			func() Talk { s := slot(item(51, "*One"), item(52, "*Two")); s.Attended = true; return s }(),
		}, nil},
		{"an item with its own times", []Talk{
			slot(spanTalk(t, 51, "14:30", "14:45", "*Late item")),
			spanTalk(t, 2, "14:00", "14:30", "*Before it"),
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Day{Date: "2025-06-12", Talks: c.talks}
			slices.SortStableFunc(d.Talks, func(a, b Talk) int { return a.Start.Compare(b.Start) })
			got := slices.Sorted(maps.Keys(d.Overlaps()))
			if !slices.Equal(got, c.want) {
				t.Errorf("Overlaps() = %v, want %v", got, c.want)
			}
		})
	}
}
