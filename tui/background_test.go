package tui

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// The styles start dark and follow what the terminal says of its
// background, however often it says it: a light answer, then a dark one,
// draws as a dark answer alone, and as no answer at all.
func TestStylesFollowTheBackground(t *testing.T) {
	frame := func(backgrounds ...color.Color) string {
		notes := newFakeNotes()
		notes.outlines[11] = notesOf(t, "pagers wake people at 3am")
		var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
		m = run(m, tea.WindowSizeMsg{Width: 100, Height: 16})
		m = run(m, tea.ColorProfileMsg{Profile: colorprofile.ANSI256})
		for _, c := range backgrounds {
			m = run(m, tea.BackgroundColorMsg{Color: c})
		}
		return inColour(t, m)
	}
	dark, light := frame(color.Black), frame(color.White)
	if dark == light {
		t.Fatal("a light background draws as a dark one")
	}
	if got := frame(color.White, color.Black); got != dark {
		t.Errorf("light then dark draws\n%s\nnot as dark alone\n%s", got, dark)
	}
	if got := frame(color.Black, color.White); got != light {
		t.Errorf("dark then light draws\n%s\nnot as light alone\n%s", got, light)
	}
	if got := frame(); got != dark {
		t.Errorf("before the terminal says, the frame is\n%s\nnot the dark one\n%s", got, dark)
	}
}
