package details

import "charm.land/bubbles/v2/key"

// KeyMap is the overlay's keys: a pager's. It implements help.KeyMap.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Close    key.Binding
}

// DefaultKeyMap returns the overlay's keys. The keys that open it (i in
// the schedule, alt+i and f2 anywhere) close it again, so that pressing
// one twice is a glance; q closes it as it closes every pager.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom")),
		Close:    key.NewBinding(key.WithKeys("esc", "q", "i", "alt+i", "f2"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp implements help.KeyMap. Closing comes first: a narrow help
// line cuts from the end, and scrolling is what every pager does.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Close, k.Down, k.Up, k.PageDown, k.Top, k.Bottom}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Close}}
}
