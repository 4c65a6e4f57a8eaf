package tui

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// benchModel is the whole screen at 120x40 with a big outline open and the
// cursor in the middle of it, as after a long day of notes.
func benchModel(b *testing.B, bullets int) tea.Model {
	b.Helper()
	notes := newFakeNotes()
	now := at("2019-10-17", "09:40")
	notes.outlines[11] = doc.Generate(bullets, 1)
	var m tea.Model = newTestModel(notes, now)
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyHome, Mod: tea.ModCtrl})
	for range 40 {
		m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	return m
}

// editorOps are the keys the issue names, each measured as one keystroke:
// Update and the frame drawn after it. Where a key undoes itself on the
// next press (fold) or needs a partner (tab, move), the pair is one
// iteration and the figure is halved by reporting per key.
var editorOps = []struct {
	name string
	keys []tea.KeyPressMsg
}{
	{"Type", []tea.KeyPressMsg{{Code: 'x', Text: "x"}}},
	{"Enter", []tea.KeyPressMsg{{Code: tea.KeyEnter}}},
	{"TabShiftTab", []tea.KeyPressMsg{{Code: tea.KeyTab}, {Code: tea.KeyTab, Mod: tea.ModShift}}},
	{"DownUp", []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: tea.KeyUp}}},
	{"FoldUnfold", []tea.KeyPressMsg{{Code: 'o', Mod: tea.ModCtrl}, {Code: 'o', Mod: tea.ModCtrl}}},
	{"MoveDownUp", []tea.KeyPressMsg{{Code: tea.KeyDown, Mod: tea.ModAlt}, {Code: tea.KeyUp, Mod: tea.ModAlt}}},
	{"TypeUndo", []tea.KeyPressMsg{{Code: ' ', Text: " "}, {Code: 'z', Mod: tea.ModCtrl}}},
}

// BenchmarkEditor is ns per keystroke for each operation at 10,000 and
// 100,000 bullets.
func BenchmarkEditor(b *testing.B) {
	for _, size := range []int{10_000, 100_000} {
		for _, op := range editorOps {
			b.Run(fmt.Sprintf("%s/%dk", op.name, size/1000), func(b *testing.B) {
				m := benchModel(b, size)
				b.ReportAllocs()
				b.ResetTimer()
				cpu := cpuTime()
				for b.Loop() {
					for _, k := range op.keys {
						m, _ = m.Update(k)
						_ = m.View()
					}
				}
				keys := float64(b.N * len(op.keys))
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/keys, "ns/key")
				// CPU time, the collector's included: on a shared machine
				// the wall time counts the waits for a CPU too.
				b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/keys, "cpu-ns/key")
			})
		}
	}
}

// BenchmarkHeap100k reports the heap in use with a 100,000-bullet outline
// open on screen.
func BenchmarkHeap100k(b *testing.B) {
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		m := benchModel(b, 100_000)
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB")
		runtime.KeepAlive(m)
	}
}

// BenchmarkBurst is a burst of 2,000 letters typed into one bullet of a
// 100,000-bullet outline, as a paste typed by a terminal without bracketed
// paste or a fast typist's minute: every letter one Update and one frame,
// as bubbletea draws after each message. ns/key is the letter's share.
func BenchmarkBurst(b *testing.B) {
	const letters = 2000
	keys := make([]tea.KeyPressMsg, letters)
	for i := range keys {
		r := rune('a' + i%26)
		keys[i] = tea.KeyPressMsg{Code: r, Text: string(r)}
	}
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		m := benchModel(b, 100_000)
		b.StartTimer()
		start := cpuTime()
		for _, k := range keys {
			m, _ = m.Update(k)
			_ = m.View()
		}
		cpu += cpuTime() - start
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*letters), "ns/key")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*letters), "cpu-ns/key")
}

// BenchmarkBurstPaced is BenchmarkBurst with frames paced as the program
// paces them (DefaultFrameGap): the keys come as fast as the benchmark
// sends them, and the redraw each asks for arrives once its gap is over.
func BenchmarkBurstPaced(b *testing.B) {
	const letters = 2000
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		m := benchModel(b, 100_000).(*Model)
		m.cfg.FrameGap = DefaultFrameGap
		m.View()
		b.StartTimer()
		start := cpuTime()
		var askedAt time.Time
		for i := range letters {
			r := rune('a' + i%26)
			if m.Update(tea.KeyPressMsg{Code: r, Text: string(r)}); m.pacing.asked && askedAt.IsZero() {
				askedAt = time.Now()
			}
			_ = m.View()
			if !askedAt.IsZero() && time.Since(askedAt) >= DefaultFrameGap {
				m.Update(redrawMsg{})
				_ = m.View()
				askedAt = time.Time{}
			}
		}
		m.Update(redrawMsg{})
		_ = m.View()
		cpu += cpuTime() - start
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*letters), "ns/key")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*letters), "cpu-ns/key")
}
