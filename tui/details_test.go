package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	sched "lanyard/store/schedule"
)

// fakeAbouts is the notebook's talk texts in memory.
type fakeAbouts map[uint64]sched.About

func (f fakeAbouts) About(id uint64) (sched.About, error) { return f[id], nil }

// pagersAbout is what the schedule says of "Pagers and Sleep" (talk 11):
// long enough to scroll at 60x20, with a link, a page and hostile bytes.
func pagersAbout() sched.About {
	return sched.About{
		Subtitle: "What the night shift taught a team of four",
		Language: "en",
		Abstract: "Being paged at 3 a.m. is a tax on the next day. This talk measures it: " +
			"a year of pages, sleep diaries and incident reviews from a team of four.\x1b]0;owned\x07\n\n" +
			"It ends with the rota, the alert budget and the one dashboard that changed how the team sleeps.",
		Description: strings.Repeat("The rota gives every engineer two quiet weeks after a loud one. ", 8),
		URL:         "https://opsdays.example/2019/talks/pagers-and-sleep",
		Links: []sched.Link{
			{Title: "Slides (PDF)", URL: "https://opsdays.example/slides/pagers.pdf"},
			{Title: "Recording", URL: "https://video.example/opsdays/pagers"},
			{Title: "Not a web link", URL: "javascript:alert(1)"},
		},
	}
}

// detailsModel is the test model with the talks' texts in its notebook,
// sized w×h, the schedule focused on "Pagers and Sleep".
func detailsModel(t *testing.T, w, h int) tea.Model {
	t.Helper()
	ev := testEvent()
	ev.Days[0].Talks[1].WatchLater = true
	now := at("2019-10-17", "09:40")
	notes := newFakeNotes()
	o, _ := notes.LoadOutline(11)
	var m tea.Model = New(Config{Event: ev, Talk: 11, Outline: o, Loader: notes, Saver: notes,
		Abouts: fakeAbouts{11: pagersAbout()}, Clock: func() time.Time { return now }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: w, Height: h})
	return run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
}

func TestDetailsShowTheTalkThenWhatItIsAbout(t *testing.T) {
	m := detailsModel(t, 120, 40)
	// The key asks the root for the details; the About has not been read
	// yet when they open.
	m, cmd := m.Update(press('i', "i"))
	asked := drain(cmd)
	if len(asked) != 1 {
		t.Fatalf("i asked for %#v", asked)
	}
	m, cmd = m.Update(asked[0])
	view := ansi.Strip(m.View().Content)
	for _, want := range []string{"Pagers and Sleep", "Mira Kovac", "Thursday 17 October 2019 · 09:30–10:00 · Main hall",
		"◷ watch later", "Reading what the talk is about"} {
		if !strings.Contains(view, want) {
			t.Errorf("before the About arrives, the details lack %q:\n%s", want, view)
		}
	}
	if cmd == nil {
		t.Fatal("opening the details read nothing")
	}
	for _, msg := range drain(cmd) {
		m = run(m, msg)
	}
	raw := m.View().Content
	view = ansi.Strip(raw)
	for _, want := range []string{"What the night shift taught", "language: en", "Being paged at 3 a.m.",
		"Page:", "https://opsdays.example/2019/talks/pagers-and-sleep", "• Slides (PDF)", "• Recording"} {
		if !strings.Contains(view, want) {
			t.Errorf("the details lack %q:\n%s", want, view)
		}
	}
	if got := linkedText(raw, "https://opsdays.example/slides/pagers.pdf"); got != "• Slides (PDF)" {
		t.Errorf("the slides' hyperlink holds %q; want their title\n%q", got, raw)
	}
	if strings.Contains(raw, "javascript:") && strings.Contains(raw, ansi.SetHyperlink("javascript:alert(1)")) {
		t.Error("a javascript: URL was made a hyperlink")
	}
	if strings.Contains(raw, "owned") || strings.Contains(raw, "\x1b]0;") {
		t.Errorf("an escape sequence from the abstract reached the screen:\n%q", raw)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if strings.Contains(ansi.Strip(m.View().Content), "Being paged") {
		t.Error("esc did not close the details")
	}
}

// linkedText is the text, without styles, of the OSC 8 hyperlink to
// target in a frame; "" when there is none.
func linkedText(frame, target string) string {
	_, rest, ok := strings.Cut(frame, ansi.SetHyperlink(target))
	if !ok {
		return ""
	}
	text, _, _ := strings.Cut(rest, ansi.ResetHyperlink())
	return ansi.Strip(text)
}

func TestDetailsOfTheTalkBeingWrittenIn(t *testing.T) {
	m := detailsModel(t, 120, 40)
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnter}) // write in Pagers and Sleep
	m = run(m, tea.KeyPressMsg{Code: 'i', Mod: tea.ModAlt})
	if view := ansi.Strip(m.View().Content); !strings.Contains(view, "Being paged at 3 a.m.") {
		t.Fatalf("alt+i in the editor did not show the talk's details:\n%s", view)
	}
	m = run(m, tea.KeyPressMsg{Code: 'q', Text: "q"})
	if view := ansi.Strip(m.View().Content); strings.Contains(view, "Being paged") {
		t.Fatalf("q did not close the details:\n%s", view)
	}
}

func TestDetailsOfATalkWithoutAbout(t *testing.T) {
	m := detailsModel(t, 120, 40)
	m = run(m, press('j', "j")) // the slot of ignites, past the coffee
	m = run(m, press('j', "j"))
	m = run(m, press('i', "i"))
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "Ignites") || !strings.Contains(view, "says nothing more") {
		t.Fatalf("a talk with no About should say so:\n%s", view)
	}
}

func TestDetailsScroll(t *testing.T) {
	m := detailsModel(t, 60, 20)
	m = run(m, press('i', "i"))
	first := ansi.Strip(m.View().Content)
	m = run(m, tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	paged := ansi.Strip(m.View().Content)
	if first == paged || !strings.Contains(paged, "• Recording") {
		t.Fatalf("space did not page down to the links:\n%s", paged)
	}
	m = run(m, press('G', "G"))
	bottom := ansi.Strip(m.View().Content)
	if !strings.Contains(bottom, "• Not a web link") || !strings.Contains(bottom, "── end") {
		t.Errorf("G does not show the last line and the end:\n%s", bottom)
	}
	m = run(m, press('g', "g"))
	if got := ansi.Strip(m.View().Content); got != first {
		t.Errorf("g did not go back to the top:\n%s", got)
	}
}

// TestGoldenDetails is the details overlay at a laptop's and at a phone's
// size: `go test ./tui -update` regenerates them.
func TestGoldenDetails(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x40", 120, 40}, {"60x20", 60, 20}} {
		t.Run(size.name, func(t *testing.T) {
			m := detailsModel(t, size.w, size.h)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size.w, size.h),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
			tm.Send(press('i', "i"))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "Being paged") },
				teatest.WithDuration(3*time.Second))
			tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
			golden.RequireEqual(t, []byte(ansi.Strip(final.View().Content)))
		})
	}
}
