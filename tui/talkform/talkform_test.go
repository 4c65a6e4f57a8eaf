package talkform

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"lanyard/store/schedule"
)

// fill types into the six fields in order, pressing Enter after each, and
// so submits from the last.
func (h *harness) fill(title, start, end, speakers, room, track string) {
	h.t.Helper()
	for _, text := range []string{title, start, end, speakers, room, track} {
		h.typeText(text)
		h.press("enter")
	}
}

func TestAddTalkInVenueZone(t *testing.T) {
	chicago := zone(t, "America/Chicago")
	h := open(t, New(styles(), chicago, "2025-10-09", schedule.Talk{}))
	h.fill("  Fuzzing   the parser ", "9:05", "09.50", "Ada Moreno,  , Li Wei ", "Room 2", "")

	got := h.submitted()
	if got.Date != "2025-10-09" {
		t.Errorf("Date = %q", got.Date)
	}
	talk := got.Talk
	if talk.Title != "Fuzzing the parser" {
		t.Errorf("Title = %q", talk.Title)
	}
	if want := at(chicago, 2025, time.October, 9, 9, 5); !talk.Start.Equal(want) {
		t.Errorf("Start = %v, want %v", talk.Start, want)
	}
	// 09:50 CDT is 14:50 UTC whatever zone the test machine is in.
	if want := time.Date(2025, time.October, 9, 14, 50, 0, 0, time.UTC); !talk.End.Equal(want) {
		t.Errorf("End = %v, want %v", talk.End, want)
	}
	if !slices.Equal(talk.Speakers, []string{"Ada Moreno", "Li Wei"}) {
		t.Errorf("Speakers = %q", talk.Speakers)
	}
	if talk.Room != "Room 2" || talk.Track != "" {
		t.Errorf("Room, Track = %q, %q", talk.Room, talk.Track)
	}
	if talk.ID != 0 || talk.Kind != schedule.KindTalk || !talk.Manual {
		t.Errorf("ID, Kind, Manual = %d, %q, %v; want 0, talk, true", talk.ID, talk.Kind, talk.Manual)
	}
}

func TestAddBreakKeepsItsKind(t *testing.T) {
	kolkata := zone(t, "Asia/Kolkata")
	h := open(t, New(styles(), kolkata, "2025-02-20", schedule.Talk{}))
	h.fill("Lunch", "13:00", "14:00", "", "", "")

	talk := h.submitted().Talk
	if talk.Kind != schedule.KindBreak {
		t.Errorf("Kind = %q, want break", talk.Kind)
	}
	// 13:00 IST is 07:30 UTC.
	if want := time.Date(2025, time.February, 20, 7, 30, 0, 0, time.UTC); !talk.Start.Equal(want) {
		t.Errorf("Start = %v, want %v", talk.Start, want)
	}
}

func TestAddTalkAboutLunchWithSpeakerIsATalk(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-02-20", schedule.Talk{}))
	h.fill("What lunch teaches about queues", "13:00", "", "Ada Moreno", "", "")

	talk := h.submitted().Talk
	if talk.Kind != schedule.KindTalk || !talk.End.IsZero() {
		t.Errorf("Kind = %q, End = %v; want talk and no end", talk.Kind, talk.End)
	}
}

func TestEditShowsAndKeepsTheTalk(t *testing.T) {
	chicago := zone(t, "America/Chicago")
	old := editedTalk(chicago)
	old.Items = []schedule.Talk{{ID: 42, Title: "Inner item"}}
	h := open(t, New(styles(), chicago, "2025-10-09", old))

	view := ansi.Strip(h.m.View())
	for _, want := range []string{"Edit talk · Thu 9 Oct", "Tracing a request through six queues",
		"14:00", "14:45", "Ines Okafor, Tomás Reyes", "Hall C", "Ops"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}

	h.press("enter") // keep the title
	h.clearField()
	h.typeText("13h10")
	h.press("enter", "enter", "enter", "enter", "enter")

	talk := h.submitted().Talk
	if talk.ID != 41 || talk.SourceID != "sched-5521" || !talk.Attended || talk.Kind != schedule.KindTalk {
		t.Errorf("edit lost identity: %+v", talk)
	}
	if !reflect.DeepEqual(talk.Items, old.Items) {
		t.Errorf("Items = %+v, want %+v", talk.Items, old.Items)
	}
	if want := at(chicago, 2025, time.October, 9, 13, 10); !talk.Start.Equal(want) {
		t.Errorf("Start = %v, want %v", talk.Start, want)
	}
	if !talk.End.Equal(old.End) || talk.Title != old.Title || talk.Room != "Hall C" {
		t.Errorf("untouched fields changed: %+v", talk)
	}
	if !slices.Equal(talk.Speakers, old.Speakers) {
		t.Errorf("Speakers = %q", talk.Speakers)
	}
}

