package search

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lanyard/tui/theme"
)

const (
	// MaxHits is how many note hits a search finds and the overlay shows:
	// more than anyone reads, few enough that a common word costs a
	// fraction of the whole notebook's scan.
	MaxHits = 200
	// maxQuery caps the query in runes, so a paste of a whole page does
	// not make every keystroke scan the notebook with it.
	maxQuery = 256
)

// JumpMsg is emitted, through the command Update returns, when the user
// picks a hit: the root shows that talk with that bullet under the cursor,
// or, for a talk found by what the schedule says of it (NodeID 0), selects
// it in the schedule and opens its notes.
type JumpMsg struct{ TalkID, NodeID uint64 }

// CloseMsg is emitted when the user closes the overlay without picking.
type CloseMsg struct{}

// QueryMsg is emitted when the user changes the query: the root searches
// the notes for it off the UI's goroutine and hands the hits to SetHits.
type QueryMsg struct{ Query string }

// Model is the search overlay. It is closed until Open, and closes itself
// when it emits a JumpMsg or a CloseMsg; it ignores every message while
// closed.
type Model struct {
	styles *theme.Styles
	looks  looks
	keys   KeyMap
	input  textinput.Model // edits the query; the overlay draws it itself
	query  string          // the query typed, which hits are being found for
	// waiting is set while the root's search of the notes for query has
	// not answered in full: the note hits are those of an earlier query
	// that still match, or those of the notes in memory alone. slow is
	// set once the root says the wait is long (Slow): the list says so.
	waiting, slow bool
	// talkHits are the talks found for query, listed first; the root
	// finds them off the UI's goroutine (SetTalkHits).
	talkHits []TalkHit
	hits     []Hit      // the note hits, listed after the talks
	talks    int        // how many talks the note hits are in
	lines    []listLine // talk hits, then note hits grouped under their talks' titles
	// sel is the selected item: talk hit sel while sel < len(talkHits),
	// else note hit sel-len(talkHits).
	sel int
	// moved is set when the user has moved the selection since the query
	// last changed: talks found later do not take it away.
	moved  bool
	top    int // the first line of lines drawn
	width  int
	height int
	open   bool
	// replace is set when Open finds a query left from last time: it is
	// shown selected, and typing replaces it while the arrows keep it.
	replace bool
}

// New returns a closed overlay.
func New(styles theme.Styles) Model {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = maxQuery
	// The root places the terminal's own cursor (see Cursor), as it does
	// for the editor; a drawn cursor would be a second one.
	in.SetVirtualCursor(false)
	// Up and down pick hits here, never textinput's suggestions.
	in.KeyMap.NextSuggestion = key.NewBinding()
	in.KeyMap.PrevSuggestion = key.NewBinding()
	in.KeyMap.AcceptSuggestion = key.NewBinding()
	m := Model{input: in, keys: DefaultKeyMap().withHits(false)}
	return m.SetStyles(styles)
}

// Open shows the overlay with the query of last time, selected so that
// typing replaces it, and the hits of last time until the root's search
// answers: the notes may have changed since. The hit that was selected
// stays selected if it still matches.
func (m Model) Open() Model {
	m.open = true
	// Focus returns the blink command of textinput's drawn cursor, which
	// the overlay does not use; with the terminal's cursor it is nil.
	m.input.Focus()
	m.input.CursorEnd()
	m.replace = m.input.Value() != ""
	keep, ok := m.selectedKey()
	// The selection left last time is the user's choice: answers keep it.
	m.moved = ok
	m.waiting, m.slow = m.query != "", false
	return m.relist(keep, ok)
}

// SetHits replaces the note hits with those the root found for query off
// the UI's goroutine, if query is still the one typed; complete says they
// are the answer of every note, not of those in memory alone. The item
// the user moved to stays selected if it is still listed; otherwise the
// first is.
func (m Model) SetHits(query string, hits []Hit, complete bool) Model {
	if !m.open || query != m.query {
		return m
	}
	keep, ok := m.selectedKey()
	ok = ok && m.moved
	m.hits = hits[:min(len(hits), MaxHits)]
	if complete {
		m.waiting, m.slow = false, false
	}
	return m.relist(keep, ok)
}

// Slow tells the overlay that the search for query is taking long: if it
// is still waiting for it, the list says that it is searching.
func (m Model) Slow(query string) Model {
	if m.open && m.waiting && query == m.query {
		m.slow = true
	}
	return m
}

// Hits returns the note hits listed.
func (m Model) Hits() []Hit { return m.hits }

// Waiting reports whether the overlay waits for the complete answer of
// the query typed.
func (m Model) Waiting() bool { return m.open && m.waiting }

// SetTalkHits replaces the talks found with those the root found for
// query off the UI's goroutine, if query is still the one typed. The item
// the user moved to stays selected if it is still listed; otherwise the
// first is, as the talks come first.
func (m Model) SetTalkHits(query string, hits []TalkHit) Model {
	if !m.open || query != m.query {
		return m
	}
	keep, ok := m.selectedKey()
	ok = ok && m.moved
	m.talkHits = hits[:min(len(hits), MaxTalkHits)]
	return m.relist(keep, ok)
}

