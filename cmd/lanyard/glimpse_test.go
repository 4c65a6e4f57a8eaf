package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui"
)

// glimpseNotebook writes a notebook whose talk on now has n bullets, the
// last of them last.
func glimpseNotebook(tb testing.TB, n int, last string) (path string, now time.Time) {
	tb.Helper()
	path = filepath.Join(tb.TempDir(), "big.db")
	nb, err := store.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer nb.Close()
	loc := time.FixedZone("venue", 3600)
	start := time.Date(2019, 10, 17, 9, 0, 0, 0, loc)
	ev, err := nb.CreateEvent(sched.Event{Name: "Big", TZ: "Europe/London", Days: []sched.Day{{
		Date:  "2019-10-17",
		Talks: []sched.Talk{{Title: "A very long talk", Kind: sched.KindTalk, Start: start, End: start.Add(8 * time.Hour)}},
	}}})
	if err != nil {
		tb.Fatal(err)
	}
	o := doc.Generate(n, 1)
	o.SetText(o.Len()-1, last)
	if err := nb.SaveOutline(ev.Days[0].Talks[0].ID, doc.Changes{Put: o.Nodes()}); err != nil {
		tb.Fatal(err)
	}
	return path, start.Add(time.Hour)
}

// firstModel is the interface a start on the notebook builds, from its
// outline or its glimpse as startOutline chooses, with its first frame
// drawn at 120x40; glimpsed tells which.
func firstModel(tb testing.TB, nb *store.Notebook, now time.Time) (m tea.Model, glimpsed bool) {
	tb.Helper()
	s, err := chooseStart(nb, wallClock{fields: now, abs: true}, true, "")
	if err != nil {
		tb.Fatal(err)
	}
	o, g, err := startOutline(nb, s)
	if err != nil {
		tb.Fatal(err)
	}
	m = tui.New(tui.Config{Event: s.event, Day: s.day, Talk: s.talk, Outline: o, Glimpse: g, Loader: nb, Clock: s.clock, Resume: s.resume})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return m, g != nil
}

// runAndQuit is a run of lanyard that opens the notebook, reads the
// outline in full, draws its first screen and quits, keeping a glimpse as
// runTUI does. It returns the first frame.
func runAndQuit(tb testing.TB, path string, now time.Time) string {
	tb.Helper()
	nb, err := store.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := chooseStart(nb, wallClock{fields: now, abs: true}, true, "")
	if err != nil {
		tb.Fatal(err)
	}
	o, err := nb.LoadOutline(s.talk)
	if err != nil {
		tb.Fatal(err)
	}
	var m tea.Model = tui.New(tui.Config{Event: s.event, Day: s.day, Talk: s.talk, Outline: o, Loader: nb, Clock: s.clock, Resume: s.resume})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	frame := m.View().Content
	keepGlimpse(nb, &guardedModel{inner: m})
	if err := nb.Close(); err != nil {
		tb.Fatal(err)
	}
	return frame
}

// shows reports whether a frame shows text.
func shows(frame, text string) bool { return strings.Contains(ansi.Strip(frame), text) }

func TestGlimpseKeptAtQuitDrawsTheNextFirstFrame(t *testing.T) {
	path, now := glimpseNotebook(t, 5_000, "the last bullet")
	want := runAndQuit(t, path, now) // the first start reads the outline in full
	nb, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer nb.Close()
	m, glimpsed := firstModel(t, nb, now)
	if !glimpsed {
		t.Fatal("the start after a clean quit read the whole outline: no glimpse kept")
	}
	if got := m.View().Content; got != want {
		t.Errorf("first frame from the glimpse:\n%s\n--- want, from the outline ---\n%s", got, want)
	}
}

func TestStaleGlimpseIsNeverShown(t *testing.T) {
	path, now := glimpseNotebook(t, 5_000, "the last bullet")
	runAndQuit(t, path, now)
	// A note added from outside the app (lanyard add) after the quit:
	// the glimpse does not show it, so it must not be used.
	mustLanyard(t, path, "--now", "2019-10-17 10:00", "add", "added", "later")
	nb, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer nb.Close()
	m, glimpsed := firstModel(t, nb, now)
	if glimpsed {
		t.Fatal("a glimpse older than the last write was used")
	}
	if frame := m.View().Content; !shows(frame, "added later") {
		t.Errorf("the first frame does not show the note added:\n%s", frame)
	}
}

// BenchmarkGlimpseFirstFrame100k is BenchmarkOpenFirstFrame100k when the
// last run kept a glimpse: the first frame is drawn from it, and the
// outline is loaded after it (not timed: the user is already looking).
func BenchmarkGlimpseFirstFrame100k(b *testing.B) {
	path, now := glimpseNotebook(b, 100_000, "the last bullet")
	runAndQuit(b, path, now)
	b.ReportAllocs()
	for b.Loop() {
		nb, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		m, glimpsed := firstModel(b, nb, now)
		if !glimpsed || !shows(m.View().Content, "the last bullet") {
			b.Fatal("no first frame from the glimpse")
		}
		if err := nb.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
