package status

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the venue zone must load on machines without tzdata

	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// tokyo is the venue's zone in these tests, nine hours from UTC, so a
// clock drawn in the wrong zone is plainly wrong.
func tokyo(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatalf("load zone: %v", err)
	}
	return loc
}

// noon is 12:05 UTC, 21:05 in Tokyo.
var noon = time.Date(2025, 6, 12, 12, 5, 0, 0, time.UTC)

// errDiskFull is an invented commit failure with a long path in it.
var errDiskFull = errors.New("commit notes: write /home/ada/.local/share/lanyard/notebook.db: no space left on device")

// bar returns a bar of the given width at noon in Tokyo, placed at an
// invented event with something on next.
func bar(t *testing.T, width int) Model {
	t.Helper()
	return New(theme.New(true)).SetWidth(width).SetClock(noon, tokyo(t)).
		SetPlace("Harbour Systems Conf", "Thursday 12 June 2025").
		SetNext("next: Rust on a kettle in 12 min")
}

// plain returns the bar without colours.
func plain(m Model) string { return ansi.Strip(m.View()) }

// checkWidth fails unless the bar is one line of exactly its width.
func checkWidth(t *testing.T, m Model, width int, what string) {
	t.Helper()
	v := m.View()
	if strings.Contains(v, "\n") {
		t.Errorf("%s: the bar is more than one line: %q", what, ansi.Strip(v))
	}
	if w := ansi.StringWidth(v); w != width {
		t.Errorf("%s: the bar is %d cells, want %d: %q", what, w, width, ansi.Strip(v))
	}
}

func TestTheBarShowsTheVenueClockThePlaceAndWhatIsNext(t *testing.T) {
	m := bar(t, 120)
	got := plain(m)
	for _, want := range []string{"21:05", "Harbour Systems Conf", "Thursday 12 June 2025", "next: Rust on a kettle in 12 min"} {
		if !strings.Contains(got, want) {
			t.Errorf("bar %q does not show %q", got, want)
		}
	}
	if strings.Contains(got, "12:05") {
		t.Errorf("bar %q shows the clock in UTC, not the venue's zone", got)
	}
}

func TestAMessageTakesThePlaceOfWhatIsNext(t *testing.T) {
	m := bar(t, 120).SetMessage("could not load notes: notebook is locked")
	got := plain(m)
	if !strings.Contains(got, "could not load notes: notebook is locked") || strings.Contains(got, "Rust on a kettle") {
		t.Errorf("bar %q, want the message instead of what is next", got)
	}
	if got := plain(m.SetMessage("")); !strings.Contains(got, "Rust on a kettle") {
		t.Errorf("after clearing the message: %q, want what is next back", got)
	}
}

func TestSaveState(t *testing.T) {
	m := bar(t, 120)
	steps := []struct {
		what   string
		update func(Model) Model
		want   string
		absent []string
	}{
		{"an edit before the writer reports", func(m Model) Model { return m.Edited(1) }, "saving…", []string{"saved", "NOT SAVED"}},
		{"edits pending", func(m Model) Model { return m.SetSave(SaveMsg{Pending: 3}) }, "saving…", []string{"✓ saved"}},
		{"all on disk", func(m Model) Model { return m.SetSave(SaveMsg{Saved: noon, Committed: 1}) }, "✓ saved", []string{"saving…"}},
		{"another edit", func(m Model) Model { return m.Edited(2) }, "saving…", []string{"saved"}},
		// The writer committed edit 1 and reported nothing pending before
		// edit 2 reached it; the report arrives after edit 2 was made.
		{"a late report of the commit before", func(m Model) Model { return m.SetSave(SaveMsg{Saved: noon, Committed: 1}) }, "saving…", []string{"✓ saved"}},
		{"a failed commit", func(m Model) Model { return m.SetSave(SaveMsg{Pending: 2, Committed: 1, Err: errDiskFull}) }, "NOT SAVED", []string{"✓ saved", "saving…"}},
		{"the retry succeeded", func(m Model) Model { return m.SetSave(SaveMsg{Saved: noon, Committed: 2}) }, "✓ saved", []string{"NOT SAVED"}},
		{"the file replaced", func(m Model) Model {
			return m.Edited(3).SetSave(SaveMsg{Pending: 1, Committed: 2, Err: errIO, Stopped: true, Replaced: true})
		}, "NOT SAVED: notebook file replaced; lanyard stopped writing — quit to keep your notes as a backup", []string{"✓ saved", "saving…", "retrying"}},
	}
	for _, s := range steps {
		m = s.update(m)
		got := plain(m)
		if !strings.HasSuffix(strings.TrimRight(got, " "), s.want) && !strings.Contains(got, s.want) {
			t.Errorf("%s: bar %q, want %q", s.what, got, s.want)
		}
		for _, a := range s.absent {
			if strings.Contains(got, a) {
				t.Errorf("%s: bar %q shows %q", s.what, got, a)
			}
		}
		checkWidth(t, m, 120, s.what)
	}
}

