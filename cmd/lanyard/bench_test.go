package main

import (
	"errors"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui"
)

// bigNotebook writes a notebook whose one talk has n bullets.
func bigNotebook(b *testing.B, n int) (path string, now time.Time) {
	b.Helper()
	path = filepath.Join(b.TempDir(), "big.db")
	nb, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer nb.Close()
	loc, _ := time.LoadLocation("Europe/London")
	start := time.Date(2019, 10, 17, 9, 0, 0, 0, loc)
	ev, err := nb.CreateEvent(sched.Event{Name: "Big", TZ: "Europe/London", Days: []sched.Day{{
		Date:  "2019-10-17",
		Talks: []sched.Talk{{Title: "A very long talk", Kind: sched.KindTalk, Start: start, End: start.Add(8 * time.Hour)}},
	}}})
	if err != nil {
		b.Fatal(err)
	}
	o := doc.Generate(n, 1)
	if err := nb.SaveOutline(ev.Days[0].Talks[0].ID, doc.Changes{Put: o.Nodes()}); err != nil {
		b.Fatal(err)
	}
	return path, start.Add(time.Hour)
}

// BenchmarkOpenFirstFrame100k is what a user waits for when lanyard starts
// on a notebook with 100,000 bullets in the talk on now: open the file,
// pick the talk, load its outline, build the screen and draw it.
func BenchmarkOpenFirstFrame100k(b *testing.B) {
	path, now := bigNotebook(b, 100_000)
	benchmarkFirstFrame(b, path, now)
}

// BenchmarkResumeFirstFrame100k is the same start returning to where the
// user was: the last of the 100,000 bullets, under a filter. Returning
// costs one small read and a cursor placed, never a pass over the notes.
func BenchmarkResumeFirstFrame100k(b *testing.B) {
	path, now := bigNotebook(b, 100_000)
	nb, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	evs, err := nb.Events()
	if err != nil {
		b.Fatal(err)
	}
	talk := evs[0].Days[0].Talks[0].ID
	o, err := nb.LoadOutline(talk)
	if err != nil {
		b.Fatal(err)
	}
	last := o.At(o.Len() - 1)
	err = nb.SetResume(evs[0].ID, sched.Resume{Talk: talk, Node: uint64(last.ID), Offset: len(last.Text), Filter: "attending"})
	if err := errors.Join(err, nb.Close()); err != nil {
		b.Fatal(err)
	}
	benchmarkFirstFrame(b, path, now)
}

// benchmarkFirstFrame times the start on the notebook at path at now.
func benchmarkFirstFrame(b *testing.B, path string, now time.Time) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		nb, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s, err := chooseStart(nb, wallClock{fields: now, abs: true}, true, "")
		if err != nil {
			b.Fatal(err)
		}
		o, err := nb.LoadOutline(s.talk)
		if err != nil || o.Len() != 100_000 {
			b.Fatalf("loaded %d bullets, err %v", o.Len(), err)
		}
		var m tea.Model = tui.New(tui.Config{Event: s.event, Day: s.day, Talk: s.talk, Outline: o, Loader: nb, Clock: s.clock, Resume: s.resume})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		if m.View().Content == "" {
			b.Fatal("empty first frame")
		}
		if err := nb.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHeapOpen100k reports the heap a notebook whose open talk has
// 100,000 bullets keeps in use once its first frame is drawn.
func BenchmarkHeapOpen100k(b *testing.B) {
	path, now := bigNotebook(b, 100_000)
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
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
		var m tea.Model = tui.New(tui.Config{Event: s.event, Day: s.day, Talk: s.talk, Outline: o, Loader: nb, Clock: s.clock, Resume: s.resume})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB")
		runtime.KeepAlive(m)
		if err := nb.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
