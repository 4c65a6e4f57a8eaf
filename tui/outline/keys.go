package outline

import "charm.land/bubbles/v2/key"

// KeyMap is the editor's keys. Printable text needs no binding: it is
// typed at the cursor. KeyMap implements help.KeyMap.
type KeyMap struct {
	NewBullet key.Binding
	Indent    key.Binding
	Outdent   key.Binding
	Up        key.Binding
	Down      key.Binding
	Left      key.Binding
	Right     key.Binding
	WordLeft  key.Binding
	WordRight key.Binding
	Home      key.Binding
	End       key.Binding
	Backspace key.Binding
	Delete    key.Binding
	PageUp    key.Binding
	PageDown  key.Binding
	Top       key.Binding
	Bottom    key.Binding
}

// DefaultKeyMap returns the keys of Workflowy and Logseq, with the Emacs
// line keys a terminal user's fingers expect (ctrl+a, ctrl+e, ctrl+d) and
// alt+arrows for terminals that do not report ctrl+arrows.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NewBullet: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "new bullet")),
		Indent:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "indent")),
		Outdent:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "outdent")),
		Up:        key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "line up")),
		Down:      key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "line down")),
		Left:      key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "left")),
		Right:     key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "right")),
		WordLeft:  key.NewBinding(key.WithKeys("ctrl+left", "alt+left", "alt+b"), key.WithHelp("ctrl+←", "word left")),
		WordRight: key.NewBinding(key.WithKeys("ctrl+right", "alt+right", "alt+f"), key.WithHelp("ctrl+→", "word right")),
		Home:      key.NewBinding(key.WithKeys("home", "ctrl+a"), key.WithHelp("home", "bullet start")),
		End:       key.NewBinding(key.WithKeys("end", "ctrl+e"), key.WithHelp("end", "bullet end")),
		Backspace: key.NewBinding(key.WithKeys("backspace", "ctrl+h"), key.WithHelp("backspace", "delete left")),
		Delete:    key.NewBinding(key.WithKeys("delete", "ctrl+d"), key.WithHelp("del", "delete right")),
		PageUp:    key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Top:       key.NewBinding(key.WithKeys("ctrl+home"), key.WithHelp("ctrl+home", "first bullet")),
		Bottom:    key.NewBinding(key.WithKeys("ctrl+end"), key.WithHelp("ctrl+end", "last bullet")),
	}
}

// ShortHelp implements help.KeyMap: the keys that shape an outline.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NewBullet, k.Indent, k.Outdent}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NewBullet, k.Indent, k.Outdent, k.Backspace, k.Delete},
		{k.Up, k.Down, k.Left, k.Right, k.WordLeft, k.WordRight},
		{k.Home, k.End, k.PageUp, k.PageDown, k.Top, k.Bottom},
	}
}
