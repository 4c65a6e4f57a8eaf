// Package keyhelp is the overlay that lists every key lanyard has, in
// titled groups laid out in as many columns as the screen holds, and
// scrolls when they do not fit. It is the same list README.md shows.
package keyhelp

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// Group is a titled group of keys.
type Group struct {
	Title string
	Keys  []key.Binding
}

// CloseMsg says the overlay closed.
type CloseMsg struct{}

// columnGap is the space between columns of groups.
const columnGap = 4

// Model is the overlay.
type Model struct {
	styles *theme.Styles
	groups []Group
	keys   KeyMap
	vp     viewport.Model
	open   bool
	width  int
	// laidOut says vp holds the groups laid out for the styles and width
	// the overlay has now. A closed overlay is laid out when it opens:
	// rendering every key takes a third of the interface's work at start,
	// where the terminal's size and background each ask for it again.
	laidOut bool
}

// KeyMap is the overlay's own keys: it scrolls, and any other key closes it.
type KeyMap struct {
	Scroll key.Binding
	Close  key.Binding
}

// DefaultKeyMap returns the overlay's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Scroll: key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown", "k", "j"), key.WithHelp("↑/↓", "scroll")),
		Close:  key.NewBinding(key.WithKeys("esc", "f1", "?", "q"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Scroll, k.Close} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// New returns a closed overlay listing groups.
func New(styles theme.Styles, groups []Group) Model {
	return Model{styles: &styles, groups: groups, keys: DefaultKeyMap(), vp: viewport.New()}
}

// Open shows the overlay from the top.
func (m Model) Open() Model {
	m.open = true
	if !m.laidOut {
		m = m.relayout()
	}
	m.vp.GotoTop()
	return m
}

// IsOpen reports whether the overlay is shown and takes the keyboard.
func (m Model) IsOpen() bool { return m.open }

// KeyMap returns the overlay's keys, for the help line.
func (m Model) KeyMap() KeyMap { return m.keys }

// HelpKeys returns the overlay's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return m.keys }

// Cursor reports that the overlay shows no text cursor: nothing is typed
// in it.
func (m Model) Cursor() (x, y int, ok bool) { return 0, 0, false }

// SetStyles restyles the overlay.
func (m Model) SetStyles(s theme.Styles) Model {
	m.styles = &s
	return m.relayoutIfOpen()
}

// SetSize sets the overlay's size; it lays the groups out again when the
// width changes.
func (m Model) SetSize(width, height int) Model {
	m.vp.SetHeight(max(height, 1))
	if width == m.width {
		return m
	}
	m.width = width
	m.vp.SetWidth(max(width, 1))
	return m.relayoutIfOpen()
}

// Update scrolls on the scroll keys and closes on any other key.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if _, wheel := msg.(tea.MouseWheelMsg); wheel && m.open {
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg) // the viewport scrolls three lines a notch
		return m, cmd
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !m.open || !ok {
		return m, nil
	}
	if key.Matches(press, m.keys.Scroll) {
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	m.open = false
	return m, func() tea.Msg { return CloseMsg{} }
}

// View draws the overlay: exactly its height, none wider than its width.
func (m Model) View() string {
	lines := strings.Split(m.vp.View(), "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.width, "")
	}
	for len(lines) < m.vp.Height() {
		lines = append(lines, "")
	}
	return strings.Join(lines[:m.vp.Height()], "\n")
}

// relayout renders the groups in columns that fit the width.
func (m Model) relayout() Model {
	m.vp.SetContentLines(layout(m.blocks(), m.width))
	m.laidOut = true
	return m
}

// relayoutIfOpen lays the groups out again now when they are shown, and
// else when the overlay opens.
func (m Model) relayoutIfOpen() Model {
	if m.open {
		return m.relayout()
	}
	m.laidOut = false
	return m
}

// blocks renders each group as lines: its title, then its keys.
func (m Model) blocks() [][]string {
	out := make([][]string, 0, len(m.groups))
	for _, g := range m.groups {
		keyWidth := 0
		for _, k := range g.Keys {
			keyWidth = max(keyWidth, ansi.StringWidth(k.Help().Key))
		}
		lines := []string{m.styles.PaneTitle.Render(g.Title)}
		for _, k := range g.Keys {
			pad := strings.Repeat(" ", keyWidth-ansi.StringWidth(k.Help().Key)+2)
			lines = append(lines, m.styles.StatusKey.Render(k.Help().Key)+pad+k.Help().Desc)
		}
		out = append(out, append(lines, ""))
	}
	return out
}

// layout puts blocks side by side in as many columns as fit width, in
// reading order: left to right, then the next row of blocks below.
func layout(blocks [][]string, width int) []string {
	colWidth := 0
	for _, b := range blocks {
		for _, l := range b {
			colWidth = max(colWidth, ansi.StringWidth(l))
		}
	}
	perRow := max((width+columnGap)/(colWidth+columnGap), 1)
	var lines []string
	for start := 0; start < len(blocks); start += perRow {
		row := blocks[start:min(start+perRow, len(blocks))]
		height := 0
		for _, b := range row {
			height = max(height, len(b))
		}
		for i := range height {
			var line strings.Builder
			for j, b := range row {
				cell := ""
				if i < len(b) {
					cell = b[i]
				}
				if j < len(row)-1 {
					cell += strings.Repeat(" ", colWidth+columnGap-ansi.StringWidth(cell))
				}
				line.WriteString(cell)
			}
			lines = append(lines, line.String())
		}
	}
	return lines
}
