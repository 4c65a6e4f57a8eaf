package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"lanyard/tui/details"
	"lanyard/tui/events"
	"lanyard/tui/nownext"
	"lanyard/tui/outline"
	"lanyard/tui/preview"
	"lanyard/tui/schedule"
	"lanyard/tui/search"
)

// Keys is every key map of lanyard's panes and overlays: the keys the
// help overlay lists, each of which a user may bind to other keys in the
// config file by its action's name (see KeyActions and Rebind).
type Keys struct {
	Root     KeyMap
	Editor   outline.KeyMap
	Schedule schedule.KeyMap
	Search   search.KeyMap
	Preview  preview.KeyMap
	Events   events.KeyMap
	Details  details.KeyMap
	NowNext  nownext.KeyMap
}

// DefaultKeys is lanyard's keys as it comes.
func DefaultKeys() Keys {
	return Keys{
		Root: DefaultKeyMap(), Editor: outline.DefaultKeyMap(), Schedule: schedule.DefaultKeyMap(),
		Search: search.DefaultKeyMap(), Preview: preview.DefaultKeyMap(), Events: events.DefaultKeyMap(),
		Details: details.DefaultKeyMap(), NowNext: nownext.DefaultKeyMap(),
	}
}

// namedKey is a binding with the name a config file calls it by. The
// names are stable: a user's config file holds them.
type namedKey struct {
	name string
	// pane is where the key is heard (see compete).
	pane string
	b    *key.Binding
}

// The panes a key is heard in, for finding keys two actions share.
const (
	paneEditor   = "editor"
	paneAnywhere = "anywhere"
	paneSchedule = "schedule"
	panePicker   = "schedule filter"
)

// named lists every binding of k with its name, pointing into k.
func (k *Keys) named() []namedKey {
	out := make([]namedKey, 0, 128)
	add := func(pane, prefix string, pairs ...any) {
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, namedKey{name: prefix + pairs[i].(string), pane: pane, b: pairs[i+1].(*key.Binding)})
		}
	}
	e := &k.Editor
	add(paneEditor, "editor.",
		"new_bullet", &e.NewBullet, "indent", &e.Indent, "outdent", &e.Outdent,
		"delete_left", &e.Backspace, "delete_right", &e.Delete,
		"delete_word_left", &e.WordBackspace, "delete_word_right", &e.WordDelete,
		"undo", &e.Undo, "redo", &e.Redo,
		"line_up", &e.Up, "line_down", &e.Down, "left", &e.Left, "right", &e.Right,
		"word_left", &e.WordLeft, "word_right", &e.WordRight,
		"bullet_start", &e.Home, "bullet_end", &e.End, "page_up", &e.PageUp, "page_down", &e.PageDown,
		"first_bullet", &e.Top, "last_bullet", &e.Bottom,
		"fold", &e.Fold, "unfold", &e.Unfold, "fold_all", &e.FoldAll,
		"zoom_in", &e.ZoomIn, "zoom_out", &e.ZoomOut, "times", &e.Times,
		"move_up", &e.MoveUp, "move_down", &e.MoveDown, "cut", &e.Cut, "copy", &e.Copy,
		"paste", &e.PasteBullets, "numbered", &e.Numbered, "takeaway", &e.Star, "todo", &e.Todo, "quote", &e.Quote, "settle", &e.Settle)
	s := &k.Schedule
	add(paneSchedule, "schedule.",
		"previous", &s.Up, "next", &s.Down, "first", &s.Top, "last", &s.Bottom,
		"open", &s.Open, "details", &s.Details, "now", &s.Now, "now_next", &s.NowNext,
		"attend", &s.Attend, "watch_later", &s.WatchLater,
		"previous_day", &s.PrevDay, "next_day", &s.NextDay, "narrower", &s.Narrower, "wider", &s.Wider,
		"filter", &s.Filter, "clear_filter", &s.ClearFilter,
		"add_talk", &s.AddTalk, "edit_talk", &s.EditTalk, "delete_talk", &s.DeleteTalk, "undo_delete", &s.Undo,
		"events", &s.Events, "find", &s.Find, "preview", &s.Preview, "copy_post", &s.Copy,
		"all_keys", &s.Help, "quit", &s.Quit)
	add(panePicker, "schedule.",
		"filter_previous", &s.PickerUp, "filter_next", &s.PickerDown,
		"filter_apply", &s.PickerApply, "filter_cancel", &s.PickerCancel)
	r := &k.Root
	add(paneAnywhere, "anywhere.",
		"schedule", &r.Schedule, "now", &r.Live, "new_page", &r.NewPage, "find", &r.Find,
		"preview", &r.Preview, "copy_post", &r.Copy, "details", &r.Details, "now_next", &r.NowNext,
		"sync", &r.Sync, "all_keys", &r.AllKeys, "quit", &r.Quit)
	f := &k.Search
	add("search", "search.", "previous", &f.Up, "next", &f.Down, "page_up", &f.PageUp, "page_down", &f.PageDown,
		"open", &f.Jump, "close", &f.Close)
	p := &k.Preview
	add("preview", "preview.", "up", &p.Up, "down", &p.Down, "page_up", &p.PageUp, "page_down", &p.PageDown,
		"top", &p.Top, "bottom", &p.Bottom, "scope", &p.Scope, "copy", &p.Copy, "close", &p.Close)
	v := &k.Events
	add("events", "events.", "previous", &v.Up, "next", &v.Down, "open", &v.Choose, "close", &v.Close)
	d := &k.Details
	add("details", "details.", "up", &d.Up, "down", &d.Down, "page_up", &d.PageUp, "page_down", &d.PageDown,
		"top", &d.Top, "bottom", &d.Bottom, "close", &d.Close)
	n := &k.NowNext
	add("now_next", "now_next.", "previous", &n.Up, "next", &n.Down, "page_up", &n.PageUp, "page_down", &n.PageDown,
		"first", &n.Top, "last", &n.Bottom, "open", &n.Open, "close", &n.Close)
	return out
}

// KeyAction is an action a key does, named for the config file.
type KeyAction struct {
	Name  string // stable: editor.move_up
	Desc  string // as the help says it: "move bullet up"
	Group string // the help's heading over it
	Keys  []string
}

// KeyActions lists every action of KeyGroups by name, in their order.
func KeyActions() []KeyAction {
	k := DefaultKeys()
	named := k.named()
	// Two panes may have the same key for the same thing (pgup, page
	// up): each binding takes the first name of its likes not taken yet,
	// as the groups come in the order the names do.
	likes := make(map[string][]string, len(named))
	for _, n := range named {
		id := bindingID(*n.b)
		likes[id] = append(likes[id], n.name)
	}
	out := make([]KeyAction, 0, len(named))
	for _, g := range k.Groups() {
		for _, b := range g.Keys {
			id := bindingID(b)
			if names := likes[id]; len(names) > 0 {
				likes[id] = names[1:]
				out = append(out, KeyAction{Name: names[0], Desc: b.Help().Desc, Group: g.Title, Keys: b.Keys()})
			}
		}
	}
	return out
}

// bindingID is what tells a binding from another: its help and keys.
func bindingID(b key.Binding) string {
	return b.Help().Key + "\x00" + b.Help().Desc + "\x00" + strings.Join(b.Keys(), "\x00")
}
