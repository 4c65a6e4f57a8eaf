package status

import (
	"testing"
	"time"

	"lanyard/tui/theme"
)

// TestTheBarRedrawsWhatChanged walks one bar through the changes a day
// brings, each drawn after the last with the bar kept from the draw
// before, and checks that every frame is the one a bar drawn afresh shows:
// a bar kept too long would show the wrong minute or "saving…" forever.
func TestTheBarRedrawsWhatChanged(t *testing.T) {
	m := bar(t, 80)
	steps := []struct {
		name   string
		change func(Model) Model
	}{
		{"same", func(m Model) Model { return m }},
		{"a second later", func(m Model) Model { return m.SetClock(noon.Add(time.Second), tokyo(t)) }},
		{"the next minute", func(m Model) Model { return m.SetClock(noon.Add(time.Minute), tokyo(t)) }},
		{"an edit", func(m Model) Model { return m.Edited(1) }},
		{"saved", func(m Model) Model { return m.SetSave(SaveMsg{Committed: 1, Saved: noon}) }},
		{"a failure", func(m Model) Model { return m.Edited(2).SetSave(SaveMsg{Pending: 1, Committed: 1, Err: errDiskFull}) }},
		{"narrower", func(m Model) Model { return m.SetWidth(40) }},
		{"a message", func(m Model) Model { return m.SetMessage("could not load notes") }},
		{"light", func(m Model) Model { return m.SetStyles(theme.New(false)) }},
		{"dark", func(m Model) Model { return m.SetStyles(theme.New(true)) }},
		{"another day", func(m Model) Model { return m.SetPlace("Harbour Systems Conf", "Friday 13 June 2025") }},
	}
	for _, s := range steps {
		m = s.change(m)
		got := m.View()
		fresh := m
		fresh.drawn = &drawnBar{}
		if want := fresh.View(); got != want {
			t.Errorf("%s: the bar shows\n%q\nwant\n%q", s.name, got, want)
		}
	}
}
