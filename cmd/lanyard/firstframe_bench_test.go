package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui"
)

// The first frame, in process: open the notebook, choose where to start,
// load the talk's outline, build the screen at 120x40 and draw it. Package
// init and the terminal's setup are not in it (TestPackageInitIsQuick and
// scripts/tmux-bench.sh time those). Profile one with
//
//	go test -run XXX -bench FirstFrameConference -cpuprofile cpu.out ./cmd/lanyard
//	go tool pprof -top cpu.out

// drawFirstFrame is one start on the notebook at path with the clock at now.
func drawFirstFrame(b *testing.B, path string, now time.Time) {
	b.Helper()
	nb, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	s, err := chooseStart(nb, wallClock{fields: now, abs: true}, true, "")
	if err != nil {
		b.Fatal(err)
	}
	o, err := nb.LoadOutline(s.talk)
	if err != nil {
		b.Fatal(err)
	}
	var m tea.Model = tui.New(tui.Config{Event: s.event, Day: s.day, Talk: s.talk, Outline: o, Loader: nb, Clock: s.clock})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.View().Content == "" {
		b.Fatal("empty first frame")
	}
	if err := nb.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkFirstFrameConference starts on a notebook holding FOSDEM 2024
// (674 talks in about 70 rooms, with their abstracts), at 14:10 on its
// first day. It skips without the shared schedules.
func BenchmarkFirstFrameConference(b *testing.B) {
	src := filepath.Join(sharedSchedules, "mttcrsp-fosdem__2024.xml")
	if _, err := os.Stat(src); err != nil {
		b.Skipf("no %s: %v", src, err)
	}
	db := filepath.Join(b.TempDir(), "conf.db")
	if code := run([]string{"--db", db, "import", "schedule", "--tz", "Europe/Brussels", src}, io.Discard, io.Discard); code != 0 {
		b.Fatalf("import %s failed", src)
	}
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		b.Skip("no zone database:", err)
	}
	now := time.Date(2024, 2, 3, 14, 10, 0, 0, loc)
	for b.Loop() {
		drawFirstFrame(b, db, now)
	}
}

// asideNotebook writes a notebook whose talk on now holds three bullets
// and whose earlier talk holds n.
func asideNotebook(b *testing.B, n int) (path string, now time.Time) {
	b.Helper()
	path = filepath.Join(b.TempDir(), "aside.db")
	nb, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer nb.Close()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		b.Skip("no zone database:", err)
	}
	start := time.Date(2019, 10, 17, 9, 0, 0, 0, loc)
	ev, err := nb.CreateEvent(sched.Event{Name: "Aside", TZ: "Europe/London", Days: []sched.Day{{
		Date: "2019-10-17",
		Talks: []sched.Talk{
			{Title: "A long talk", Kind: sched.KindTalk, Start: start.Add(-time.Hour), End: start},
			{Title: "A small talk", Kind: sched.KindTalk, Start: start.Add(30 * time.Minute), End: start.Add(8 * time.Hour)},
		},
	}}})
	if err != nil {
		b.Fatal(err)
	}
	for i, bullets := range []int{n, 3} {
		if err := nb.SaveOutline(ev.Days[0].Talks[i].ID, doc.Changes{Put: doc.Generate(bullets, 1).Nodes()}); err != nil {
			b.Fatal(err)
		}
	}
	return path, start.Add(time.Hour)
}

// BenchmarkFirstFrameAside100k starts on a small talk with 100,000
// bullets elsewhere in the notebook; BenchmarkFirstFrameAsideNone on the
// same notebook without them. Their ratio is what the rest of a notebook
// costs a start: the goal is at most 1.2.
func BenchmarkFirstFrameAside100k(b *testing.B) {
	path, now := asideNotebook(b, 100_000)
	for b.Loop() {
		drawFirstFrame(b, path, now)
	}
}

func BenchmarkFirstFrameAsideNone(b *testing.B) {
	path, now := asideNotebook(b, 1)
	for b.Loop() {
		drawFirstFrame(b, path, now)
	}
}
