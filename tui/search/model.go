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
	// MaxHits is how many hits the overlay asks of the corpus and shows:
	// more than anyone reads, few enough that a common word costs a
	// fraction of the whole notebook's scan.
	MaxHits = 200
	// maxQuery caps the query in runes, so a paste of a whole page does
	// not make every keystroke scan the notebook with it.
	maxQuery = 256
)

// JumpMsg is emitted, through the command Update returns, when the user
// picks a hit: the root shows that talk with that bullet under the cursor.
type JumpMsg struct{ TalkID, NodeID uint64 }

// CloseMsg is emitted when the user closes the overlay without picking.
type CloseMsg struct{}

// QueryMsg is emitted when the user changes the query: the corpus has
// been searched for it, and the root may search what the corpus does not
// hold (see SetHits).
type QueryMsg struct{ Query string }

// listLine is one line of the list under the query: a talk's title or a
// hit.
type listLine struct {
	hit   int  // index into hits; for a title, its first hit's
	title bool // the line is the title of hit's talk
}

// Model is the search overlay. It is closed until Open, and closes itself
// when it emits a JumpMsg or a CloseMsg; it ignores every message while
// closed.
type Model struct {
	styles *theme.Styles
	looks  looks
	keys   KeyMap
	corpus Corpus
	input  textinput.Model // edits the query; the overlay draws it itself
	query  string          // the query hits were found for
	hits   []Hit
	talks  int        // how many talks the hits are in
	lines  []listLine // hits grouped under their talks' titles
	sel    int        // the selected hit, an index into hits
	top    int        // the first line of lines drawn
	width  int
	height int
	open   bool
	// replace is set when Open finds a query left from last time: it is
	// shown selected, and typing replaces it while the arrows keep it.
	replace bool
}

// New returns a closed overlay that searches corpus.
func New(styles theme.Styles, corpus Corpus) Model {
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
	m := Model{input: in, corpus: corpus, keys: DefaultKeyMap().withHits(false)}
	return m.SetStyles(styles)
}

// Open shows the overlay with the query of last time, selected so that
// typing replaces it, and searches again: the notes may have changed
// since. The hit that was selected stays selected if it still matches.
func (m Model) Open() Model {
	m.open = true
	// Focus returns the blink command of textinput's drawn cursor, which
	// the overlay does not use; with the terminal's cursor it is nil.
	m.input.Focus()
	m.input.CursorEnd()
	m.replace = m.input.Value() != ""
	var keep *Hit
	if h, ok := m.selected(); ok {
		keep = &h
	}
	return m.run(keep)
}

// SetHits replaces the hits with those the root found for query in notes
// the corpus does not hold (read off the UI's goroutine), if query is still
// the one typed. The hit selected stays selected if it is among them.
func (m Model) SetHits(query string, hits []Hit) Model {
	if !m.open || query != m.query {
		return m
	}
	var keep *Hit
	if h, ok := m.selected(); ok {
		keep = &h
	}
	return m.show(hits[:min(len(hits), MaxHits)], keep)
}

// SetCorpus replaces what the overlay searches, e.g. when the event
// changes, keeping the query; an open overlay searches it again at once.
func (m Model) SetCorpus(corpus Corpus) Model {
	m.corpus = corpus
	if !m.open {
		return m
	}
	var keep *Hit
	if h, ok := m.selected(); ok {
		keep = &h
	}
	return m.run(keep)
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

// HelpKeys returns the overlay's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return m.keys }

// Update handles keys and pastes while the overlay is open.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.open {
		return m, nil
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
		m = m.run(nil)
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
		h, ok := m.selected()
		if !ok {
			return m, nil, true
		}
		return m.close(), emit(JumpMsg{TalkID: h.TalkID, NodeID: h.NodeID}), true
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
	all := DefaultKeyMap()
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

// selected returns the selected hit; ok is false when there is none.
func (m Model) selected() (Hit, bool) {
	if m.sel < 0 || m.sel >= len(m.hits) {
		return Hit{}, false
	}
	return m.hits[m.sel], true
}

// page is how many hits a page key moves by: a screenful, less one for
// context, less the talk titles in between, roughly.
func (m Model) page() int { return max(m.height-headerLines-1, 1) }

func (m Model) moveTo(sel int) Model {
	m.sel = min(max(sel, 0), len(m.hits)-1)
	return m.scroll()
}

// run searches for the query being typed and selects the first hit, or
// keep if it is still among the hits.
func (m Model) run(keep *Hit) Model {
	m.query = m.input.Value()
	var hits []Hit
	if m.query != "" && m.corpus != nil {
		hits = m.corpus(m.query, MaxHits)
	}
	if len(hits) > MaxHits { // a corpus that ignores its limit
		hits = hits[:MaxHits]
	}
	return m.show(hits, keep)
}

// show lists hits and selects the first, or keep if it is among them.
func (m Model) show(hits []Hit, keep *Hit) Model {
	m.hits = hits
	m.sel, m.top = 0, 0
	if keep != nil {
		for i, h := range m.hits {
			if h.TalkID == keep.TalkID && h.NodeID == keep.NodeID {
				m.sel = i
				break
			}
		}
	}
	m.lines, m.talks = group(m.hits)
	m.keys = m.keys.withHits(len(m.hits) > 0)
	return m.scroll()
}

// group lays hits out under their talks' titles: a title line each time
// the talk changes. It also counts the talks.
func group(hits []Hit) (lines []listLine, talks int) {
	// A new slice every time: an older copy of the model keeps drawing
	// its own.
	lines = make([]listLine, 0, len(hits)+8)
	seen := make(map[uint64]bool)
	for i, h := range hits {
		if i == 0 || h.TalkID != hits[i-1].TalkID {
			lines = append(lines, listLine{hit: i, title: true})
		}
		lines = append(lines, listLine{hit: i})
		if !seen[h.TalkID] {
			seen[h.TalkID] = true
			talks++
		}
	}
	return lines, talks
}

// lineOf returns the line of lines showing hit i.
func (m Model) lineOf(i int) int {
	for l := i; l < len(m.lines); l++ { // titles only push a hit down
		if ln := m.lines[l]; ln.hit == i && !ln.title {
			return l
		}
	}
	return 0
}

// scroll moves the first line drawn so the selected hit is in view, with
// the line above it (its talk's title, or the hit before) and the line
// below it when there is room.
func (m Model) scroll() Model {
	body := m.height - headerLines
	if body <= 0 || len(m.hits) == 0 {
		m.top = 0
		return m
	}
	line := m.lineOf(m.sel)
	if above := max(line-1, 0); above < m.top {
		m.top = above
	}
	if below := min(line+1, len(m.lines)-1); below >= m.top+body {
		m.top = below - body + 1
	}
	// In a body of one or two lines the selection wins over its context.
	m.top = min(max(m.top, line-body+1), line)
	m.top = max(min(m.top, len(m.lines)-body), 0)
	return m
}
