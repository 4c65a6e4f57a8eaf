package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// Every key of the help has one stable name, which a config file binds.
func TestEveryKeyOfTheHelpHasOneName(t *testing.T) {
	k := DefaultKeys()
	named := k.named()
	seen := map[string]bool{}
	for _, n := range named {
		if seen[n.name] {
			t.Errorf("two bindings named %s", n.name)
		}
		seen[n.name] = true
	}
	listed := 0
	for _, g := range k.Groups() {
		listed += len(g.Keys)
	}
	actions := KeyActions()
	if len(actions) != listed || len(actions) != len(named) {
		t.Errorf("%d actions named, %d bindings named, %d keys in the help", len(actions), len(named), listed)
	}
	taken := map[string]bool{}
	for _, a := range actions {
		if taken[a.Name] {
			t.Errorf("%s names two keys of the help", a.Name)
		}
		taken[a.Name] = true
	}
	for _, a := range []string{"search.page_up", "preview.page_up", "editor.page_up", "anywhere.find", "schedule.next", "editor.move_up"} {
		if !slices.ContainsFunc(actions, func(x KeyAction) bool { return x.Name == a }) {
			t.Errorf("no action %s", a)
		}
	}
}

func TestLanyardsOwnKeysNeverClash(t *testing.T) {
	k := DefaultKeys()
	for _, n := range k.named() {
		if other, shared, clash := clashOf(k.named(), n); clash {
			t.Errorf("%s and %s share %s", n.name, other.name, shared)
		}
	}
}

// withKeys is a test model whose user rebound keys.
func withRebound(t *testing.T, notes *fakeNotes, rs ...Rebinding) *Model {
	t.Helper()
	keys, problems := DefaultKeys().Rebind(rs)
	if len(problems) > 0 {
		t.Fatalf("problems: %q", problems)
	}
	now := at("2019-10-17", "09:40")
	ev := testEvent()
	o, _ := notes.LoadOutline(11)
	return New(Config{Event: ev, Talk: 11, Outline: o, Loader: notes, Saver: notes, Keys: &keys,
		Clock: func() time.Time { return now }, timer: heldTimer})
}

func TestAReboundKeyMovesTheBulletAndTheHelpSaysIt(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = withRebound(t, notes, Rebinding{Action: "editor.move_up", Keys: []string{"ctrl+k"}})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "first")
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	m = typeInto(m, "second")
	bullets := func() []string {
		o, _ := m.(*Model).outlines.get(11)
		var texts []string
		for i := range o.Len() {
			texts = append(texts, o.At(i).Text)
		}
		return texts
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModAlt})
	if got := bullets(); !slices.Equal(got, []string{"first", "second"}) {
		t.Fatalf("alt+up, no longer bound, moved the bullet: %q", got)
	}
	m = run(m, tea.KeyPressMsg{Code: 'k', Mod: tea.ModCtrl})
	if got := bullets(); !slices.Equal(got, []string{"second", "first"}) {
		t.Fatalf("ctrl+k bound to move bullet up: bullets %q, want second first", got)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyF1})
	help := ansi.Strip(m.View().Content)
	if !strings.Contains(help, "ctrl+k move bullet up") && !strings.Contains(help, "ctrl+k  move bullet up") {
		t.Errorf("the help overlay does not show ctrl+k moving the bullet up:\n%s", help)
	}
}

func TestAReboundScheduleKeyMovesTheSelection(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = withRebound(t, notes, Rebinding{Action: "schedule.next", Keys: []string{"s"}})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	before := selectedRow(m)
	m = run(m, tea.KeyPressMsg{Code: 'j', Text: "j"})
	if got := selectedRow(m); got != before {
		t.Fatalf("j, no longer next, moved the selection from %d to %d", before, got)
	}
	m = run(m, tea.KeyPressMsg{Code: 's', Text: "s"})
	if got := selectedRow(m); got == before {
		t.Errorf("s, bound to schedule.next, left the selection on %d", got)
	}
}

// selectedRow is the schedule's selected row.
func selectedRow(m tea.Model) int {
	row, _ := m.(*Model).schedule.SelectedRow()
	return row
}

func TestRebindingsThatCannotBeUsedAreSaidAndLeftOut(t *testing.T) {
	cases := []struct {
		r    Rebinding
		want string
	}{
		{Rebinding{"editor.fly", []string{"ctrl+k"}, "c.toml:3"}, "c.toml:3: keys: editor.fly: no such action"},
		{Rebinding{"editor.move_up", []string{"Ctrl+K"}, "c.toml:4"}, `c.toml:4: keys: editor.move_up: "Ctrl+K": write modifiers in lower case`},
		{Rebinding{"editor.move_up", []string{"alt+ctrl+k"}, "c.toml:4"}, `"alt+ctrl+k": write modifiers in lower case, in the order`},
		{Rebinding{"schedule.last", []string{"shift+g"}, ""}, `"shift+g": a shifted character is written as itself`},
		{Rebinding{"editor.move_up", []string{"ctrl+kk"}, ""}, `"ctrl+kk" is no key lanyard can receive`},
		{Rebinding{"editor.move_up", []string{"k"}, ""}, `"k" would be typed as text there`},
		{Rebinding{"editor.move_up", []string{"ctrl+f"}, "c.toml:9"}, "c.toml:9: keys: editor.move_up: ctrl+f is already anywhere.find's key; it keeps alt+up, alt+shift+up, ctrl+shift+up"},
		{Rebinding{"schedule.next", []string{"k"}, ""}, "k is already schedule.previous's key"},
		{Rebinding{"anywhere.find", []string{"ctrl+z"}, ""}, "ctrl+z is already editor.undo's key"},
	}
	for _, c := range cases {
		keys, problems := DefaultKeys().Rebind([]Rebinding{c.r})
		if len(problems) != 1 || !strings.Contains(problems[0], c.want) {
			t.Errorf("%+v: problems %q, want %q", c.r, problems, c.want)
		}
		if keys.Groups()[0].Keys[0].Keys()[0] != "enter" || !slices.Equal(keys.Editor.MoveUp.Keys(), DefaultKeys().Editor.MoveUp.Keys()) ||
			!slices.Equal(keys.Schedule.Down.Keys(), DefaultKeys().Schedule.Down.Keys()) {
			t.Errorf("%+v: a refused rebinding changed the keys", c.r)
		}
	}
}

