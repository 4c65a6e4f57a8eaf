package search

import "charm.land/bubbles/v2/key"

// KeyMap is the overlay's own keys. Everything else goes to the query
// line, which edits with the usual line keys (←/→, ctrl+a/ctrl+e,
// backspace, ctrl+w, ctrl+u…). KeyMap implements help.KeyMap.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Jump     key.Binding
	Close    key.Binding
}

// DefaultKeyMap returns the overlay's keys: the arrows, and the Emacs
// ctrl+p/ctrl+n that fzf and every editor's picker accept, so the hands
// need not leave the letters while typing.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous hit")),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next hit")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Jump:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Jump, k.Close}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Jump, k.Close}}
}

// withHits enables the keys that need a hit to act on, so the help line
// never offers to go to a bullet when there is none.
func (k KeyMap) withHits(any bool) KeyMap {
	k.Up.SetEnabled(any)
	k.Down.SetEnabled(any)
	k.PageUp.SetEnabled(any)
	k.PageDown.SetEnabled(any)
	k.Jump.SetEnabled(any)
	return k
}
