package outline

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Undo by bursts, as vim undoes an insert: the text typed without a pause
// is one undo step, however many words it holds. A pause of burstPause or
// a key that is not typing (a cursor move, Enter, a structural edit, a
// kind change, undo itself) ends the burst; the next key begins a step.
// The pause is measured between the times the editor sees the keys, on
// its clock, so that tests can move time without sleeping.

// burstPause is how long typing stops before the next key begins another
// undo step: long enough that a typist thinking mid-sentence keeps one
// step, short enough that a thought typed after looking up is its own.
const burstPause = time.Second

// burst is the run of typing the open undo step holds.
type burst struct {
	// on is set while the last key was typing.
	on bool
	// at is when the editor saw the last key.
	at time.Time
}

// goesOn reports whether a key seen at at continues the burst: it is
// typing, so was the last key, and came less than burstPause after it.
// A clock that went backwards (a --now clock moved, a laptop's clock
// set) ends the burst rather than merging what came before.
func (b burst) goesOn(typing bool, at time.Time) bool {
	gap := at.Sub(b.at)
	return typing && b.on && gap >= 0 && gap < burstPause
}

// SetClock sets the clock the editor reads as each key arrives, to tell a
// pause in typing; nil restores time.Now.
func (m Model) SetClock(now func() time.Time) Model {
	if now == nil {
		now = time.Now
	}
	m.now = now
	return m
}

// stepFor ends the open undo step unless msg goes on with the burst of
// typing it holds, and notes msg as the burst's last key.
func (m Model) stepFor(msg tea.KeyPressMsg) Model {
	at := m.now()
	typing := m.typing(msg)
	if !m.burst.goesOn(typing, at) {
		m.o.Mark(m.cursor())
	}
	m.burst = burst{on: typing, at: at}
	return m
}

// typing reports whether msg edits the text under the cursor as typing
// does: text typed, or a character deleted on either side without joining
// bullets. Correcting a typo is part of the burst, as in vim's insert.
func (m Model) typing(msg tea.KeyPressMsg) bool {
	switch {
	case typed(msg):
		return true
	case m.empty():
		return false
	case key.Matches(msg, m.keys.Backspace):
		return m.off > 0
	case key.Matches(msg, m.keys.Delete):
		return m.off < len(m.text())
	}
	return false
}

// endBurst makes the next key begin an undo step even if it is typing.
func (m Model) endBurst() Model {
	m.burst = burst{}
	return m
}
