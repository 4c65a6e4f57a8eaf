package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestEachFrameIsTheOneDrawnAfresh drives the root as a user does, at two
// sizes, and checks every frame against the same model drawn without
// what was kept of the frame before: the help line, the schedule's column
// and the lines joined beside the notes must follow every change.
func TestEachFrameIsTheOneDrawnAfresh(t *testing.T) {
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	enter := tea.KeyPressMsg{Code: tea.KeyEnter}
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	steps := []struct {
		name string
		msg  tea.Msg
	}{
		{"a letter", press('a', "a")},
		{"a word", tea.PasteMsg{Content: "pagers and sleep"}},
		{"a new bullet", enter},
		{"another letter", press('b', "b")},
		{"the schedule", esc},
		{"the next talk", down},
		{"the one after", down},
		{"a mark", press(' ', " ")},
		{"back to the notes", enter},
		{"key help", tea.KeyPressMsg{Code: tea.KeyF1}},
		{"closed", esc},
		{"light", tea.BackgroundColorMsg{Color: ansi.White}},
		{"grapheme widths", tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet}},
		{"narrow", tea.WindowSizeMsg{Width: 60, Height: 20}},
		{"typing narrow", press('c', "c")},
		{"the schedule narrow", esc},
		{"wide again", tea.WindowSizeMsg{Width: 120, Height: 40}},
		{"a wider schedule", press('>', ">")},
		{"into the notes", enter},
		{"typing again", press('d', "d")},
	}
	var m tea.Model = newTestModel(newFakeNotes(), at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, s := range steps {
		m = run(m, s.msg)
		root := m.(*Model)
		got := root.View().Content
		fresh := *root
		fresh.drawn = &drawnFrame{}
		if want := fresh.View().Content; got != want {
			t.Fatalf("after %s the frame is\n%s\nwant\n%s", s.name, got, want)
		}
	}
}
