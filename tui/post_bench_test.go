package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	"lanyard/tui/preview"
)

// BenchmarkPreview1k opens the preview of a talk of 1,000 bullets, a long
// day's notes, at 120x40. "keystroke" is what the UI's goroutine does for
// ctrl+p: the bullets copied in Update, and the frame saying
// "rendering…"; "render" is drawing the Markdown in its command; "open+render" is the
// whole way to the post on screen, the Markdown made in its command
// included.
func BenchmarkPreview1k(b *testing.B) {
	notes := newFakeNotes()
	notes.outlines[11] = doc.Generate(1000, 1)
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})

	open := func(b *testing.B) (tea.Model, tea.Cmd) {
		opened, cmd := m.Update(ctrlP)
		if cmd == nil {
			b.Fatal("ctrl+p asked for no render")
		}
		return opened, cmd
	}
	// made hands the post made off the UI's goroutine to the preview, and
	// returns the command that renders it.
	made := func(b *testing.B, opened tea.Model, cmd tea.Cmd) (tea.Model, tea.Cmd) {
		msg := cmd()
		if _, ok := msg.(postMadeMsg); !ok {
			b.Fatalf("ctrl+p's command sent %T; want the post", msg)
		}
		opened, render := opened.Update(msg)
		if render == nil {
			b.Fatal("the post made asked for no render")
		}
		return opened, render
	}
	show := func(b *testing.B, opened tea.Model, msg tea.Msg) {
		if _, ok := msg.(preview.RenderedMsg); !ok {
			b.Fatalf("the render command sent %T", msg)
		}
		shown, _ := opened.Update(msg)
		if shown.View().Content == "" {
			b.Fatal("empty frame")
		}
	}

	b.Run("keystroke", func(b *testing.B) {
		for b.Loop() {
			opened, _ := open(b)
			if opened.View().Content == "" {
				b.Fatal("empty frame")
			}
		}
	})
	b.Run("render", func(b *testing.B) {
		opened, cmd := open(b)
		_, cmd = made(b, opened, cmd)
		for b.Loop() {
			if _, ok := cmd().(preview.RenderedMsg); !ok {
				b.Fatal("the render command sent no render")
			}
		}
	})
	b.Run("open+render", func(b *testing.B) {
		for b.Loop() {
			opened, cmd := open(b)
			opened, cmd = made(b, opened, cmd)
			show(b, opened, cmd())
		}
	})
}
