package schedule

import "charm.land/bubbles/v2/key"

// KeyMap is the schedule pane's keys. The list's keys and the filter
// picker's are never enabled together (see forState), so the help line
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
	Filter      key.Binding // opens the filter picker
	ClearFilter key.Binding // enabled only while a filter is on

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
		Filter:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filter talks")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear the filter")),

		PickerUp:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "filter: previous choice")),
		PickerDown:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "filter: next choice")),
		PickerApply:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "filter: apply")),
		PickerCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "filter: cancel")),
	}.forState(false, false)
}

// forState enables the keys that work with the picker open or not and a
// filter on or not.
func (k KeyMap) forState(picking, filtering bool) KeyMap {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Open, &k.PrevDay, &k.NextDay,
		&k.Now, &k.Top, &k.Bottom, &k.Attend, &k.Filter} {
		b.SetEnabled(!picking)
	}
	k.ClearFilter.SetEnabled(!picking && filtering)
	for _, b := range []*key.Binding{&k.PickerUp, &k.PickerDown, &k.PickerApply, &k.PickerCancel} {
		b.SetEnabled(picking)
	}
	return k
}

// ShortHelp is the help line's view of the keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Attend, k.Filter, k.ClearFilter, k.PrevDay, k.NextDay, k.Now,
		k.PickerUp, k.PickerDown, k.PickerApply, k.PickerCancel}
}

// FullHelp is the expanded help's view of the keys.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.Open, k.Now, k.Attend},
		{k.PrevDay, k.NextDay},
		{k.Filter, k.ClearFilter},
		{k.PickerUp, k.PickerDown, k.PickerApply, k.PickerCancel},
	}
}
