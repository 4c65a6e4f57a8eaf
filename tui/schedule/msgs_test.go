package schedule

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The keys that ask the root for a form, an overlay or the post send a
// message naming the talk selected when the key was pressed.
func TestRequestKeysAskTheRootAboutTheSelectedTalk(t *testing.T) {
	m := pressAll(pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00")), "down")
	for _, c := range []struct {
		key  string
		want tea.Msg
	}{
		{"+", AddTalkMsg{Date: day1}},
		{"e", EditTalkMsg{TalkID: 11}},
		{"d", DeleteTalkMsg{TalkID: 11}},
		{"p", PreviewMsg{TalkID: 11}},
		{"y", CopyMsg{TalkID: 11}},
		{"/", FindMsg{}},
		{"?", HelpMsg{}},
		{"q", tea.QuitMsg{}},
	} {
		next, cmd := m.Update(keyPress(c.key))
		if cmd == nil {
			t.Errorf("%s sent nothing; want %#v", c.key, c.want)
			continue
		}
		if got := cmd(); got != c.want {
			t.Errorf("%s sent %#v; want %#v", c.key, got, c.want)
		}
		if selected(next) != 11 {
			t.Errorf("%s moved the selection to %d", c.key, selected(next))
		}
	}
}

// On a day with no talks the keys about a talk do nothing and the help
// line does not offer them; adding a talk to the day still works.
func TestKeysAboutATalkAreOffWithoutOne(t *testing.T) {
	ev := testEvent(t)
	ev.Days[1].Talks = nil
	m := pane(ev, 1, 40, 10, at(t, "2025-06-20", "10:00"))
	for _, k := range []string{"e", "d", "p", "y", "enter", "space"} {
		if _, cmd := m.Update(keyPress(k)); cmd != nil {
			t.Errorf("%s on an empty day sent %#v", k, cmd())
		}
	}
	shown := helpLine(m)
	for _, desc := range []string{"edit talk", "delete talk", "preview the post", "write notes", "attend or not"} {
		if slices.Contains(shown, desc) {
			t.Errorf("the help line offers %q on an empty day: %q", desc, shown)
		}
	}
	if _, cmd := m.Update(keyPress("+")); cmd == nil || cmd() != (AddTalkMsg{Date: day2}) {
		t.Errorf("+ on an empty day did not ask to add a talk to %s", day2)
	}
	if !slices.Contains(helpLine(pressAll(pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00")))), "preview the post") {
		t.Error("the help line does not offer the post with a talk selected")
	}
}

// While the filter picker is open the help line shows its keys alone.
func TestThePickersHelpLineOffersOnlyItsKeys(t *testing.T) {
	m := pressAll(pane(testEvent(t), 0, 40, 20, at(t, day1, "08:00")), "f")
	shown := helpLine(m)
	for _, desc := range []string{"search", "all keys", "quit", "preview the post", "next talk"} {
		if slices.Contains(shown, desc) {
			t.Errorf("the picker's help line offers %q: %q", desc, shown)
		}
	}
	if !slices.Contains(shown, "filter: apply") {
		t.Errorf("the picker's help line lacks its own keys: %q", shown)
	}
}

// helpLine is what the help line lists: the enabled keys' descriptions.
func helpLine(m Model) []string {
	var shown []string
	for _, b := range m.KeyMap().ShortHelp() {
		if b.Enabled() {
			shown = append(shown, b.Help().Desc)
		}
	}
	return shown
}
