package schedule

import (
	"testing"
	"time"
)

func TestOnlyTalk(t *testing.T) {
	at := time.Date(2031, 5, 6, 10, 0, 0, 0, time.UTC)
	ev := Event{Name: "Harbourside", Days: []Day{
		{Date: "2031-05-06", Talks: []Talk{
			{ID: 1, Title: "Opening", Start: at},
			{ID: 2, Title: "Lightning", Start: at.Add(time.Hour), Items: []Talk{{ID: 3, Title: "Tiny"}, {ID: 4, Title: "Small"}}},
		}},
		{Date: "2031-05-07", Talks: []Talk{{ID: 5, Title: "Closing"}}},
	}}
	tests := []struct {
		id        uint64
		date      string
		slot      string
		items     []string
		wantFound bool
	}{
		{id: 1, date: "2031-05-06", slot: "Opening", wantFound: true},
		{id: 2, date: "2031-05-06", slot: "Lightning", wantFound: true},
		{id: 4, date: "2031-05-06", slot: "Lightning", items: []string{"Small"}, wantFound: true},
		{id: 5, date: "2031-05-07", slot: "Closing", wantFound: true},
		{id: 9},
	}
	for _, tt := range tests {
		cut, ok := ev.OnlyTalk(tt.id)
		if ok != tt.wantFound {
			t.Fatalf("OnlyTalk(%d) found = %v, want %v", tt.id, ok, tt.wantFound)
		}
		if !ok {
			continue
		}
		if len(cut.Days) != 1 || cut.Days[0].Date != tt.date || len(cut.Days[0].Talks) != 1 {
			t.Fatalf("OnlyTalk(%d) = %+v, want one talk on %s", tt.id, cut.Days, tt.date)
		}
		got := cut.Days[0].Talks[0]
		var items []string
		for _, it := range got.Items {
			items = append(items, it.Title)
		}
		if got.Title != tt.slot || len(items) != len(tt.items) || (len(items) > 0 && items[0] != tt.items[0]) {
			t.Errorf("OnlyTalk(%d) = %q with items %q, want %q with %q", tt.id, got.Title, items, tt.slot, tt.items)
		}
	}
	if len(ev.Days) != 2 || len(ev.Days[0].Talks[1].Items) != 2 {
		t.Error("OnlyTalk changed the event it was given")
	}
}
