package schedule

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// indexCells returns the cell column at which s starts in line, -1 if it
// is not there.
func indexCells(line, s string) int {
	i := strings.Index(line, s)
	if i < 0 {
		return -1
	}
	return ansi.StringWidth(line[:i])
}

// hasNowMark reports whether a plain view line carries the now mark.
func hasNowMark(line string) bool { return strings.HasPrefix(line, "▶ ") }

func TestNowMarkFollowsTheClock(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "09:45"))
	if l := lineWith(t, m, "Backpressure"); !hasNowMark(l) {
		t.Errorf("at 09:45 the talk on now is not marked: %q", l)
	}
	m = m.SetClock(at(t, day1, "11:40"))
	if l := lineWith(t, m, "Backpressure"); hasNowMark(l) {
		t.Errorf("at 11:40 the 09:30 talk is still marked: %q", l)
	}
	if l := lineWith(t, m, "A very long"); !hasNowMark(l) {
		t.Errorf("at 11:40 the 11:30 talk is not marked: %q", l)
	}
	marks := 0
	for _, l := range plainView(m) {
		if strings.Contains(l, "▶") {
			marks++
		}
	}
	if marks != 1 {
		t.Errorf("%d now marks, want 1:\n%s", marks, strings.Join(plainView(m), "\n"))
	}
	// Before the day starts nothing is on.
	m = m.SetClock(at(t, day1, "07:00"))
	if v := strings.Join(plainView(m), "\n"); strings.Contains(v, "▶") {
		t.Errorf("at 07:00 a talk is marked:\n%s", v)
	}
}

func TestTimesAreShownInTheVenueZone(t *testing.T) {
	// The fixture's talks are at 09:30 in Tokyo, 00:30 UTC: the laptop's
	// zone must not matter.
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00"))
	if l := lineWith(t, m, "Backpressure"); !strings.Contains(l, "09:30 Backpressure") {
		t.Errorf("talk line %q, want it at 09:30 venue time", l)
	}
}

func TestAttendedItemsShowACheck(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00"))
	if l := strings.TrimSpace(lineWith(t, m, "Rust on a kettle")); !strings.HasPrefix(l, "✓ ") {
		t.Errorf("attended item drawn as %q, want a ✓ before it", l)
	}
	for _, title := range []string{"Tiny parsers", "Postmortems as theatre"} {
		if l := lineWith(t, m, title); strings.Contains(l, "✓") {
			t.Errorf("item not attended drawn with a check: %q", l)
		}
	}
}

func TestLongTitlesAreTruncatedToTheWidth(t *testing.T) {
	for _, width := range []int{24, 40, 60} {
		m := pane(testEvent(t), 0, width, 30, at(t, day1, "08:00"))
		l := lineWith(t, m, "A very long")
		if w := ansi.StringWidth(l); w != width {
			t.Errorf("width %d: the long title's line is %d cells: %q", width, w, l)
		}
		if !strings.HasSuffix(l, "…") {
			t.Errorf("width %d: the long title is cut without an ellipsis: %q", width, l)
		}
		// Its speakers line is cut the same way.
		if l := lineWith(t, m, "Kenji"); ansi.StringWidth(l) > width {
			t.Errorf("width %d: the speakers line is %d cells: %q", width, ansi.StringWidth(l), l)
		}
	}
}

func TestEveryLineFitsAndThePaneIsExactlyItsHeight(t *testing.T) {
	ev := testEvent(t)
	for _, width := range []int{1, 4, 8, 10, 12, 20, 29, 30, 40, 80} {
		for _, height := range []int{1, 2, 3, 5, 12, 40} {
			for _, focused := range []bool{true, false} {
				m := pane(ev, 0, width, height, at(t, day1, "11:00")).SetHint("Import a schedule with: lanyard import talks.txt")
				if !focused {
					m = m.Blur()
				}
				for i := range 10 { // every row selected in turn, and the last again
					what := fmt.Sprintf("%dx%d focused=%v row %d", width, height, focused, i)
					checkFits(t, m, width, height, what)
					m = m.Focus()
					m = pressAll(m, "down")
					if !focused {
						m = m.Blur()
					}
				}
			}
		}
	}
}

func TestScrollingKeepsTheSelectionVisible(t *testing.T) {
	const n = 60
	m := pane(longDay(t, n), 0, 40, 10, at(t, day1, "07:00"))
	visible := func(i int) bool {
		return strings.Contains(strings.Join(plainView(m), "\n"), fmt.Sprintf("Session %02d", i))
	}
	for i := 1; i <= n; i++ {
		if selected(m) != uint64(99+i) || !visible(i) {
			t.Fatalf("going down, session %d (selected %d) not in view:\n%s", i, selected(m), strings.Join(plainView(m), "\n"))
		}
		checkFits(t, m, 40, 10, fmt.Sprintf("down at %d", i))
		m = pressAll(m, "down")
	}
	for i := n; i >= 1; i-- {
		if selected(m) != uint64(99+i) || !visible(i) {
			t.Fatalf("going up, session %d (selected %d) not in view:\n%s", i, selected(m), strings.Join(plainView(m), "\n"))
		}
		// A row of context stays above the selection once scrolled.
		if i > 1 && !visible(i-1) {
			t.Errorf("going up, session %d has no context above it:\n%s", i, strings.Join(plainView(m), "\n"))
		}
		m = pressAll(m, "up")
	}
	m = pressAll(m, "G")
	if !visible(n) {
		t.Errorf("after G the last session is not in view:\n%s", strings.Join(plainView(m), "\n"))
	}
	// Shrinking the pane keeps the selection in view too.
	m = m.SetSize(40, 5)
	if !visible(n) {
		t.Errorf("after shrinking the last session is not in view:\n%s", strings.Join(plainView(m), "\n"))
	}
}

