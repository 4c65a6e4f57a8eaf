package tui

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// KeyMap is the keys the root model handles itself: those that work over
// either pane. The schedule's plain keys (+ e d / p y ? q) are its own
// (see schedule.KeyMap).
type KeyMap struct {
	Quit     key.Binding // anywhere, overlays included
	Schedule key.Binding // from the editor back to the schedule
	AllKeys  key.Binding // the help overlay
	Find     key.Binding // search every talk's notes
	Live     key.Binding // the talk on now, or the one offered
	NewPage  key.Binding // a free page at the current minute
	Preview  key.Binding // this talk's blog post, rendered
	Copy     key.Binding // this talk's blog post to the clipboard
	Details  key.Binding // what the talk written in (or selected) is about
	NowNext  key.Binding // what is on now and next in every room
	Sync     key.Binding // sync the notebook through git, in the background
}

// DefaultKeyMap returns the root's keys. Esc and Ctrl+C reach lanyard in
// every terminal, over ssh and in tmux. The post's keys are free in the
// editor (whose ctrl+y is redo) and reach lanyard over ssh and in tmux:
// ctrl+p is a control character, alt+y an escape before the letter.
//
// Esc then a letter typed quickly arrives as alt+letter (see the editor's
// DefaultKeyMap): none of the alt+letters here changes a note. Each shows
// something or copies the post, and the schedule's key for the letter
// after Esc would have done much the same.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:     key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Schedule: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "schedule")),
		Find:     key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search")),
		Live:     key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", "go to the talk on now")),
		NewPage:  key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", "new page now")),
		Preview:  key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "preview the post")),
		// alt+y only copies: Esc then y, the schedule's copy, does the same.
		Copy: key.NewBinding(key.WithKeys("alt+y"), key.WithHelp("alt+y", "copy the post (Markdown)")),
		// alt+i is an escape before the letter, so it reaches lanyard over
		// ssh and in tmux; f2 is for terminals that take alt for themselves.
		// Esc then i, the schedule's "about", opens the same overlay.
		Details: key.NewBinding(key.WithKeys("alt+i", "f2"), key.WithHelp("alt+i/f2", "about this talk")),
		// ctrl+o is the editor's fold; alt+w is free in it. Esc then w
		// (the schedule's watch-later) opens this overlay instead, which
		// changes nothing and closes with Esc.
		NowNext: key.NewBinding(key.WithKeys("alt+w", "f3"), key.WithHelp("alt+w/f3", "now and next, every room")),
		// alt+g (g for git) is free in every pane; Esc then g only starts
		// a sync, which loses nothing. f5 is for terminals that take alt.
		Sync: key.NewBinding(key.WithKeys("alt+g", "f5"), key.WithHelp("alt+g/f5", "sync through git")),
		// ctrl+/ arrives as ctrl+_ from most terminals.
		AllKeys: key.NewBinding(key.WithKeys("f1", "ctrl+_", "ctrl+/"), key.WithHelp("f1", "all keys")),
	}
}

// layerKeys is a layer's keys for the help line: its own, then the
// root's that work there.
type layerKeys struct {
	own   help.KeyMap
	extra []key.Binding
}

// withKeys lists own's keys followed by extra.
func withKeys(own help.KeyMap, extra ...key.Binding) help.KeyMap {
	return layerKeys{own: own, extra: extra}
}

// ShortHelp implements help.KeyMap.
func (h layerKeys) ShortHelp() []key.Binding {
	return slices.Concat(h.own.ShortHelp(), h.extra)
}

// FullHelp implements help.KeyMap.
func (h layerKeys) FullHelp() [][]key.Binding {
	return append(slices.Clone(h.own.FullHelp()), h.extra)
}
