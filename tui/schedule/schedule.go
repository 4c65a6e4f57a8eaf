// Package schedule is the schedule pane: one conference day's talks, the
// one on now marked, one selected. Parallel talks sit under one start
// time; the user marks the talks they go to, sees where two of them clash,
// and can narrow the list to a track, a room or their own plan. Moving
// the selection previews that talk's notes; Enter hands the user to the
// outline editor.
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

// AttendMsg says the user marked a talk or parallel item as one they go
// to, or unmarked it. The pane already shows the change; the root saves it.
type AttendMsg struct {
	TalkID   uint64
	Attended bool
}

// Model is the schedule pane.
type Model struct {
	styles *theme.Styles
	looks  looks // the row styles, reduced once per theme
	keys   KeyMap
	// event is the pane's own copy: attendance marks change it at once,
	// copying the slices they touch, before the root has saved them.
	event sched.Event
	loc   *time.Location
	day   int   // index into event.Days
	rows  []row // the day's talks the filter keeps, with their items
	sel   int   // index into rows
	top   int   // first row drawn
	// overlaps are the day's attended talks that clash, whatever the
	// filter; clash is the warning drawn under the heading, "" for none.
	overlaps map[uint64]bool
	clash    string
	filter   filter
	// kept is a talk shown although the filter hides it: the one the user
	// just unmarked under "Attending", or one the root selected. It lasts
	// until the day or the filter changes.
	kept    uint64
	picker  picker
	now     time.Time
	width   int
	height  int
	focused bool
	hint    string // shown under the list, e.g. how to import a schedule
	// wroteLast is the talk the user wrote in last (see SetWroteLast).
	wroteLast uint64
	// drawn is the pane as drawn last (see drawn.go).
	drawn *drawnPane
}

// New returns an empty schedule pane.
func New(styles theme.Styles, keys KeyMap) Model { return NewSharing(&styles, keys) }

// NewSharing is New with styles kept by address, shared with the caller,
// who must not change them: the root model hands every pane its one copy,
// sparing a start a 21 kB copy of the styles for each.
func NewSharing(styles *theme.Styles, keys KeyMap) Model {
	m := Model{keys: keys, loc: time.Local, drawn: &drawnPane{}}
	return m.restyle(styles)
}

// SetEvent shows day (an index into ev.Days) of ev. The selection moves to
// the first talk; the filter stays.
func (m Model) SetEvent(ev sched.Event, day int) Model {
	m.event = ev
	m.loc = ev.Location()
	return m.showDay(day)
}

// Event returns the event shown, with the attendance marks made in the
// pane.
func (m Model) Event() sched.Event { return m.event }

