package tui

import (
	"bytes"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// inColour returns a frame as a terminal of 256 colours gets it: the
// renderer brings every colour down to the terminal's profile the same
// way.
func inColour(t *testing.T, m tea.Model) string {
	t.Helper()
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ANSI256}
	if _, err := w.WriteString(m.View().Content); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestGoldenColours keeps the colours of two screens, on a dark terminal
// of 256 colours: the schedule (the selected talk's highlight, the past
// talks dimmed, the notes beside them) and the post preview. A lost
// highlight or a wrong dim changes the golden file, where the other
// goldens, stripped of styling, would not see it. `go test ./tui -update`
// regenerates them.
func TestGoldenColours(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = notesOf(t,
		"pagers wake people at 3am",
		"  sleep debt compounds over a rota",
		"1. cap pages per night",
		"> a page you cannot act on is a bug",
	)
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	for _, msg := range []tea.Msg{
		tea.WindowSizeMsg{Width: 100, Height: 16},
		tea.BackgroundColorMsg{Color: color.Black},
		tea.ColorProfileMsg{Profile: colorprofile.ANSI256},
		esc,
	} {
		m = run(m, msg)
	}
	t.Run("schedule", func(t *testing.T) {
		frame := inColour(t, m)
		if !strings.Contains(frame, "\x1b[38;5;") || ansi.Strip(frame) == frame {
			t.Fatalf("the frame has no colour:\n%s", frame)
		}
		golden.RequireEqual(t, frame)
	})
	t.Run("preview", func(t *testing.T) {
		p := run(m, press('p', "p"))
		frame := inColour(t, p)
		if !strings.Contains(ansi.Strip(frame), "a page you cannot act on") {
			t.Fatalf("the preview shows no post:\n%s", ansi.Strip(frame))
		}
		checkBullets(t, ansi.Strip(frame))
		golden.RequireEqual(t, frame)
	})
}
