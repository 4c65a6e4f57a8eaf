package talkform

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
)

// KeyMap is the form's own keys; moving between fields and typing are
// huh's.
type KeyMap struct {
	// Cancel closes the form without a change.
	Cancel key.Binding
	// Quit is the root's quit key. The form leaves it alone so that huh
	// never aborts on it; the root acts on it before the form sees it.
	Quit key.Binding
}

// DefaultKeyMap returns the form's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Quit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Cancel} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// helpKeys is the help line under the form: huh's keys for moving
// between fields, and ours for backing out.
type helpKeys []key.Binding

func newHelpKeys(k KeyMap) helpKeys {
	return helpKeys{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next / save")),
		key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		k.Cancel,
	}
}

// ShortHelp implements help.KeyMap.
func (h helpKeys) ShortHelp() []key.Binding { return h }

// FullHelp implements help.KeyMap.
func (h helpKeys) FullHelp() [][]key.Binding { return [][]key.Binding{h} }

// huhKeyMap is huh's default keys with its abort moved from ctrl+c to our
// Cancel, so that aborting is the user backing out, never the program
// quitting.
func huhKeyMap(k KeyMap) *huh.KeyMap {
	keys := huh.NewDefaultKeyMap()
	keys.Quit = k.Cancel
	return keys
}