// errIO is an invented commit failure the bar has no words for.
var errIO = errors.New("commit notes: write /home/ada/.local/share/lanyard/notebook.db: input/output error")

func TestNotSavedShowsTheError(t *testing.T) {
	m := bar(t, 120).SetSave(SaveMsg{Pending: 2, Err: errIO})
	got := plain(m)
	for _, want := range []string{"NOT SAVED", "2 pending", "commit notes", "input/output error"} {
		if !strings.Contains(got, want) {
			t.Errorf("bar %q, want NOT SAVED with the error: no %q", got, want)
		}
	}
	// In a narrower bar the error loses its middle, not its cause.
	got = plain(m.SetWidth(60))
	if !strings.Contains(got, "NOT SAVED") || !strings.Contains(got, "…") || !strings.HasSuffix(got, "output error ") {
		t.Errorf("bar of 60 %q, want NOT SAVED with the end of the error", got)
	}
	// The error is what matters now: it is drawn over what is next.
	if i, j := strings.Index(got, "NOT SAVED"), strings.Index(got, "21:05"); i < 0 || j < 0 || i < j {
		t.Errorf("bar %q: want the clock, then the error", got)
	}
}

func TestAnErrorOfSeveralLinesStaysOnOneLine(t *testing.T) {
	err := errors.Join(errDiskFull, errors.New("close: bad file descriptor"))
	m := bar(t, 120).SetSave(SaveMsg{Pending: 1, Err: err}).SetMessage("could not load notes:\nbroken\tpage")
	checkWidth(t, m, 120, "a two-line error")
	if got := plain(m); !strings.Contains(got, "NOT SAVED") {
		t.Errorf("bar %q, want NOT SAVED", got)
	}
}

func TestTheBarFitsItsWidthAndKeepsTheSaveState(t *testing.T) {
	states := []struct {
		what string
		save SaveMsg
		word string
	}{
		{"saved", SaveMsg{Saved: noon}, "✓ saved"},
		{"saving", SaveMsg{Pending: 12}, "saving…"},
		{"failed", SaveMsg{Pending: 12, Err: errDiskFull}, "NOT SAVED"},
	}
	long := strings.Repeat("a very long conference name ", 5)
	for _, width := range []int{60, 120} {
		for _, s := range states {
			m := bar(t, width).SetPlace(long, "Thursday 12 June 2025").SetSave(s.save)
			what := fmt.Sprintf("width %d, %s", width, s.what)
			checkWidth(t, m, width, what)
			got := plain(m)
			if !strings.Contains(got, s.word) {
				t.Errorf("%s: bar %q lost its save state %q", what, got, s.word)
			}
			if !strings.Contains(got, "21:05") {
				t.Errorf("%s: bar %q lost the clock", what, got)
			}
			if !strings.Contains(got, "…") {
				t.Errorf("%s: bar %q was cut without an ellipsis", what, got)
			}
		}
	}
}

func TestTheBarFitsANarrowTerminal(t *testing.T) {
	for width := 1; width <= 40; width++ {
		for _, save := range []SaveMsg{{}, {Pending: 1}, {Pending: 1, Err: errDiskFull}} {
			checkWidth(t, bar(t, width).SetSave(save), width, fmt.Sprintf("width %d, %+v", width, save))
		}
	}
}

func TestTheBarBeforeAnyClockOrPlace(t *testing.T) {
	m := New(theme.New(false)).SetWidth(40)
	checkWidth(t, m, 40, "a new bar")
	if got := plain(m); !strings.Contains(got, "✓ saved") {
		t.Errorf("a new bar %q, want it to say all is saved", got)
	}
	// A nil zone is the laptop's, not a crash.
	checkWidth(t, m.SetClock(noon, nil), 40, "a nil zone")
}
