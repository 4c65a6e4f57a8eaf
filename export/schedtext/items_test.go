package schedtext

import (
	"slices"
	"testing"

	"lanyard/store/schedule"
)

func TestIgniteItems(t *testing.T) {
	res := parseOK(t, dateLine+
		"13:45 – 14:15 Ignites\n"+
		"\n"+
		"Dana Stone – All Code is Debt @dana.stone “Did you ever have to read code before changing it?” yes, always. https://example.org/debt.pdf\n"+
		"Turned out to be a trailer for a longer talk\n"+
		"*Eli Ward, Fay Lin – Pairing Across Time Zones\n"+
		"more catching up with Gus – is the grass greener?\n"+
		"* Hal Ito – Runbooks as Code\n"+
		"14:15 – 14:30 Sponsors\n")
	slot := res.Days[0].Talks[0]
	if slot.Kind != schedule.KindSlot {
		t.Errorf("kind = %s, want slot", slot.Kind)
	}
	want := []struct {
		speakers []string
		title    string
		attended bool
	}{
		{[]string{"Dana Stone"}, "All Code is Debt", false},
		{[]string{"Eli Ward", "Fay Lin"}, "Pairing Across Time Zones", true},
		{[]string{"Hal Ito"}, "Runbooks as Code", true},
	}
	if len(slot.Items) != len(want) {
		t.Fatalf("got %d items %+v, want %d", len(slot.Items), slot.Items, len(want))
	}
	for i, w := range want {
		it := slot.Items[i]
		if !slices.Equal(it.Speakers, w.speakers) || it.Title != w.title || it.Attended != w.attended {
			t.Errorf("item %d = %q %q attended=%v, want %q %q attended=%v",
				i, it.Speakers, it.Title, it.Attended, w.speakers, w.title, w.attended)
		}
		if !it.Start.Equal(slot.Start) || !it.End.Equal(slot.End) {
			t.Errorf("item %d times = %s, want the slot's %s", i, span(it), span(slot))
		}
	}
	if res.Talks != 5 || res.Skipped != 2 {
		t.Errorf("talks %d, skipped %d; want 5 and 2", res.Talks, res.Skipped)
	}
}

func TestOpenSpaceItemsAndSeries(t *testing.T) {
	res := parseOK(t, dateLine+
		"Open Spaces Session 1- 15:05 – 15:35\n"+
		"(four options in each session – the one chosen marked with an asterisk)\n"+
		"Harbour Room – Secrets management.\n"+
		"Salt Loft- Is reinventing the wheel always bad?\n"+
		"* Galley – Which container platform?\n"+
		"Big room for this: needs a team of six – really\n"+
		"Session 2 – 15:40 – 16:10\n"+
		"*Salt Loft -Do you treat your laptop like a cow,\n")
	first, second := res.Days[0].Talks[0], res.Days[0].Talks[1]
	if first.Kind != schedule.KindSlot || len(first.Items) != 3 {
		t.Fatalf("first session = %s with %d items, want a slot with 3", first.Kind, len(first.Items))
	}
	rooms := []string{first.Items[0].Room, first.Items[1].Room, first.Items[2].Room}
	if !slices.Equal(rooms, []string{"Harbour Room", "Salt Loft", "Galley"}) {
		t.Errorf("rooms = %q", rooms)
	}
	if first.Items[0].Title != "Secrets management" || first.Items[1].Title != "Is reinventing the wheel always bad?" {
		t.Errorf("titles = %q, %q", first.Items[0].Title, first.Items[1].Title)
	}
	if first.Items[0].Speakers != nil || !first.Items[2].Attended || first.Items[0].Attended {
		t.Errorf("items = %+v: want no speakers and only the starred room attended", first.Items)
	}
	if second.Title != "Open Spaces Session 2" {
		t.Errorf("second session title = %q, want it named after the series", second.Title)
	}
	if len(second.Items) != 1 || second.Items[0].Title != "Do you treat your laptop like a cow" || !second.Items[0].Attended {
		t.Errorf("second session items = %+v", second.Items)
	}
	if res.Skipped != 2 {
		t.Errorf("skipped %d lines, want the 2 of commentary", res.Skipped)
	}
}

// Under a talk that has a speaker, or under a break, nothing is an item,
// however much it looks like one.
func TestNoItemsUnderTalksOrBreaks(t *testing.T) {
	res := parseOK(t, dateLine+
		"10:00 – 10:30 Ana Ruiz – Observability\n"+
		"Empathy Map Canvas – look it up\n"+
		"* Bo Chen – mentioned this too\n"+
		"10:30 – 10:45 Break + coffee\n"+
		"Remi Dupont – great chat about old projects\n")
	for _, talk := range res.Days[0].Talks {
		if len(talk.Items) != 0 || talk.Kind == schedule.KindSlot {
			t.Errorf("%q got items %+v", talk.Title, talk.Items)
		}
	}
	if res.Talks != 2 || res.Skipped != 3 {
		t.Errorf("talks %d, skipped %d; want 2 and 3", res.Talks, res.Skipped)
	}
}

// An editor that wrapped the last letters of a title onto the next line
// does not cost the user the word.
func TestWrappedItemTitle(t *testing.T) {
	res := parseOK(t, dateLine+
		"Open Space Session 1 – 14:50 – 15:20\n"+
		"* Galley – Release management in a continuous delivery worl\n"+
		"d\n"+
		"Check out the lite version\n")
	items := res.Days[0].Talks[0].Items
	if len(items) != 1 || items[0].Title != "Release management in a continuous delivery world" {
		t.Errorf("items = %+v", items)
	}
}

func TestCommentaryIsCounted(t *testing.T) {
	res := parseOK(t, "My notes from the conference\n"+
		"\n"+
		dateLine+
		"09:00 – 09:30 Ana Ruiz – Observability\n"+
		"\n"+
		"https://example.org/slides\n"+
		"(a keynote, no comments)\n"+
		"\n\n"+
		"she said: measure first.\n"+
		"09:30 – 10:00 Break\n")
	if res.Talks != 2 || res.Skipped != 4 {
		t.Errorf("talks %d, skipped %d; want 2 talks and 4 lines of commentary (blank and date lines not counted)",
			res.Talks, res.Skipped)
	}
}

// TestSkipsSayWhichLinesAndWhy: lanyard import --verbose lists each line
// that was not imported, by number, with why.
func TestSkipsSayWhichLinesAndWhy(t *testing.T) {
	res := parseOK(t, dateLine+
		"Coffee and chats\n"+
		"10:00 – 10:30 Ana Ruiz – Observability\n"+
		"\n"+
		"11:00 – 11:30\n"+
		"Notes from the hallway \x1b[31mtrack\x1b[0m that go on and on and on for much longer than anyone reads\n")
	want := schedule.Skips{
		{Line: 2, Text: "Coffee and chats", Why: "no time"},
		{Line: 5, Text: "11:00 – 11:30", Why: "a time with no title after it"},
		{Line: 6, Text: "Notes from the hallway track that go on and on and on for m…", Why: "no time"},
	}
	if res.Skipped != 3 || !slices.Equal(res.Skips, want) {
		t.Errorf("skipped %d:\n got %+v\nwant %+v", res.Skipped, res.Skips, want)
	}
}
