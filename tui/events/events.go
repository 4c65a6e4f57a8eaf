// Package events is the overlay that lists the notebook's events (name,
// days, how many talks) and lets the user switch to another: a notebook
// holds every conference its user went to.
package events

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/export/safetext"
	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// ChooseMsg says the user chose an event to switch to; the overlay has
// closed.
type ChooseMsg struct{ EventID uint64 }

// CloseMsg says the overlay closed without a choice.
type CloseMsg struct{}

// KeyMap is the overlay's keys.
type KeyMap struct {
	Up     key.Binding
	Down   key.Binding
	Choose key.Binding
	Close  key.Binding
}

// DefaultKeyMap returns the overlay's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k", "ctrl+p"), key.WithHelp("↑/k", "previous event")),
		Down:   key.NewBinding(key.WithKeys("down", "j", "ctrl+n"), key.WithHelp("↓/j", "next event")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open event")),
		Close:  key.NewBinding(key.WithKeys("esc", "E", "q"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Choose, k.Close} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// entry is one event as listed: what the user tells events apart by.
type entry struct {
	id    uint64
	name  string // cleaned: a name from an old notebook may hold escapes
	days  string
	talks int
}

// Model is the overlay.
type Model struct {
	styles  *theme.Styles
	keys    KeyMap
	entries []entry
	current uint64 // the event shown behind the overlay
	sel     int
	top     int
	open    bool
	width   int
	height  int
}

// New returns a closed overlay.
func New(styles theme.Styles) Model {
	return Model{styles: &styles, keys: DefaultKeyMap()}
}

// Open shows evs (as the notebook lists them), the event current
// selected.
func (m Model) Open(evs []sched.Event, current uint64) Model {
	m.entries = make([]entry, 0, len(evs))
	m.sel, m.top, m.current = 0, 0, current
	for i, ev := range evs {
		talks := 0
		for range ev.All() {
			talks++
		}
		m.entries = append(m.entries, entry{id: ev.ID, name: safetext.Line(ev.Name), days: dayRange(ev), talks: talks})
		if ev.ID == current {
			m.sel = i
		}
	}
	m.open = true
	return m.scroll()
}

// dayRange is an event's first and last day.
func dayRange(ev sched.Event) string {
	switch len(ev.Days) {
	case 0:
		return "no days"
	case 1:
		return safetext.Line(ev.Days[0].Date)
	}
	return safetext.Line(ev.Days[0].Date) + " – " + safetext.Line(ev.Days[len(ev.Days)-1].Date)
}

// IsOpen reports whether the overlay is shown and takes the keyboard.
func (m Model) IsOpen() bool { return m.open }

// HelpKeys returns the overlay's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return m.keys }

// SetKeyMap gives the overlay other keys: the user's, from the config file.
func (m Model) SetKeyMap(k KeyMap) Model { m.keys = k; return m }

// Cursor reports that the overlay shows no text cursor.
func (m Model) Cursor() (x, y int, ok bool) { return 0, 0, false }

// SetStyles restyles the overlay.
func (m Model) SetStyles(s theme.Styles) Model {
	m.styles = &s
	return m
}

// SetSize sets the overlay's size in cells.
func (m Model) SetSize(width, height int) Model {
	m.width, m.height = width, height
	return m.scroll()
}

// Update moves the selection, chooses, or closes.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.open {
		return m, nil
	}
	if next, cmd, ok := m.pointer(msg); ok {
		return next, cmd
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(press, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(press, m.keys.Down):
		m.sel = max(min(m.sel+1, len(m.entries)-1), 0)
	case key.Matches(press, m.keys.Choose):
		if m.sel >= len(m.entries) {
			return m, nil
		}
		m.open = false
		id := m.entries[m.sel].id
		return m, func() tea.Msg { return ChooseMsg{EventID: id} }
	case key.Matches(press, m.keys.Close):
		m.open = false
		return m, func() tea.Msg { return CloseMsg{} }
	}
	return m.scroll(), nil
}

// listHeight is how many events fit under the heading.
func (m Model) listHeight() int { return max(m.height-2, 1) }

// scroll keeps the selected event in view.
func (m Model) scroll() Model {
	h := m.listHeight()
	if m.sel < m.top {
		m.top = m.sel
	}
	if m.sel >= m.top+h {
		m.top = m.sel - h + 1
	}
	m.top = max(min(m.top, len(m.entries)-h), 0)
	return m
}

// View draws the overlay: exactly its height, none wider than its width.
// Each event takes one line: a mark for the one shown, its name, then its
// days and talks, which give way to the name on a narrow screen.
func (m Model) View() string {
	lines := []string{m.styles.PaneTitle.Render(fmt.Sprintf("Events in this notebook (%d)", len(m.entries))), ""}
	if len(m.entries) == 0 {
		lines[1] = "No events yet: lanyard import schedule FILE"
	}
	for i := m.top; i < min(m.top+m.listHeight(), len(m.entries)); i++ {
		lines = append(lines, m.line(m.entries[i], i == m.sel))
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.width, "")
	}
	return strings.Join(lines[:max(m.height, 0)], "\n")
}

// line draws one event, the selected one highlighted across the width.
func (m Model) line(e entry, selected bool) string {
	mark := "  "
	if e.id == m.current {
		mark = "• "
	}
	talks := fmt.Sprintf("%d talks", e.talks)
	if e.talks == 1 {
		talks = "1 talk"
	}
	// The name first: the details give way whole, the talks count last,
	// never cut inside a date or a number.
	room := m.width - ansi.StringWidth(mark)
	name, detail := e.name, ""
	for _, d := range []string{"  " + e.days + " · " + talks, "  " + talks} {
		if ansi.StringWidth(name)+ansi.StringWidth(d) <= room {
			detail = d
			break
		}
	}
	name = ansi.Truncate(name, room-ansi.StringWidth(detail), "…")
	text := mark + name + detail
	if pad := m.width - ansi.StringWidth(text); pad > 0 {
		text += strings.Repeat(" ", pad)
	}
	if selected {
		return m.styles.Selected.Render(text)
	}
	return text
}
