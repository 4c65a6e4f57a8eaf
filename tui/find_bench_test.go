package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// noteSearchBench is the whole screen at 120x40 over a day of 20 talks,
// the talk open holding 100,000 bullets, the search open with typed
// typed and every answer in.
func noteSearchBench(b *testing.B, typed string) tea.Model {
	b.Helper()
	notes := newFakeNotes()
	notes.outlines[1000] = doc.Generate(100_000, 1)
	o, _ := notes.LoadOutline(1000)
	var m tea.Model = New(Config{Event: bigDay(20), Talk: 1000, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return at("2019-10-17", "09:05") }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	return typeAll(m, typed)
}

// BenchmarkSearchKeystroke100k is the last letter of a query typed into
// the search box with 100,000 bullets in memory: a word found in many
// bullets, whose search stops at the overlay's limit, and one found in
// none, whose search reads every bullet. "ui" is the cost on the UI's
// goroutine (Update, the root's answer to the query, the frame); "answered"
// adds the searches run as commands, until the list shows every answer.
func BenchmarkSearchKeystroke100k(b *testing.B) {
	for _, c := range []struct {
		name, typed string
		last        rune
	}{
		{"common word", "latenc", 'y'},
		{"no match", "zeppeli", 'n'},
	} {
		base := noteSearchBench(b, c.typed)
		b.Run(c.name+"/ui", func(b *testing.B) {
			own := ownTime(func() {
				for b.Loop() {
					uiKeystroke(clone(base), c.last)
				}
			})
			b.ReportMetric(float64(own.Nanoseconds())/float64(b.N), "own-ns/op")
		})
		// The first key after the notes changed: the copy of the outline
		// the search reads is made again on the UI's goroutine.
		b.Run(c.name+"/ui after an edit", func(b *testing.B) {
			o := base.(*Model).outlines.peek(1000)
			own := ownTime(func() {
				for b.Loop() {
					o.SetText(0, o.At(0).Text+"!")
					uiKeystroke(clone(base), c.last)
				}
			})
			b.ReportMetric(float64(own.Nanoseconds())/float64(b.N), "own-ns/op")
		})
		b.Run(c.name+"/answered", func(b *testing.B) {
			own := ownTime(func() {
				for b.Loop() {
					_ = run(clone(base), press(c.last, string(c.last))).View()
				}
			})
			b.ReportMetric(float64(own.Nanoseconds())/float64(b.N), "own-ns/op")
		})
	}
}