func TestBadStartBlocksSubmit(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-10-09", schedule.Talk{}))
	h.typeText("Late talk")
	h.press("enter")
	h.typeText("25:00")
	h.press("enter")

	if len(h.out) != 0 {
		t.Fatalf("form sent %#v with a bad start", h.out)
	}
	if view := ansi.Strip(h.m.View()); !strings.Contains(view, "not a time of day") {
		t.Errorf("no message about the start:\n%s", view)
	}
	h.press("enter", "enter", "enter", "enter", "enter")
	if len(h.out) != 0 {
		t.Fatalf("form sent %#v with a bad start", h.out)
	}

	h.clearField()
	h.typeText("23:00")
	h.press("enter", "enter", "enter", "enter", "enter")
	if got := h.submitted().Talk.Start; got.Hour() != 23 {
		t.Errorf("Start = %v after fixing it", got)
	}
}

func TestEndBeforeStart(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-10-09", schedule.Talk{}))
	h.fill("Morning talk", "10:00", "09:30", "", "", "")

	if len(h.out) != 0 {
		t.Fatalf("form sent %#v with an end before the start", h.out)
	}
	if view := ansi.Strip(h.m.View()); !strings.Contains(view, "ends before it starts") {
		t.Errorf("no message about the end:\n%s", view)
	}
}

func TestEndAfterMidnight(t *testing.T) {
	kolkata := zone(t, "Asia/Kolkata")
	h := open(t, New(styles(), kolkata, "2025-12-31", schedule.Talk{}))
	h.fill("Speakers' party", "21:30", "1:15", "", "Roof", "")

	talk := h.submitted().Talk
	if want := at(kolkata, 2026, time.January, 1, 1, 15); !talk.End.Equal(want) {
		t.Errorf("End = %v, want %v", talk.End, want)
	}
	if talk.Kind != schedule.KindBreak {
		t.Errorf("Kind = %q, want break", talk.Kind)
	}
}

func TestEscCancels(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-10-09", editedTalk(time.UTC)))
	h.typeText("typed but not kept")
	h.press("esc")
	if _, ok := h.only().(CancelMsg); !ok {
		t.Errorf("esc sent %#v, want CancelMsg", h.out[0])
	}
}

func TestCtrlCIsLeftToTheRoot(t *testing.T) {
	h := open(t, New(styles(), time.UTC, "2025-10-09", schedule.Talk{}))
	h.press("ctrl+c")
	h.noQuit()
	if len(h.out) != 0 {
		t.Fatalf("ctrl+c sent %#v", h.out)
	}
	h.fill("Still open", "10:00", "", "", "", "")
	if got := h.submitted().Talk.Title; got != "Still open" {
		t.Errorf("Title = %q", got)
	}
}

func TestDeleteOnlyOnYes(t *testing.T) {
	talk := editedTalk(time.UTC)
	for _, tc := range []struct {
		keys []string
		want any
	}{
		{[]string{"enter"}, CancelMsg{}},
		{[]string{"n"}, CancelMsg{}},
		{[]string{"esc"}, CancelMsg{}},
		{[]string{"left", "enter"}, DeleteMsg{TalkID: 41}},
		{[]string{"y"}, DeleteMsg{TalkID: 41}},
	} {
		h := open(t, NewDelete(styles(), talk, 12))
		if view := ansi.Strip(h.m.View()); !strings.Contains(view, "bullets?") || !strings.Contains(view, "and its 12") {
			t.Errorf("question not shown:\n%s", view)
		}
		h.press(tc.keys...)
		if got := h.only(); got != tc.want {
			t.Errorf("%v: sent %#v, want %#v", tc.keys, got, tc.want)
		}
	}
}

func TestViewFitsItsSize(t *testing.T) {
	talk := editedTalk(time.UTC)
	talk.Title = strings.Repeat("A very long title about distributed consensus ", 4)
	for _, width := range []int{60, 40} {
		for _, height := range []int{30, 12} {
			for name, m := range map[string]Model{
				"edit":   New(styles(), time.UTC, "2025-10-09", talk),
				"delete": NewDelete(styles(), talk, 3),
			} {
				h := open(t, m)
				h.m = h.m.SetSize(width, height)
				if name == "edit" {
					h.press("enter")
					h.clearField()
					h.typeText("99:99") // brings an error line up
					h.press("enter")
				}
				view := h.m.View()
				if name == "delete" && !strings.Contains(flatten(view), "consensus” and its 3 bullets?") {
					t.Errorf("%s %dx%d: question cut:\n%s", name, width, height, ansi.Strip(view))
				}
				if name == "edit" && !strings.Contains(flatten(view), "99:99 is not a time of day (00:00 to 23:59)") {
					t.Errorf("%s %dx%d: error cut:\n%s", name, width, height, ansi.Strip(view))
				}
				lines := strings.Split(view, "\n")
				if len(lines) > height {
					t.Errorf("%s %dx%d: %d lines", name, width, height, len(lines))
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > width {
						t.Errorf("%s %dx%d: line %d is %d wide: %q", name, width, height, i, w, ansi.Strip(l))
					}
				}
			}
		}
	}
}

// flatten reads a view as running text: no styling, no field border, one
// space between words.
func flatten(view string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(ansi.Strip(view), "┃", "")), " ")
}
