package tui

import (
	"testing"

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
	for range bullets / 2 {
		m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyUp})
	}
	return m
}

// benchKeystroke measures what one key costs the user: Update and the
// frame drawn after it.
func benchKeystroke(b *testing.B, bullets int, msg tea.Msg) {
	m := benchModel(b, bullets)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m, _ = m.Update(msg)
		_ = m.View()
	}
}

func BenchmarkKeystroke10k(b *testing.B) {
	benchKeystroke(b, 10_000, tea.KeyPressMsg{Code: 'x', Text: "x"})
}

func BenchmarkKeystroke100k(b *testing.B) {
	benchKeystroke(b, 100_000, tea.KeyPressMsg{Code: 'x', Text: "x"})
}

func BenchmarkArrowDown100k(b *testing.B) {
	benchKeystroke(b, 100_000, tea.KeyPressMsg{Code: tea.KeyDown})
}

func BenchmarkEnter100k(b *testing.B) {
	benchKeystroke(b, 100_000, tea.KeyPressMsg{Code: tea.KeyEnter})
}