func TestKeysMayBeSwappedAndAKeyFreedForAnother(t *testing.T) {
	keys, problems := DefaultKeys().Rebind([]Rebinding{
		{Action: "schedule.next", Keys: []string{"k"}},
		{Action: "schedule.previous", Keys: []string{"j"}},
		{Action: "anywhere.find", Keys: []string{"ctrl+s"}},
		{Action: "editor.move_up", Keys: []string{"ctrl+f"}},
	})
	if len(problems) > 0 {
		t.Fatalf("problems: %q", problems)
	}
	if keys.Schedule.Down.Keys()[0] != "k" || keys.Root.Find.Keys()[0] != "ctrl+s" || keys.Editor.MoveUp.Keys()[0] != "ctrl+f" {
		t.Errorf("keys: next %v find %v move up %v", keys.Schedule.Down.Keys(), keys.Root.Find.Keys(), keys.Editor.MoveUp.Keys())
	}
	if got := keys.Editor.MoveUp.Help().Key; got != "ctrl+f" {
		t.Errorf("help of move up %q, want ctrl+f", got)
	}
}

// A clash found once one rebinding is put back is found too.
func TestAClashLeftByARefusedRebindingIsFound(t *testing.T) {
	_, problems := DefaultKeys().Rebind([]Rebinding{
		{Action: "schedule.previous", Keys: []string{"n"}}, // clashes with schedule.now…
		{Action: "schedule.next", Keys: []string{"k"}},     // …and, once previous has k again, this one
	})
	if len(problems) != 2 {
		t.Errorf("problems %q, want both rebindings refused", problems)
	}
}

func TestCheckKeyTakesWhatBubbleteaSends(t *testing.T) {
	for _, good := range []string{"ctrl+k", "alt+up", "ctrl+alt+shift+left", "f2", "f63", "G", "+", "?", "é", "space",
		"shift+tab", "ctrl+/", "ctrl+_", "pgdown", "super+x"} {
		if err := CheckKey(good); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
	for _, bad := range []string{"", "ctrl+", "f0", "f64", "F2", "ctrl+K+x", "pagedown", "shift+a", " ", "\x1b[A", "alt+shift+alt+x", "up\n"} {
		if err := CheckKey(bad); err == nil {
			t.Errorf("%q: taken", bad)
		}
	}
}

func TestAFixedThemeDoesNotFollowTheTerminal(t *testing.T) {
	notes := newFakeNotes()
	now := at("2019-10-17", "09:40")
	o, _ := notes.LoadOutline(11)
	light := theme.Theme{Mode: theme.Light, Colors: map[string]string{"accent": "#ff0000"}}
	var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: o, Loader: notes, Saver: notes, Theme: light,
		Clock: func() time.Time { return now }, timer: heldTimer, Notices: []string{"c.toml:1: one", "c.toml:2: two"}})
	want := light.Styles(false).PaneTitle.GetForeground()
	if got := m.(*Model).styles.PaneTitle.GetForeground(); got != want {
		t.Fatalf("pane title %v, want the user's accent %v", got, want)
	}
	m = run(m, tea.BackgroundColorMsg{Color: theme.New(true).Status.GetBackground()})
	if got := m.(*Model).styles.PaneTitle.GetForeground(); got != want {
		t.Errorf("a dark background changed a light theme's accent to %v", got)
	}
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if view := ansi.Strip(m.View().Content); !strings.Contains(view, "c.toml:1: one (and 1 more: lanyard config)") {
		t.Errorf("the config's notices are not in the status bar:\n%s", view)
	}
}

func TestPlainHasNoColour(t *testing.T) {
	s := theme.Theme{Mode: theme.Plain, Colors: map[string]string{"accent": "#ff0000"}}.Styles(true)
	for name, c := range map[string]any{"pane title": s.PaneTitle.GetForeground(), "now": s.NowMark.GetForeground(),
		"status": s.Status.GetBackground(), "selected": s.Selected.GetBackground(), "link": s.Link.GetForeground()} {
		if c != (theme.Styles{}).Title.GetForeground() {
			t.Errorf("plain %s has a colour: %v", name, c)
		}
	}
	if !s.Selected.GetReverse() {
		t.Error("plain shows the selection without reverse video")
	}
}