func TestGoldenView(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 20, at(t, day1, "11:00"))
	m, _ = m.Select(132)
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestNarrowPaneShortensTheHeading(t *testing.T) {
	m := pane(testEvent(t), 0, 24, 10, at(t, day1, "08:00"))
	if h := plainView(m)[0]; h != "Thu 12 Jun  1/2" {
		t.Errorf("heading %q, want %q", h, "Thu 12 Jun  1/2")
	}
	// A date that is not one is shown as it is, not cut into pieces.
	ev := testEvent(t)
	ev.Days[0].Date = "Day 1 of 3"
	m = pane(ev, 0, 24, 10, at(t, day1, "08:00"))
	if h := plainView(m)[0]; h != "Day 1 of 3  1/2" {
		t.Errorf("heading %q, want the date as written", h)
	}
}

// planned is conferenceEvent with 301 and 303 (a clash) and 312 attended,
// the clock at 09:10 and 311 selected.
func planned(t *testing.T, width, height int) Model {
	t.Helper()
	m := pane(conferenceEvent(t), 0, width, height, at(t, day1, "09:10"))
	for _, id := range []uint64{301, 303, 312} {
		m, _ = m.Select(id)
		m, _ = send(m, "a")
	}
	m, _ = m.Select(311)
	return m
}

func TestGoldenParallelTracks(t *testing.T) {
	golden.RequireEqual(t, ansi.Strip(planned(t, 60, 22).View()))
}

