// Package schedule is the schedule pane: one conference day's talks, the
// one on now marked, one selected. Moving the selection previews that
// talk's notes; Enter hands the user to the outline editor.
package schedule

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// OpenMsg asks for a talk's outline to be shown; Focus says whether the
// user wants to write in it now (Enter) or only to look (a moved selection).
type OpenMsg struct {
	TalkID uint64
	Focus  bool
}

// row is one entry of the list: a talk, or a parallel item under its slot.
type row struct {
	talk *sched.Talk
	slot *sched.Talk // the slot holding an item; nil for a top-level talk
}

// Model is the schedule pane.
type Model struct {
	styles  theme.Styles
	keys    KeyMap
	event   sched.Event
	loc     *time.Location
	day     int   // index into event.Days
	rows    []row // the day's talks with their items, in order
	sel     int   // index into rows
	top     int   // first row drawn
	now     time.Time
	width   int
	height  int
	focused bool
	hint    string // shown under the list, e.g. how to import a schedule
}

// New returns an empty schedule pane.
func New(styles theme.Styles, keys KeyMap) Model {
	return Model{styles: styles, keys: keys, loc: time.Local}
}

// SetEvent shows day (an index into ev.Days) of ev. The selection moves to
// the first talk.
func (m Model) SetEvent(ev sched.Event, day int) Model {
	m.event = ev
	m.loc = ev.Location()
	return m.showDay(day)
}

// Event returns the event shown.
func (m Model) Event() sched.Event { return m.event }

// Day returns the day shown and its index; ok is false for an event with
// no days.
func (m Model) Day() (day sched.Day, index int, ok bool) {
	if m.day < 0 || m.day >= len(m.event.Days) {
		return sched.Day{}, 0, false
	}
	return m.event.Days[m.day], m.day, true
}

func (m Model) showDay(day int) Model {
	m.day = day
	// A new slice, never m.rows[:0]: copies of the model share the old
	// one's array, and a copy kept from before the change would draw
	// this day's talks over its own.
	m.rows = nil
	m.sel, m.top = 0, 0
	d, _, ok := m.Day()
	if !ok {
		return m
	}
	m.rows = make([]row, 0, len(d.Talks))
	for i := range d.Talks {
		talk := &d.Talks[i]
		m.rows = append(m.rows, row{talk: talk})
		for j := range talk.Items {
			m.rows = append(m.rows, row{talk: &talk.Items[j], slot: talk})
		}
	}
	return m
}

// SetClock tells the pane the time, for the "on now" mark.
func (m Model) SetClock(now time.Time) Model {
	m.now = now
	return m
}

// SetHint sets a line shown under the list.
func (m Model) SetHint(hint string) Model {
	m.hint = hint
	return m
}

// Select moves the selection to the talk with the given ID, if it is on
// the day shown; it reports whether it was.
func (m Model) Select(id uint64) (Model, bool) {
	for i, r := range m.rows {
		if r.talk.ID == id {
			m.sel = i
			return m.scrollToSelection(), true
		}
	}
	return m, false
}

// Selected returns the selected talk; ok is false on an empty day.
func (m Model) Selected() (talk sched.Talk, slot *sched.Talk, ok bool) {
	if m.sel < 0 || m.sel >= len(m.rows) {
		return sched.Talk{}, nil, false
	}
	r := m.rows[m.sel]
	return *r.talk, r.slot, true
}

// SetSize sets the pane's size in cells.
func (m Model) SetSize(width, height int) Model {
	m.width, m.height = width, height
	return m.scrollToSelection()
}

// SetStyles replaces the styles, e.g. when the terminal's background is
// known.
func (m Model) SetStyles(s theme.Styles) Model {
	m.styles = s
	return m
}

// Focus gives the pane the keyboard.
func (m Model) Focus() Model { m.focused = true; return m }

// Blur takes the keyboard away.
func (m Model) Blur() Model { m.focused = false; return m }

// Focused reports whether the pane has the keyboard.
func (m Model) Focused() bool { return m.focused }

// KeyMap returns the pane's keys.
func (m Model) KeyMap() KeyMap { return m.keys }

// Update handles keys while focused.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	press, isKey := msg.(tea.KeyPressMsg)
	if !isKey || !m.focused {
		return m, nil
	}
	before := m.selectedID()
	switch {
	case key.Matches(press, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(press, m.keys.Down):
		m.sel = min(m.sel+1, len(m.rows)-1)
	case key.Matches(press, m.keys.Top):
		m.sel = 0
	case key.Matches(press, m.keys.Bottom):
		m.sel = len(m.rows) - 1
	case key.Matches(press, m.keys.PrevDay):
		return m.moveDay(-1)
	case key.Matches(press, m.keys.NextDay):
		return m.moveDay(+1)
	case key.Matches(press, m.keys.Now):
		return m.jumpToNow()
	case key.Matches(press, m.keys.Open):
		if id := m.selectedID(); id != 0 {
			return m, open(id, true)
		}
		return m, nil
	}
	m = m.scrollToSelection()
	if id := m.selectedID(); id != before && id != 0 {
		return m, open(id, false)
	}
	return m, nil
}

func (m Model) moveDay(delta int) (Model, tea.Cmd) {
	next := m.day + delta
	if next < 0 || next >= len(m.event.Days) {
		return m, nil
	}
	m = m.showDay(next)
	if id := m.event.Days[next].Opening(m.now); id != 0 {
		m, _ = m.Select(id)
	}
	if id := m.selectedID(); id != 0 {
		return m, open(id, false)
	}
	return m, nil
}

// jumpToNow shows the day of the clock and selects the talk on now.
func (m Model) jumpToNow() (Model, tea.Cmd) {
	if day, ok := m.event.DayAt(m.now); ok && day != m.day {
		m = m.showDay(day)
	}
	d, _, ok := m.Day()
	if !ok {
		return m, nil
	}
	if id := d.Opening(m.now); id != 0 {
		m, _ = m.Select(id)
		return m, open(id, false)
	}
	return m, nil
}

func (m Model) selectedID() uint64 {
	if m.sel < 0 || m.sel >= len(m.rows) {
		return 0
	}
	return m.rows[m.sel].talk.ID
}

func open(id uint64, focus bool) tea.Cmd {
	return func() tea.Msg { return OpenMsg{TalkID: id, Focus: focus} }
}