// IsOpen reports whether the overlay is shown and takes the keyboard.
func (m Model) IsOpen() bool { return m.open }

// Query returns the query as typed.
func (m Model) Query() string { return m.input.Value() }

// SetSize sets the overlay's size in cells.
func (m Model) SetSize(w, h int) Model {
	m.width, m.height = w, h
	return m.scroll()
}

// SetStyles replaces the styles, e.g. when the terminal's background is
// known.
func (m Model) SetStyles(s theme.Styles) Model {
	m.styles = &s
	m.looks = looksFrom(s)
	return m
}

// KeyMap returns the overlay's keys, those that need a hit disabled when
// there is none.
func (m Model) KeyMap() KeyMap { return m.keys }

// SetKeyMap gives the overlay other keys: the user's, from the config file.
func (m Model) SetKeyMap(k KeyMap) Model { m.keys = k.withHits(m.items() > 0); return m }

// HelpKeys returns the overlay's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return m.keys }

// Update handles keys, pastes and the mouse (see mouse.go) while the
// overlay is open.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.open {
		return m, nil
	}
	if next, cmd, ok := m.pointer(msg); ok {
		return next, cmd
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if next, cmd, done := m.command(msg); done {
			return next, cmd
		}
		m = m.beforeEdit(msg)
	case tea.PasteMsg:
		if m.replace {
			m.input.Reset()
			m.replace = false
		}
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() != m.query {
		m = m.run()
		cmd = tea.Batch(cmd, emit(QueryMsg{Query: m.query}))
	}
	return m, cmd
}

// command handles the overlay's own keys; done is false for a key meant
// for the query.
func (m Model) command(press tea.KeyPressMsg) (next Model, cmd tea.Cmd, done bool) {
	k := m.keys
	switch {
	case key.Matches(press, k.Close):
		return m.close(), emit(CloseMsg{}), true
	case key.Matches(press, k.Jump):
		it, ok := m.selectedKey()
		if !ok {
			return m, nil, true
		}
		return m.close(), emit(JumpMsg{TalkID: it.talkID, NodeID: it.nodeID}), true
	case key.Matches(press, k.Up):
		return m.moveTo(m.sel - 1), nil, true
	case key.Matches(press, k.Down):
		return m.moveTo(m.sel + 1), nil, true
	case key.Matches(press, k.PageUp):
		return m.moveTo(m.sel - m.page()), nil, true
	case key.Matches(press, k.PageDown):
		return m.moveTo(m.sel + m.page()), nil, true
	}
	// A key of ours disabled for want of hits must not reach the query:
	// enter would be typed into it.
	all := m.keys.withHits(true)
	for _, b := range []key.Binding{all.Up, all.Down, all.PageUp, all.PageDown, all.Jump} {
		if slices.Contains(b.Keys(), press.String()) {
			return m, nil, true
		}
	}
	return m, nil, false
}

// beforeEdit drops the query left from last time when the user starts a
// new one: typing or pasting replaces it and a deleting key removes it
// whole, as in an editor's find box. Any other key keeps it.
func (m Model) beforeEdit(press tea.KeyPressMsg) Model {
	if !m.replace {
		return m
	}
	m.replace = false
	ik := m.input.KeyMap
	if press.Text != "" || key.Matches(press, ik.Paste) {
		m.input.Reset()
	}
	if key.Matches(press, ik.DeleteCharacterBackward, ik.DeleteCharacterForward,
		ik.DeleteWordBackward, ik.DeleteBeforeCursor) {
		// Leave the key itself nothing to delete.
		m.input.Reset()
	}
	return m
}

func (m Model) close() Model {
	m.open = false
	m.replace = false
	m.input.Blur()
	return m
}

func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// items is how many hits are listed, talks and notes.
func (m Model) items() int { return len(m.talkHits) + len(m.hits) }

// selectedKey names the selected item; ok is false when there is none.
func (m Model) selectedKey() (itemKey, bool) {
	switch {
	case m.sel < 0 || m.sel >= m.items():
		return itemKey{}, false
	case m.sel < len(m.talkHits):
		return itemKey{talk: true, talkID: m.talkHits[m.sel].TalkID}, true
	}
	h := m.hits[m.sel-len(m.talkHits)]
	return itemKey{talkID: h.TalkID, nodeID: h.NodeID}, true
}

// page is how many items a page key moves by: a screenful, less one for
// context, less the talk titles in between, roughly.
func (m Model) page() int { return max(m.height-headerLines-1, 1) }

func (m Model) moveTo(sel int) Model {
	m.sel = min(max(sel, 0), m.items()-1)
	m.moved = true
	return m.scroll()
}

// run takes in a new query and selects the first item. Nothing is
// searched here: the root searches the notes and the talks off the UI's
// goroutine (SetHits, SetTalkHits). Until it answers, the list keeps the
// hits of the last query that still match: at most MaxHits and
// MaxTalkHits texts to look at on the UI's goroutine, and a list that
// does not blink empty as one types.
func (m Model) run() Model {
	m.moved = false
	m.query = m.input.Value()
	m.waiting, m.slow = m.query != "", false
	m.hits = stillMatchingNotes(m.hits, m.query)
	m.talkHits = stillMatching(m.talkHits, m.query)
	return m.relist(itemKey{}, false)
}