// Day returns the day shown and its index; ok is false for an event with
// no days.
func (m Model) Day() (day sched.Day, index int, ok bool) {
	if m.day < 0 || m.day >= len(m.event.Days) {
		return sched.Day{}, 0, false
	}
	return m.event.Days[m.day], m.day, true
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
// the day shown; it reports whether it was. A talk the filter hides is
// shown all the same, so that the talk the user went to is in view.
func (m Model) Select(id uint64) (Model, bool) {
	if i := m.rowIndex(id); i >= 0 {
		m.sel = i
		return m.scrollToSelection(), true
	}
	d, _, ok := m.Day()
	if talk, _ := d.Find(id); !ok || id == 0 || talk == nil {
		return m, false
	}
	m.kept = id
	m = m.buildRows()
	m.sel = max(m.rowIndex(id), 0)
	return m.scrollToSelection(), true
}

// SelectedRow returns the index of the selected row among those shown,
// and the first row drawn.
func (m Model) SelectedRow() (row, top int) { return m.sel, m.top }

// SelectRow selects the row at index i among those shown, or the last
// when there are fewer: after a talk is deleted, the one that took its
// place.
func (m Model) SelectRow(i int) Model {
	m.sel = max(min(i, len(m.rows)-1), 0)
	return m.scrollToSelection()
}

// ScrollTo draws the list from row top, as far as the selection stays in
// view: the list stays still when the event is read back after a change.
func (m Model) ScrollTo(top int) Model {
	m.top = max(min(top, len(m.rows)-1), 0)
	return m.scrollToSelection()
}

// Selected returns the selected talk; ok is false when no talk is shown.
func (m Model) Selected() (talk sched.Talk, slot *sched.Talk, ok bool) {
	if m.sel < 0 || m.sel >= len(m.rows) {
		return sched.Talk{}, nil, false
	}
	r := m.rows[m.sel]
	return *r.talk, r.slot, true
}

// Filtering reports whether a filter hides some talks. Esc clears it when
// the pane has the keys (the ClearFilter key); a root that wants esc for
// itself can ask this first and call ClearFilter.
func (m Model) Filtering() bool { return m.filter.active() }

// ClearFilter shows every talk again, keeping the selection; the command
// previews the talk selected when there was none before (a day the filter
// had emptied).
func (m Model) ClearFilter() (Model, tea.Cmd) { return m.setFilter(filter{}) }

// Capturing reports whether the filter picker is open: then every key,
// "q", "?" and "/" included, is typing and must come to the pane.
func (m Model) Capturing() bool { return m.picker.open }

// SetSize sets the pane's size in cells. The root sets it after every
// message; at the same size there is nothing to do, and measuring the
// rows around the selection again was a good part of a keystroke's cost.
func (m Model) SetSize(width, height int) Model {
	if width == m.width && height == m.height {
		return m
	}
	m.width, m.height = width, height
	return m.scrollToSelection()
}

// SetStyles replaces the styles, e.g. when the terminal's background is
// known.
func (m Model) SetStyles(s theme.Styles) Model { return m.restyle(&s) }

// restyle is SetStyles for styles already on the heap, which it keeps:
// each copy of the styles (21 kB) was a deeper stack at every start.
func (m Model) restyle(s *theme.Styles) Model {
	m.styles = s
	m.looks = newLooks(s)
	m.picker = m.picker.setStyles(s)
	return m
}

// Focus gives the pane the keyboard, and brings the selection back into
// view if the wheel scrolled it out while the user wrote.
func (m Model) Focus() Model {
	m.focused = true
	return m.scrollToSelection()
}

// Blur takes the keyboard away, closing the filter picker unapplied.
func (m Model) Blur() Model {
	m.focused = false
	if m.picker.open {
		m = m.closePicker()
	}
	return m
}

// Focused reports whether the pane has the keyboard.
func (m Model) Focused() bool { return m.focused }

// SetKeyMap gives the pane other keys: the user's, from the config file.
func (m Model) SetKeyMap(k KeyMap) Model { m.keys = k; return m }

// KeyMap returns the pane's keys, enabled as they work now.
func (m Model) KeyMap() KeyMap {
	return m.keys.forState(m.picker.open, m.filter.active(), m.selectedID() != 0)
}

// Update handles keys (and pastes into the filter picker) while focused,
// and the mouse's clicks and scrolls (see click.go) whether focused or
// not.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ClickMsg:
		return m.click(msg.Row)
	case ScrollMsg:
		return m.scrollBy(msg.Rows)
	}
	if !m.focused {
		return m, nil
	}
	k := m.KeyMap()
	if m.picker.open {
		return m.updatePicker(msg, k)
	}
	press, isKey := msg.(tea.KeyPressMsg)
	if !isKey {
		return m, nil
	}
	if cmd, ok := m.request(press, k); ok {
		return m, cmd
	}
	before := m.selectedID()
	switch {
	case key.Matches(press, k.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(press, k.Down):
		m.sel = max(min(m.sel+1, len(m.rows)-1), 0)
	case key.Matches(press, k.Top):
		m.sel = 0
	case key.Matches(press, k.Bottom):
		m.sel = max(len(m.rows)-1, 0)
	case key.Matches(press, k.PrevDay):
		return m.moveDay(-1)
	case key.Matches(press, k.NextDay):
		return m.moveDay(+1)
	case key.Matches(press, k.Now):
		return m.jumpToNow()
	case key.Matches(press, k.Open):
		if id := m.selectedID(); id != 0 {
			return m, open(id, true)
		}
		return m, nil
	case key.Matches(press, k.Attend):
		return m.toggleAttended()
	case key.Matches(press, k.WatchLater):
		return m.toggleWatchLater()
	case key.Matches(press, k.Filter):
		return m.openPicker()
	case key.Matches(press, k.ClearFilter):
		return m.setFilter(filter{})
	}
	m = m.scrollToSelection()
	if id := m.selectedID(); id != before && id != 0 {
		return m, open(id, false)
	}
	return m, nil
}

// jumpToNow shows the day of the clock and selects the talk on now.
func (m Model) jumpToNow() (Model, tea.Cmd) {
	if day, ok := m.event.DayAt(m.now); ok && day != m.day {
		m = m.showDay(day)
	}
	m = m.selectOpening()
	if id := m.selectedID(); id != 0 {
		return m, open(id, false)
	}
	return m, nil
}

// setFilter applies f, keeping the selected talk selected if f shows it,
// and previews whatever is selected after.
func (m Model) setFilter(f filter) (Model, tea.Cmd) {
	before := m.selectedID()
	// The rows are built whenever the day, a mark or the filter changes:
	// the filter in force, with no talk kept, has its rows already. A
	// start sets the filter it resumes, most often none, over the rows
	// the event was just shown with.
	if f != m.filter || m.kept != 0 {
		m.filter, m.kept = f, 0
		m = m.buildRows()
	}
	// The list starts at the day's first match; scrolling then brings the
	// selection into view. The old top counted rows of another list.
	m.top = 0
	if i := m.rowIndex(before); i >= 0 {
		m.sel = i
	} else {
		m = m.selectOpening()
	}
	m = m.scrollToSelection()
	if id := m.selectedID(); id != before && id != 0 {
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
