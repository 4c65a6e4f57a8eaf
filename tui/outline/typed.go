package outline

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// Keys typed faster than frames are drawn (a fast typist, or a paste a
// terminal without bracketed paste sends as keys) reach the editor as one
// TypedMsg once their frame is due, rather than one Update and one frame
// each: the root holds them meanwhile. The editor types them as it types
// each key, with one edit, one save and one wrap of the bullet for the
// run, so that a burst costs about what its last key does.

// TypedMsg is a run of keys, in the order typed, each of which Types.
type TypedMsg []tea.KeyPressMsg

// Types reports whether the editor handles msg by typing its text and
// nothing else, so that it may wait in a TypedMsg: printable text with no
// modifier but shift. No binding of the editor is such a key: the config
// file cannot give an action a key that would be typed (see tui.Rebind).
func Types(msg tea.KeyPressMsg) bool {
	if msg.Text == "" || msg.Mod&^tea.ModShift != 0 {
		return false
	}
	for _, r := range msg.Text {
		if isControl(r) {
			return false
		}
	}
	return true
}

// typeRun types a run of keys as typing each in turn would: the same
// text at the cursor, the same undo steps, a kind's marker taken at the
// bullet's start. Keys near the start, where a marker may be typed, go
// one by one; the rest are one insert.
func (m Model) typeRun(keys TypedMsg) Model {
	for len(keys) > 0 && (m.empty() || m.off < doc.LongestKindPrefix) {
		m, keys = m.key(keys[0]), keys[1:]
	}
	if len(keys) == 0 {
		return m
	}
	// Every key of the run is typing: the first decides whether it goes
	// on with the burst the undo step holds, and the rest go on with it.
	m = m.stepFor(keys[0])
	m.hasGoal = false
	n := 0
	for _, k := range keys {
		n += len(k.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, k := range keys {
		b.WriteString(k.Text)
	}
	return m.insert(b.String())
}
