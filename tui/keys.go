package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// KeyMap is the keys the root model handles itself.
type KeyMap struct {
	Quit       key.Binding // anywhere
	Schedule   key.Binding // from the editor back to the schedule
	Help       key.Binding // in the schedule: typed text in the editor
	AllKeys    key.Binding // anywhere: the help overlay
	Find       key.Binding // anywhere: search every talk's notes
	FindKey    key.Binding // in the schedule
	QuitKey    key.Binding // in the schedule: typed text in the editor
	Live       key.Binding // anywhere: the talk on now, or the one offered
	NewPage    key.Binding // anywhere: a free page at the current minute
	AddTalk    key.Binding // in the schedule
	EditTalk   key.Binding // in the schedule
	DeleteTalk key.Binding // in the schedule
	Preview    key.Binding // anywhere: this talk's blog post, rendered
	PreviewKey key.Binding // in the schedule
	Copy       key.Binding // anywhere: this talk's blog post to the clipboard
	CopyKey    key.Binding // in the schedule
}

// DefaultKeyMap returns the root's keys. Esc and Ctrl+C reach lanyard in
// every terminal, over ssh and in tmux; ? and q are plain keys, so they
// only work where typing does not mean writing notes. The post's keys
// are free in the editor (whose ctrl+y is redo) and reach lanyard over
// ssh and in tmux: ctrl+p is a control character, alt+y an escape before
// the letter.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Schedule:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "schedule")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
		QuitKey:    key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Find:       key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search notes")),
		FindKey:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search notes")),
		Live:       key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", "go to the talk on now")),
		NewPage:    key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", "new page now")),
		AddTalk:    key.NewBinding(key.WithKeys("+"), key.WithHelp("+", "add a talk")),
		EditTalk:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit talk")),
		DeleteTalk: key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "delete talk")),
		Preview:    key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "preview the post")),
		PreviewKey: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "preview the post")),
		Copy:       key.NewBinding(key.WithKeys("alt+y"), key.WithHelp("alt+y", "copy the post (Markdown)")),
		CopyKey:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy the post (Markdown)")),
		// ctrl+/ arrives as ctrl+_ from most terminals.
		AllKeys: key.NewBinding(key.WithKeys("f1", "ctrl+_", "ctrl+/"), key.WithHelp("f1", "all keys")),
	}
}

// paneHelp shows the focused pane's keys followed by the root's keys that
// work there.
type paneHelp struct {
	pane     help.KeyMap
	global   KeyMap
	inEditor bool
	// overlay is true while an overlay has the keyboard: its own keys
	// close it, so only quitting is left of the root's.
	overlay bool
}

// ShortHelp implements help.KeyMap.
func (h paneHelp) ShortHelp() []key.Binding {
	return append(h.pane.ShortHelp(), h.globals()...)
}

// FullHelp implements help.KeyMap.
func (h paneHelp) FullHelp() [][]key.Binding {
	return append(h.pane.FullHelp(), h.globals())
}

// globals lists the root's keys for the help line. The key to every key
// comes before the post's: a narrow help line cuts from the end.
func (h paneHelp) globals() []key.Binding {
	if h.overlay {
		return []key.Binding{h.global.Quit}
	}
	if h.inEditor {
		// Quitting comes before the preview: a narrow line cuts the
		// preview first.
		return []key.Binding{h.global.Schedule, h.global.Find, h.global.AllKeys, h.global.Quit, h.global.Preview}
	}
	return []key.Binding{h.global.FindKey, h.global.Help, h.global.QuitKey, h.global.PreviewKey}
}

// formHelp is the help line under the talk form, whose keys are huh's.
type formHelp struct{}

var formKeys = []key.Binding{
	key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next / save")),
	key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
	key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
}

// ShortHelp implements help.KeyMap.
func (formHelp) ShortHelp() []key.Binding { return formKeys }

// FullHelp implements help.KeyMap.
func (formHelp) FullHelp() [][]key.Binding { return [][]key.Binding{formKeys} }