func TestGoldenFilterPicker(t *testing.T) {
	m, _ := send(planned(t, 60, 10), "f")
	m = typeText(m, "o")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestGoldenFiltered(t *testing.T) {
	m, _ := send(planned(t, 60, 12), "f")
	m, _ = send(typeText(m, "track: go"), "enter")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestConferenceViewsFit(t *testing.T) {
	states := map[string]func(Model) Model{
		"plain":  func(m Model) Model { return m },
		"picker": func(m Model) Model { m, _ = send(m, "f"); return m },
		"narrowed": func(m Model) Model {
			m, _ = send(m, "f")
			return typeText(m, "zz")
		},
		"filtered": func(m Model) Model {
			m, _ = send(m, "f")
			m, _ = send(typeText(m, "track: databases"), "enter")
			return m
		},
		"nothing on the day": func(m Model) Model {
			m, _ = send(m, "f")
			m, _ = send(typeText(m, "room: k"), "enter")
			return pressAll(m, "right")
		},
	}
	for name, state := range states {
		for _, width := range []int{1, 10, 30, 60, 120} {
			for height := 1; height <= 40; height += 3 {
				m := state(planned(t, width, height))
				for i := range 12 {
					checkFits(t, m, width, height, fmt.Sprintf("%s %dx%d step %d", name, width, height, i))
					m = pressAll(m, "down")
				}
			}
		}
	}
}

// bigDay is a FOSDEM-sized day: talks in `rooms` parallel rooms every
// half hour until there are n, each with speakers, a room and a track;
// every 17th is attended.
func bigDay(tb testing.TB, n, rooms int) sched.Event {
	tb.Helper()
	loc, err := time.LoadLocation(venueTZ)
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Date(2025, 6, 12, 9, 0, 0, 0, loc)
	d := sched.Day{Date: day1}
	for i := range n {
		s := start.Add(time.Duration(i/rooms) * 30 * time.Minute)
		d.Talks = append(d.Talks, sched.Talk{
			ID: uint64(1000 + i), Start: s, End: s.Add(25 * time.Minute),
			Title:    fmt.Sprintf("Talk %d about something worth a long title", i),
			Speakers: []string{"Speaker Name", "Another Person"}, Kind: sched.KindTalk,
			Room: fmt.Sprintf("Room %02d", i%rooms), Track: fmt.Sprintf("Track %02d", i%rooms),
			Attended: i%17 == 0,
		})
	}
	return sched.Event{ID: 9, Name: "Big", TZ: venueTZ, Days: []sched.Day{d}}
}

func BenchmarkViewLargeDay(b *testing.B) {
	ev := bigDay(b, 350, 40)
	m := New(theme.New(true), DefaultKeyMap()).SetClock(ev.Days[0].Talks[170].Start).
		SetEvent(ev, 0).SetSize(60, headerLines+2*40).Focus()
	m, _ = m.Select(ev.Days[0].Talks[200].ID)
	b.ReportAllocs()
	for b.Loop() {
		if len(m.View()) == 0 {
			b.Fatal("empty view")
		}
	}
}

func BenchmarkFilter(b *testing.B) {
	ev := bigDay(b, 350, 40)
	m := New(theme.New(true), DefaultKeyMap()).SetEvent(ev, 0).SetSize(60, 42).Focus()
	b.ReportAllocs()
	for b.Loop() {
		// Open the picker, narrow it to one room, apply, and clear.
		f, _ := m.Update(keyPress("f"))
		f = typeText(f, "room 17")
		f, _ = f.Update(keyPress("enter"))
		if len(f.rows) != 9 {
			b.Fatalf("room 17 lists %d talks", len(f.rows))
		}
		if f, _ = f.ClearFilter(); len(f.rows) != 350 {
			b.Fatalf("cleared, %d talks listed", len(f.rows))
		}
	}
}

func TestScrollingThroughParallelTalks(t *testing.T) {
	ev := bigDay(t, 120, 40)
	m := pane(ev, 0, 60, 12, at(t, day1, "07:00"))
	for i, talk := range ev.Days[0].Talks {
		view := viewText(m)
		if selected(m) != talk.ID || !strings.Contains(view, talk.Title) {
			t.Fatalf("going down, talk %d (selected %d) not in view:\n%s", i, selected(m), view)
		}
		// Scrolled into the middle of a slot, its time is still on top.
		if first := plainView(m)[2]; !strings.Contains(first[:9+5], ":") {
			t.Fatalf("talk %d: the first row drawn has no time: %q", i, first)
		}
		checkFits(t, m, 60, 12, fmt.Sprintf("talk %d", i))
		m = pressAll(m, "down")
	}
	m = pressAll(m, "g", "G")
	if !strings.Contains(viewText(m), ev.Days[0].Talks[119].Title) {
		t.Errorf("after G the last talk is not in view:\n%s", viewText(m))
	}
}

func TestPickerScrollsThroughManyChoices(t *testing.T) {
	m := pane(bigDay(t, 120, 40), 0, 40, 10, at(t, day1, "07:00"))
	m, _ = send(m, "f")
	for i := range 60 {
		m = pressAll(m, "down")
		if l := lineWith(t, m, "›"); l == "" {
			t.Fatalf("after %d downs the selected choice is out of view", i+1)
		}
		checkFits(t, m, 40, 10, fmt.Sprintf("picker after %d downs", i+1))
	}
	if l := strings.TrimSpace(lineWith(t, m, "›")); l != "› Room: Room 18" {
		t.Errorf("after 60 downs the selection is %q, want the 61st choice, Room: Room 18", l)
	}
	for range 60 {
		m = pressAll(m, "up")
	}
	lineWith(t, m, "› All talks")
}

func TestInkPaintsAsTheStyleDoes(t *testing.T) {
	for _, dark := range []bool{true, false} {
		s := theme.New(dark)
		for name, style := range map[string]lipgloss.Style{"time": s.Time, "title": s.Title,
			"speaker": s.Speaker, "track": s.Track, "break": s.Break, "item": s.Item} {
			if got, want := inkOf(style).on("Ada Brink · K.9"), style.Render("Ada Brink · K.9"); got != want {
				t.Errorf("dark=%v %s: ink paints %q, the style %q", dark, name, got, want)
			}
		}
	}
}

// TestSelectionShowsWithoutColour: the selected row carries a › in the
// mark column, so it shows under NO_COLOR and on monochrome terminals.
func TestSelectionShowsWithoutColour(t *testing.T) {
	m := pressAll(pane(testEvent(t), 0, 40, 20, time.Time{}), "down", "down")
	if l := lineWith(t, m, "›"); !strings.Contains(l, m.rows[m.sel].talk.Title) {
		t.Errorf("› is on %q, not on the selected talk %q", l, m.rows[m.sel].talk.Title)
	}
	if n := strings.Count(viewText(m), "›"); n != 1 {
		t.Errorf("%d › in the view, want 1", n)
	}
}

// A title in Latin letters cut to the pane keeps the first characters
// that fit and an ellipsis, in exactly the width, as the terminal counts
// cells; one that fits is drawn whole.
func TestCutLatinTitles(t *testing.T) {
	cases := []struct {
		title string
		width int
		want  string
	}{
		{"Warewulf: an overview", 10, "Warewulf:…"},
		{"Paweł Chrząszcz and Michał Wąsowski", 12, "Paweł Chrzą…"},
		{"Brücken über Flüsse", 19, "Brücken über Flüsse"},
		{"Brücken über Flüsse bauen", 19, "Brücken über Flüss…"},
		{"Ämter", 1, "…"},
		{"Ämter", 0, ""},
	}
	for _, c := range cases {
		got := cut(c.title, c.width)
		if got != c.want {
			t.Errorf("cut(%q, %d) = %q, want %q", c.title, c.width, got, c.want)
		}
		if c.width > 0 && ansi.StringWidth(got) > c.width {
			t.Errorf("cut(%q, %d) takes %d cells", c.title, c.width, ansi.StringWidth(got))
		}
	}
}
