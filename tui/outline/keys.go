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
	Fold      key.Binding
	Unfold    key.Binding
	FoldAll   key.Binding
	ZoomIn    key.Binding
	ZoomOut   key.Binding
	Times     key.Binding

	WordBackspace key.Binding
	WordDelete    key.Binding
	Undo          key.Binding
	Redo          key.Binding
	MoveUp        key.Binding
	MoveDown      key.Binding
	Cut           key.Binding
	Copy          key.Binding
	PasteBullets  key.Binding
	Numbered      key.Binding
	Star          key.Binding
	Todo          key.Binding
	Quote         key.Binding
	Settle        key.Binding
}

// DefaultKeyMap returns the keys of Workflowy and Logseq, with the Emacs
// line keys a terminal user's fingers expect (ctrl+a, ctrl+e, ctrl+d) and
// alt+arrows for terminals that do not report ctrl+arrows.
//
// A terminal sends alt+x as Esc then x, so Esc then a letter typed
// quickly (within tmux's escape-time, 500 ms unless set) arrives as
// alt+letter: a vim user leaving the editor with Esc and going on with j
// would press alt+j. No alt+letter key may therefore edit the outline's
// shape (move, indent, delete, paste or join bullets), which such a slip
// would do out of sight. Each alt+letter below says why it is safe: it
// only moves the cursor or shows something, or it changes text or a
// kind at the cursor, in sight, and ctrl+z takes it back.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NewBullet: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "new bullet")),
		Indent:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "indent")),
		Outdent:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "outdent")),
		Up:        key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "line up")),
		Down:      key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "line down")),
		Left:      key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "left")),
		Right:     key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "right")),
		// alt+b and alt+f, readline's, only move the cursor.
		WordLeft:  key.NewBinding(key.WithKeys("ctrl+left", "alt+left", "alt+b"), key.WithHelp("ctrl+←", "word left")),
		WordRight: key.NewBinding(key.WithKeys("ctrl+right", "alt+right", "alt+f"), key.WithHelp("ctrl+→", "word right")),
		Home:      key.NewBinding(key.WithKeys("home", "ctrl+a"), key.WithHelp("home", "bullet start")),
		End:       key.NewBinding(key.WithKeys("end", "ctrl+e"), key.WithHelp("end", "bullet end")),
		Backspace: key.NewBinding(key.WithKeys("backspace", "ctrl+h"), key.WithHelp("backspace", "delete left, join up")),
		Delete:    key.NewBinding(key.WithKeys("delete", "ctrl+d"), key.WithHelp("del", "delete right, join next")),
		PageUp:    key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Top:       key.NewBinding(key.WithKeys("ctrl+home"), key.WithHelp("ctrl+home", "first bullet")),
		Bottom:    key.NewBinding(key.WithKeys("ctrl+end"), key.WithHelp("ctrl+end", "last bullet")),
		// Workflowy's keys for folding, with a control-letter twin for
		// terminals that keep ctrl+arrows to themselves.
		Fold:   key.NewBinding(key.WithKeys("ctrl+o", "ctrl+up"), key.WithHelp("ctrl+o", "fold/unfold")),
		Unfold: key.NewBinding(key.WithKeys("ctrl+down"), key.WithHelp("ctrl+↓", "unfold")),
		// alt+o hides or shows children, in sight, and loses nothing:
		// the same key, or ctrl+z, opens them again.
		FoldAll: key.NewBinding(key.WithKeys("alt+o"), key.WithHelp("alt+o", "fold/unfold all")),
		// alt+arrows move by word, as in every text field; zoom has
		// control keys of its own (ctrl+] as in Dynalist) and
		// alt+shift+arrows.
		ZoomIn:  key.NewBinding(key.WithKeys("ctrl+g", "ctrl+]", "alt+shift+right"), key.WithHelp("ctrl+g", "zoom in")),
		ZoomOut: key.NewBinding(key.WithKeys("ctrl+r", "alt+shift+left"), key.WithHelp("ctrl+r", "zoom out")),
		Times:   key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "show times")),

		// Readline's word deletes. alt+d deletes text at the cursor, in
		// sight; ctrl+z puts it back.
		WordBackspace: key.NewBinding(key.WithKeys("ctrl+w", "alt+backspace", "ctrl+backspace"), key.WithHelp("ctrl+w", "delete word left")),
		WordDelete:    key.NewBinding(key.WithKeys("alt+d", "ctrl+delete"), key.WithHelp("alt+d", "delete word right")),
		Undo:          key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "undo")),
		Redo:          key.NewBinding(key.WithKeys("ctrl+y"), key.WithHelp("ctrl+y", "redo")),
		// Workflowy and Logseq move with alt+shift+arrows, VS Code with
		// alt+arrows; ctrl+shift+arrows reach terminals that keep alt
		// for themselves. Never alt+k/j: Esc then j is alt+j.
		MoveUp:   key.NewBinding(key.WithKeys("alt+up", "alt+shift+up", "ctrl+shift+up"), key.WithHelp("alt+↑", "move bullet up")),
		MoveDown: key.NewBinding(key.WithKeys("alt+down", "alt+shift+down", "ctrl+shift+down"), key.WithHelp("alt+↓", "move bullet down")),
		Cut:      key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", "cut bullet")),
		// alt+c only fills the clipboard of bullets; the outline is as it was.
		Copy: key.NewBinding(key.WithKeys("alt+c"), key.WithHelp("alt+c", "copy bullet")),
		// Windows Terminal keeps ctrl+v for itself, and pasting bullets
		// changes the outline's shape, so it is no alt+letter (Esc then
		// v is a vim user's visual mode): ctrl+u, a control key.
		PasteBullets: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "paste bullets")),
		// The kinds are marks on the bullet at the cursor, in sight, and
		// ctrl+z takes each back: an alt+letter is safe for them.
		Numbered: key.NewBinding(key.WithKeys("alt+n"), key.WithHelp("alt+n", "numbered")),
		Star:     key.NewBinding(key.WithKeys("alt+s"), key.WithHelp("alt+s", "takeaway ★")),
		Todo:     key.NewBinding(key.WithKeys("alt+t"), key.WithHelp("alt+t", "to-do / done")),
		Quote:    key.NewBinding(key.WithKeys("alt+q"), key.WithHelp("alt+q", "quote")),
		// A mark as well, and only on a bullet a sync marked ≠.
		Settle: key.NewBinding(key.WithKeys("alt+r"), key.WithHelp("alt+r", "settle a sync's ≠")),
	}
}

// ShortHelp implements help.KeyMap: the keys that shape an outline.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NewBullet, k.Indent, k.Outdent}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NewBullet, k.Indent, k.Outdent, k.Backspace, k.Delete, k.WordBackspace, k.WordDelete, k.Undo, k.Redo},
		{k.Up, k.Down, k.Left, k.Right, k.WordLeft, k.WordRight},
		{k.Home, k.End, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Fold, k.Unfold, k.FoldAll, k.ZoomIn, k.ZoomOut, k.Times},
		{k.MoveUp, k.MoveDown, k.Cut, k.Copy, k.PasteBullets, k.Numbered, k.Star, k.Todo, k.Quote, k.Settle},
	}
}
