package pick

import (
	"strings"
	"testing"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

func notesWith(texts map[uint64]string) Notes {
	return func(id uint64) (*outline.Outline, error) {
		text, ok := texts[id]
		if !ok {
			return nil, nil
		}
		o := outline.New()
		o.Append(text)
		return o, nil
	}
}

func TestDaysPicksTalksWithNotes(t *testing.T) {
	at := time.Date(2031, 5, 6, 13, 0, 0, 0, time.UTC)
	ev := schedule.Event{TZ: "UTC", Days: []schedule.Day{
		{Date: "2031-05-06", Talks: []schedule.Talk{
			{ID: 1, Title: "Coffee", Kind: schedule.KindBreak},
			{ID: 2, Title: "Keynote", Kind: schedule.KindTalk},
			{ID: 3, Title: "Ignites", Kind: schedule.KindSlot, Start: at, Room: "Hall", Items: []schedule.Talk{
				{ID: 4, Title: "Tiny", Kind: schedule.KindTalk},
				{ID: 5, Title: "Small", Kind: schedule.KindTalk, Room: "Annex"},
			}},
		}},
		{Date: "2031-05-07", Talks: []schedule.Talk{{ID: 6, Title: "Closing", Kind: schedule.KindTalk}}},
	}}
	notes := notesWith(map[uint64]string{4: "tiny notes", 5: "\x07 ", 6: " "})
	tests := []struct {
		all  bool
		want string
	}{
		// Only Tiny has notes: a bell and a space are not notes.
		{false, "2031-05-06: Tiny[13:00 · Ignites · Hall]"},
		// All adds every talk but the break; the slot stays out, its
		// items speak for it.
		{true, "2031-05-06: Keynote[] Tiny[13:00 · Ignites · Hall] Small[13:00 · Ignites · Annex]|2031-05-07: Closing[]"},
	}
	for _, tt := range tests {
		days, err := Days(ev, notes, tt.all)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range days {
			var talks []string
			for _, tk := range d.Talks {
				talks = append(talks, tk.Title+"["+tk.Meta(time.UTC)+"]")
			}
			got = append(got, d.Date+": "+strings.Join(talks, " "))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("all=%v: %q\nwant %q", tt.all, strings.Join(got, "|"), tt.want)
		}
	}
}
