package tui

import (
	"image/color"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// The overlays are built when first opened (see overlays.go). One opened
// for the first time after the terminal was resized and said its
// background is light and it has no colours looks exactly as one that was
// built, opened and closed before all that.
func TestOverlaysFirstOpenedLateLookAsIfBuiltAtStart(t *testing.T) {
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	light := tea.BackgroundColorMsg{Color: color.White}
	resize := tea.WindowSizeMsg{Width: 90, Height: 30}
	plain := tea.ColorProfileMsg{Profile: colorprofile.Ascii}
	for _, c := range []struct {
		name     string
		schedule bool // opened from the schedule, else from the editor
		open     tea.KeyPressMsg
	}{
		{"key help", false, tea.KeyPressMsg{Code: tea.KeyF1}},
		{"search", false, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl}},
		{"preview", false, tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl}},
		{"details", false, tea.KeyPressMsg{Code: tea.KeyF2}},
		{"now and next", false, tea.KeyPressMsg{Code: tea.KeyF3}},
		{"filter picker", true, press('f', "f")},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := func() tea.Model {
				now := at("2019-10-17", "09:40")
				notes := newFakeNotes()
				var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: notes.mustLoad(11), Loader: notes,
					Saver: notes, Clock: func() time.Time { return now }, timer: heldTimer})
				m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
				m = typeInto(m, "pagers at **3am**, see `runbook`")
				if c.schedule {
					m = run(m, esc)
				}
				return m
			}
			early := run(run(start(), c.open), esc)
			early = run(run(run(early, resize), light), plain)
			early = run(early, c.open)

			late := run(run(run(start(), resize), light), plain)
			late = run(late, c.open)

			if e, l := early.View().Content, late.View().Content; e != l {
				t.Errorf("opened first after the resize and the light background:\n%s\nopened once before them:\n%s", l, e)
			}
		})
	}
}

// An overlay built when first opened has the keys the user set: a close
// key rebound closes it, and the one it replaced no longer does.
func TestOverlaysFirstOpenedHaveTheUsersKeys(t *testing.T) {
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	ctrlG := tea.KeyPressMsg{Code: 'g', Mod: tea.ModCtrl}
	for _, c := range []struct {
		action string
		open   tea.KeyPressMsg
	}{
		{"search.close", tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl}},
		{"preview.close", tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl}},
		{"details.close", tea.KeyPressMsg{Code: tea.KeyF2}},
		{"now_next.close", tea.KeyPressMsg{Code: tea.KeyF3}},
	} {
		t.Run(c.action, func(t *testing.T) {
			var m tea.Model = withRebound(t, newFakeNotes(), Rebinding{Action: c.action, Keys: []string{"ctrl+g"}})
			m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
			overlayOpen := func() bool {
				_, ok := m.(*Model).active().(overlayLayer)
				return ok
			}
			m = run(m, c.open)
			if !overlayOpen() {
				t.Fatal("the overlay did not open")
			}
			m = run(m, esc)
			if !overlayOpen() {
				t.Fatal("esc, no longer its close key, closed the overlay")
			}
			m = run(m, ctrlG)
			if overlayOpen() {
				t.Error("ctrl+g, its close key now, left the overlay open")
			}
		})
	}
}
