package preview

import "charm.land/bubbles/v2/key"

// KeyMap is the preview's keys. It implements help.KeyMap.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Scope    key.Binding // between the talk and its whole day
	Copy     key.Binding
	Close    key.Binding
}

// DefaultKeyMap returns the preview's keys: a pager's (less, glow). The
// root's own keys for copying (alt+y) and for the preview (ctrl+p) do what
// they say here too, so pressing one again copies or closes instead of
// being swallowed.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom")),
		Scope:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "this talk / whole day")),
		Copy:     key.NewBinding(key.WithKeys("y", "alt+y"), key.WithHelp("y", "copy Markdown")),
		Close:    key.NewBinding(key.WithKeys("esc", "q", "ctrl+p"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp implements help.KeyMap. What the preview is for comes first:
// a narrow help line cuts from the end, and scrolling is what every pager
// does.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Copy, k.Scope, k.Close, k.Down, k.PageDown}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Scope, k.Copy, k.Close}}
}

// forState sets the help of the scope key to the scope it switches to,
// and enables copying only when there is a post to copy, so that the help
// line is always true.
func (k KeyMap) forState(scope Scope, canCopy bool) KeyMap {
	other := "whole day"
	if scope == Day {
		other = "this talk only"
	}
	k.Scope.SetHelp(k.Scope.Help().Key, other)
	k.Copy.SetEnabled(canCopy)
	return k
}
