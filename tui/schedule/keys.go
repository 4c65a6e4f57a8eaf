package schedule

import "charm.land/bubbles/v2/key"

// KeyMap is the schedule pane's keys. The list's keys and the filter
// picker's are never enabled together, and the keys that act on the
// selected talk only while there is one (see forState), so the help line
// shows only keys that work.
type KeyMap struct {
	Up          key.Binding
	Down        key.Binding
	Open        key.Binding
	PrevDay     key.Binding
	NextDay     key.Binding
	Now         key.Binding
	Top         key.Binding
	Bottom      key.Binding
	Attend      key.Binding // marks the selected talk as one the user goes to
	WatchLater  key.Binding // marks the selected talk to watch as a recording
	Filter      key.Binding // opens the filter picker
	ClearFilter key.Binding // enabled only while a filter is on

	// Keys the pane answers with a message for the root (see msgs.go):
	// plain keys, which work here because typing is not writing notes.
	AddTalk    key.Binding
	EditTalk   key.Binding // the selected talk
	DeleteTalk key.Binding // the selected talk, after a question
	Undo       key.Binding // puts back the talk or page deleted last
	Events     key.Binding // the notebook's events, to switch to another
	Find       key.Binding // search every talk's notes
	Preview    key.Binding // the selected talk's blog post
	Copy       key.Binding // the selected talk's blog post, to the clipboard
	Details    key.Binding // what the selected talk is about
	NowNext    key.Binding // what is on now and next in every room
	Narrower   key.Binding // the pane narrower, the notes wider
	Wider      key.Binding // the pane wider, for long titles and rooms
	Help       key.Binding // every key lanyard has
	Quit       key.Binding

	// The filter picker's keys, enabled only while it is open; letters
	// typed there narrow the choices.
	PickerUp     key.Binding
	PickerDown   key.Binding
	PickerApply  key.Binding
	PickerCancel key.Binding
}

// DefaultKeyMap returns the schedule pane's keys. Each has a plain-key
// alternative so it reaches lanyard in any terminal.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "previous talk")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "next talk")),
		Open:        key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "write notes")),
		PrevDay:     key.NewBinding(key.WithKeys("left", "h", "["), key.WithHelp("←/h", "previous day")),
		NextDay:     key.NewBinding(key.WithKeys("right", "l", "]"), key.WithHelp("→/l", "next day")),
		Now:         key.NewBinding(key.WithKeys("n", "."), key.WithHelp("n", "talk on now")),
		Top:         key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first talk")),
		Bottom:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last talk")),
		Attend:      key.NewBinding(key.WithKeys("space", "a"), key.WithHelp("space/a", "attend or not")),
		WatchLater:  key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "watch later or not")),
		Filter:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filter talks")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear the filter")),

		AddTalk:    key.NewBinding(key.WithKeys("+"), key.WithHelp("+", "add a talk")),
		EditTalk:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit talk")),
		DeleteTalk: key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "delete talk")),
		Undo:       key.NewBinding(key.WithKeys("u", "ctrl+z"), key.WithHelp("u", "undo delete")),
		Events:     key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "events")),
		Find:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Preview:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "preview the post")),
		Copy:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy the post (Markdown)")),
		Details:    key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "about the talk")),
		NowNext:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "now and next")),
		Narrower:   key.NewBinding(key.WithKeys("<"), key.WithHelp("<", "schedule narrower")),
		Wider:      key.NewBinding(key.WithKeys(">"), key.WithHelp(">", "schedule wider")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),

		PickerUp:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "filter: previous choice")),
		PickerDown:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "filter: next choice")),
		PickerApply:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "filter: apply")),
		PickerCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "filter: cancel")),
	}
}

// forState enables the keys that work with the picker open or not, a
// filter on or not and a talk selected or not.
func (k KeyMap) forState(picking, filtering, selected bool) KeyMap {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PrevDay, &k.NextDay,
		&k.Now, &k.Top, &k.Bottom, &k.Filter, &k.AddTalk, &k.Undo, &k.Events, &k.Find, &k.Help, &k.Quit, &k.NowNext, &k.Narrower, &k.Wider} {
		b.SetEnabled(!picking)
	}
	for _, b := range []*key.Binding{&k.Open, &k.Attend, &k.EditTalk, &k.DeleteTalk, &k.Preview, &k.Copy, &k.Details, &k.WatchLater} {
		b.SetEnabled(!picking && selected)
	}
	k.ClearFilter.SetEnabled(!picking && filtering)
	for _, b := range []*key.Binding{&k.PickerUp, &k.PickerDown, &k.PickerApply, &k.PickerCancel} {
		b.SetEnabled(picking)
	}
	return k
}

// ShortHelp is the help line's view of the keys. Searching, the key to
// every key and quitting come before the post: a narrow line cuts from
// the end.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Details, k.Attend, k.Filter, k.ClearFilter, k.PrevDay, k.NextDay, k.Now,
		k.PickerUp, k.PickerDown, k.PickerApply, k.PickerCancel, k.Find, k.Help, k.Quit, k.Preview}
}

// FullHelp is the expanded help's view of the keys.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.Open, k.Details, k.Now, k.NowNext, k.Attend, k.WatchLater},
		{k.PrevDay, k.NextDay, k.Narrower, k.Wider},
		{k.Filter, k.ClearFilter},
		{k.PickerUp, k.PickerDown, k.PickerApply, k.PickerCancel},
		{k.AddTalk, k.EditTalk, k.DeleteTalk, k.Undo},
		{k.Events, k.Find, k.Preview, k.Copy, k.Help, k.Quit},
	}
}
