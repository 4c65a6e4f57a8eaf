// Package nownext is the overlay that lists, room by room, what is on now
// and what starts next, one line each with the minutes left or to go: the
// board a user reads before walking to another room. The root hands it the
// lines (see store/schedule's AcrossRooms) and opens the talk chosen.
package nownext

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/export/safetext"
	"lanyard/tui/theme"
)

// Line is one talk on the board.
type Line struct {
	TalkID uint64
	Room   string
	Title  string
	// When is "12 min left", "in 8 min", "now" or "at 16:30".
	When string
	// On is true for a talk running now.
	On bool
}

// OpenMsg asks the root to open a talk to write in, and select it in the
// schedule.
type OpenMsg struct{ TalkID uint64 }

// CloseMsg says the overlay closed.
type CloseMsg struct{}

// headerLines is the title line above the list.
const headerLines = 1

// Model is the overlay. It is closed until Open.
type Model struct {
	styles *theme.Styles
	keys   KeyMap
	open   bool
	title  string
	lines  []Line
	// sel is the selected line; top the first drawn.
	sel, top      int
	width, height int
}

// New returns a closed overlay.
func New(styles theme.Styles) Model {
	return Model{styles: &styles, keys: DefaultKeyMap()}
}

// Open shows lines under title, the first selected.
func (m Model) Open(title string, lines []Line) Model {
	m.open = true
	m.sel, m.top = 0, 0
	return m.SetLines(title, lines)
}

// SetLines replaces the lines (the clock moved), keeping the selected
// talk selected while it is still listed.
func (m Model) SetLines(title string, lines []Line) Model {
	var keep uint64
	if m.sel < len(m.lines) {
		keep = m.lines[m.sel].TalkID
	}
	m.title, m.lines = safetext.Line(title), lines
	m.sel = 0
	for i, l := range lines {
		if l.TalkID == keep {
			m.sel = i
			break
		}
	}
	m.keys = m.keys.forState(len(lines))
	return m.scroll()
}

// IsOpen reports whether the overlay is shown and takes the keyboard.
func (m Model) IsOpen() bool { return m.open }

// HelpKeys returns the overlay's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return m.keys }

// SetKeyMap gives the overlay other keys: the user's, from the config file.
func (m Model) SetKeyMap(k KeyMap) Model { m.keys = k.forState(len(m.lines)); return m }

// Cursor reports that the overlay shows no text cursor.
func (m Model) Cursor() (x, y int, ok bool) { return 0, 0, false }

// SetSize sets the overlay's size in cells.
func (m Model) SetSize(width, height int) Model {
	m.width, m.height = width, max(height, 1)
	return m.scroll()
}

// SetStyles restyles the overlay.
func (m Model) SetStyles(s theme.Styles) Model {
	m.styles = &s
	return m
}

// Update moves the selection, opens and closes on keys while open.
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
	k := m.keys
	page := max(m.rows()-1, 1)
	switch {
	case key.Matches(press, k.Close):
		m.open = false
		return m, func() tea.Msg { return CloseMsg{} }
	case key.Matches(press, k.Open):
		if m.sel >= len(m.lines) {
			return m, nil
		}
		id := m.lines[m.sel].TalkID
		m.open = false
		return m, func() tea.Msg { return OpenMsg{TalkID: id} }
	case key.Matches(press, k.Up):
		m.sel--
	case key.Matches(press, k.Down):
		m.sel++
	case key.Matches(press, k.PageUp):
		m.sel -= page
	case key.Matches(press, k.PageDown):
		m.sel += page
	case key.Matches(press, k.Top):
		m.sel = 0
	case key.Matches(press, k.Bottom):
		m.sel = len(m.lines) - 1
	}
	return m.scroll(), nil
}

// rows is how many lines of the list fit.
func (m Model) rows() int { return max(m.height-headerLines, 1) }

// scroll keeps the selection in range and in view.
func (m Model) scroll() Model {
	m.sel = max(min(m.sel, len(m.lines)-1), 0)
	rows := m.rows()
	if m.sel < m.top {
		m.top = m.sel
	}
	if m.sel >= m.top+rows {
		m.top = m.sel - rows + 1
	}
	m.top = max(min(m.top, len(m.lines)-rows), 0)
	return m
}

// View draws the overlay: the title, then one line a talk, exactly the
// overlay's height and no wider than its width.
func (m Model) View() string {
	if !m.open {
		return ""
	}
	s := m.styles
	out := make([]string, 0, m.height)
	out = append(out, s.PaneTitle.Render(ansi.Truncate(m.title, m.width, "…")))
	if len(m.lines) == 0 {
		out = append(out, s.Placeholder.Render("Nothing on now and nothing more to come today."))
	}
	roomWidth := m.roomWidth()
	end := min(m.top+m.rows(), len(m.lines))
	for i := m.top; i < end; i++ {
		out = append(out, m.lineView(m.lines[i], roomWidth, i == m.sel))
	}
	for len(out) < m.height {
		out = append(out, "")
	}
	return strings.Join(out[:m.height], "\n")
}

// roomWidth is the room column's width: the widest room shown, up to a
// quarter of the width (rooms like "K.3.401 (Lightning talks)" are cut).
func (m Model) roomWidth() int {
	w := 0
	for _, l := range m.lines {
		w = max(w, ansi.StringWidth(safetext.Line(l.Room)))
	}
	return min(w, max(m.width/4, 6))
}

// lineView draws one line: the on-now mark, room, title and when, the
// selection marked with › besides its colour.
func (m Model) lineView(l Line, roomWidth int, selected bool) string {
	s := m.styles
	mark, pointer := " ", " "
	if l.On {
		mark = "▶"
	}
	if selected {
		pointer = "›"
	}
	when := l.When
	room := fit(safetext.Line(l.Room), roomWidth)
	// mark, pointer, space, room, two spaces, title, two spaces, when.
	titleWidth := m.width - 3 - roomWidth - 2 - 2 - ansi.StringWidth(when)
	if titleWidth < 8 {
		// A narrow screen: the room goes before the title goes.
		room, roomWidth = "", 0
		titleWidth = m.width - 3 - 2 - ansi.StringWidth(when)
	}
	title := fit(safetext.Line(l.Title), max(titleWidth, 1))
	if selected {
		// Plain text under the selection's colour: a style reset inside
		// would end the highlight halfway.
		line := mark + pointer + " "
		if roomWidth > 0 {
			line += room + "  "
		}
		return s.Selected.Render(ansi.Truncate(line+title+"  "+when, m.width, ""))
	}
	line := " " + pointer + " "
	if l.On {
		line = s.NowMark.Render(mark) + pointer + " "
	}
	if roomWidth > 0 {
		line += s.Time.Render(room) + "  "
	}
	return ansi.Truncate(line+title+"  "+s.TalkMeta.Render(when), m.width, "")
}

// fit cuts s to width cells with "…", or pads it to them.
func fit(s string, width int) string {
	s = ansi.Truncate(s, width, "…")
	if pad := width - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// Title is the overlay's heading: when, and which talks are listed.
func Title(clock, scope string, rooms int) string {
	if scope == "" {
		scope = "every room"
	}
	return fmt.Sprintf("Now and next · %s · %s · %d rooms", clock, scope, rooms)
}
