package schedule

import "charm.land/bubbles/v2/key"

// KeyMap is the schedule pane's keys.
type KeyMap struct {
	Up      key.Binding
	Down    key.Binding
	Open    key.Binding
	PrevDay key.Binding
	NextDay key.Binding
	Now     key.Binding
	Top     key.Binding
	Bottom  key.Binding
}

// DefaultKeyMap returns the schedule pane's keys. Each has a plain-key
// alternative so it reaches lanyard in any terminal.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "previous talk")),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "next talk")),
		Open:    key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "write notes")),
		PrevDay: key.NewBinding(key.WithKeys("left", "h", "["), key.WithHelp("←/h", "previous day")),
		NextDay: key.NewBinding(key.WithKeys("right", "l", "]"), key.WithHelp("→/l", "next day")),
		Now:     key.NewBinding(key.WithKeys("n", "."), key.WithHelp("n", "talk on now")),
		Top:     key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first talk")),
		Bottom:  key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last talk")),
	}
}

// ShortHelp is the help line's view of the keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.PrevDay, k.NextDay, k.Now}
}

// FullHelp is the expanded help's view of the keys.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Open, k.Now}, {k.PrevDay, k.NextDay}}
}
