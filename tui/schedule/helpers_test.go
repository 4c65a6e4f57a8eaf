package schedule

import (
	"fmt"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the venue zone must load on machines without tzdata

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// venueTZ is the fixture's zone, far from UTC and without daylight
// saving, so a time shown in the wrong zone is plainly wrong.
const venueTZ = "Asia/Tokyo"

// at returns a venue time on date ("2025-06-12") at hm ("10:30").
func at(t *testing.T, date, hm string) time.Time {
	t.Helper()
	loc, err := time.LoadLocation(venueTZ)
	if err != nil {
		t.Fatalf("load %s: %v", venueTZ, err)
	}
	tm, err := time.ParseInLocation("2006-01-02 15:04", date+" "+hm, loc)
	if err != nil {
		t.Fatalf("parse %s %s: %v", date, hm, err)
	}
	return tm
}

// talk builds a talk of the fixture from venue times.
func talk(t *testing.T, id uint64, date, start, end, title string, kind sched.Kind, speakers ...string) sched.Talk {
	t.Helper()
	return sched.Talk{
		ID: id, Start: at(t, date, start), End: at(t, date, end),
		Title: title, Kind: kind, Speakers: speakers, Room: "Main hall",
	}
}

// Day one of the fixture, row by row: 10 Opening remarks, 11 Backpressure,
// 12 Coffee break, 13 Lightning talks (items 131, 132 attended, 133),
// 14 the long title, 15 Lunch.
const (
	day1 = "2025-06-12"
	day2 = "2025-06-13"
)

// longTitle is wider than any pane the tests draw.
const longTitle = "A very long title about the subtle ways distributed caches lie to you at scale"

// testEvent is an invented two-day conference.
func testEvent(t *testing.T) sched.Event {
	t.Helper()
	slot := talk(t, 13, day1, "10:45", "11:30", "Lightning talks", sched.KindSlot)
	slot.Room = "Room 2"
	slot.Items = []sched.Talk{
		talk(t, 131, day1, "10:45", "11:30", "Tiny parsers", sched.KindTalk, "Bo Lindqvist"),
		talk(t, 132, day1, "10:45", "11:30", "Rust on a kettle", sched.KindTalk, "Mara Quist"),
		talk(t, 133, day1, "10:45", "11:30", "Postmortems as theatre", sched.KindTalk, "Femi Adeyemi"),
	}
	slot.Items[1].Attended = true
	return sched.Event{
		ID: 1, Name: "Harbour Systems Conf", TZ: venueTZ,
		Days: []sched.Day{
			{Date: day1, Talks: []sched.Talk{
				talk(t, 10, day1, "09:00", "09:30", "Opening remarks", sched.KindPlenary),
				talk(t, 11, day1, "09:30", "10:15", "Backpressure in practice", sched.KindTalk, "Ines Okafor"),
				talk(t, 12, day1, "10:15", "10:45", "Coffee break", sched.KindBreak),
				slot,
				talk(t, 14, day1, "11:30", "12:15", longTitle, sched.KindTalk, "Kenji Arai", "Lotte Verhoeven"),
				talk(t, 15, day1, "12:15", "13:30", "Lunch", sched.KindBreak),
			}},
			{Date: day2, Talks: []sched.Talk{
				talk(t, 20, day2, "09:00", "10:00", "Day two keynote: clocks", sched.KindTalk, "Priya Nandakumar"),
				talk(t, 21, day2, "10:00", "10:45", "Schema migrations without tears", sched.KindTalk, "Tomas Rehn"),
			}},
		},
	}
}

// longDay is an event of one day with n talks of 15 minutes, titled
// "Session 01" and on, each with a speaker line.
func longDay(t *testing.T, n int) sched.Event {
	t.Helper()
	start := at(t, day1, "08:00")
	d := sched.Day{Date: day1}
	for i := range n {
		s := start.Add(time.Duration(i) * 15 * time.Minute)
		d.Talks = append(d.Talks, sched.Talk{
			ID: uint64(100 + i), Start: s, End: s.Add(15 * time.Minute),
			Title: fmt.Sprintf("Session %02d", i+1), Kind: sched.KindTalk,
			Speakers: []string{"Some Speaker"}, Room: "Annex",
		})
	}
	return sched.Event{ID: 2, Name: "Long Day Summit", TZ: venueTZ, Days: []sched.Day{d}}
}

// Rooms and tracks of conferenceEvent.
const (
	roomK    = "K.9.001"
	roomH    = "H.9309"
	roomU    = "UZ.410"
	roomMain = "Main hall"
)

// conferenceEvent is an invented conference with parallel tracks. Day one:
// 301, 302, 303 at 09:00 in parallel; 311, 312 at 09:30; a slot of
// ignites 320 at 10:00 (items 321, 322); 330 at 10:30. Day two: 401 at
// 09:00 and 402 at 10:00, none in room K. Nothing is attended.
func conferenceEvent(t *testing.T) sched.Event {
	t.Helper()
	in := func(tk sched.Talk, room, track string) sched.Talk {
		tk.Room, tk.Track = room, track
		return tk
	}
	ignites := in(talk(t, 320, day1, "10:00", "10:30", "Ignites", sched.KindSlot), roomMain, "")
	ignites.Items = []sched.Talk{
		in(talk(t, 321, day1, "10:00", "10:30", "Five minutes of queues", sched.KindTalk, "Oskar Brandt"), roomMain, ""),
		in(talk(t, 322, day1, "10:00", "10:30", "Yak shaving, a field guide", sched.KindTalk, "Leila Moradi"), roomMain, ""),
	}
	return sched.Event{
		ID: 3, Name: "Open Source Weekend", TZ: venueTZ,
		Days: []sched.Day{
			{Date: day1, Talks: []sched.Talk{
				in(talk(t, 301, day1, "09:00", "09:30", "Indexes you forgot", sched.KindTalk, "Ada Brink"), roomK, "Databases"),
				in(talk(t, 302, day1, "09:00", "09:30", "Generics in anger", sched.KindTalk, "Rui Tavares"), roomH, "Go"),
				in(talk(t, 303, day1, "09:00", "09:30", "WAL files explained", sched.KindTalk, "Nadia Petrov"), roomU, "Databases"),
				in(talk(t, 311, day1, "09:30", "10:00", "Profiling a toaster", sched.KindTalk, "Sven Aalto"), roomK, "Go"),
				in(talk(t, 312, day1, "09:30", "10:00", "Borrowing without tears", sched.KindTalk, "Hana Kim"), roomH, "Rust"),
				ignites,
				in(talk(t, 330, day1, "10:30", "11:00", "Async all the way down", sched.KindTalk, "Jo Mbeki"), roomK, "Rust"),
			}},
			{Date: day2, Talks: []sched.Talk{
				in(talk(t, 401, day2, "09:00", "09:45", "Channels, revisited", sched.KindTalk, "Rui Tavares"), roomH, "Go"),
				in(talk(t, 402, day2, "10:00", "10:45", "Vacuum, calmly", sched.KindTalk, "Ada Brink"), roomU, "Databases"),
			}},
		},
	}
}

// pane returns a focused pane of the given size showing day of ev, with
// the clock at now.
func pane(ev sched.Event, day, width, height int, now time.Time) Model {
	return New(theme.New(true), DefaultKeyMap()).
		SetClock(now).SetEvent(ev, day).SetSize(width, height).Focus()
}

// keyPress builds the message a terminal sends for a key named as
// bubbletea names it: "down", "enter", or a single character.
func keyPress(name string) tea.KeyPressMsg {
	codes := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "home": tea.KeyHome, "end": tea.KeyEnd,
		"esc": tea.KeyEscape, "backspace": tea.KeyBackspace,
	}
	if name == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if code, ok := codes[name]; ok {
		return tea.KeyPressMsg{Code: code}
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// press sends one key and returns the OpenMsg its command carries, if any.
func press(t *testing.T, m Model, name string) (Model, *OpenMsg) {
	t.Helper()
	m, cmd := m.Update(keyPress(name))
	if cmd == nil {
		return m, nil
	}
	msg, ok := cmd().(OpenMsg)
	if !ok {
		t.Fatalf("key %q: command returned %T, want OpenMsg", name, cmd())
	}
	return m, &msg
}

// pressAll sends keys, ignoring their commands.
func pressAll(m Model, names ...string) Model {
	for _, n := range names {
		m, _ = m.Update(keyPress(n))
	}
	return m
}

// selectedID returns the selected talk's ID, 0 for none.
func selected(m Model) uint64 {
	talk, _, ok := m.Selected()
	if !ok {
		return 0
	}
	return talk.ID
}

// plainView returns the view without colours, line by line.
func plainView(m Model) []string {
	return strings.Split(ansi.Strip(m.View()), "\n")
}

// lineWith returns the first view line containing s, failing if none does.
func lineWith(t *testing.T, m Model, s string) string {
	t.Helper()
	for _, l := range plainView(m) {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("no line of the view contains %q:\n%s", s, strings.Join(plainView(m), "\n"))
	return ""
}

// checkFits fails unless the view is exactly height lines of at most
// width cells.
func checkFits(t *testing.T, m Model, width, height int, what string) {
	t.Helper()
	lines := strings.Split(m.View(), "\n")
	if len(lines) != height {
		t.Errorf("%s: %d lines, want %d", what, len(lines), height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("%s: line %d is %d cells wide, want at most %d: %q", what, i, w, width, ansi.Strip(l))
		}
	}
}

// send sends one key and returns the message its command carries, nil
// for no command.
func send(m Model, name string) (Model, tea.Msg) {
	m, cmd := m.Update(keyPress(name))
	if cmd == nil {
		return m, nil
	}
	return m, cmd()
}

// typeText types s into the pane a character at a time.
func typeText(m Model, s string) Model {
	for _, r := range s {
		name := string(r)
		if r == ' ' {
			name = "space"
		}
		m, _ = m.Update(keyPress(name))
	}
	return m
}

// viewText returns the plain view as one string, for failure messages.
func viewText(m Model) string { return strings.Join(plainView(m), "\n") }
