package schedule

import (
	"slices"
	"testing"
)

func allFixture() Event {
	return Event{Days: []Day{
		{Date: "2026-05-14", Talks: []Talk{
			{ID: 1, Title: "Opening"},
			{ID: 2, Title: "Ignites", Kind: KindSlot, Items: []Talk{{ID: 3}, {ID: 4}}},
			{ID: 5, Title: "Lunch"},
		}},
		{Date: "2026-05-15", Talks: []Talk{{ID: 6}}},
	}}
}

func TestAllVisitsTalksAndItemsInScheduleOrder(t *testing.T) {
	var got [][2]uint64
	for day, talk := range allFixture().All() {
		got = append(got, [2]uint64{uint64(day), talk.ID})
	}
	want := [][2]uint64{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {1, 6}}
	if !slices.Equal(got, want) {
		t.Errorf("All visited (day, id) %v, want %v", got, want)
	}
}

func TestAllStopsWhenTheLoopBreaks(t *testing.T) {
	n := 0
	for _, talk := range allFixture().All() {
		n++
		if talk.ID == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("All went on for %d talks after a break at the third", n)
	}
}

func TestAllChangesTalksInPlace(t *testing.T) {
	ev := allFixture()
	for _, talk := range ev.All() {
		talk.Attended = talk.ID == 4
	}
	if !ev.Days[0].Talks[1].Items[1].Attended || ev.Days[0].Talks[0].Attended {
		t.Errorf("marking through All did not reach the event: %+v", ev.Days[0].Talks)
	}
}
