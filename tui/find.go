package tui

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store/fold"
	doc "lanyard/store/outline"
	"lanyard/tui/schedule"
	"lanyard/tui/search"
)

// Search over every talk's notes. No note is matched on the UI's
// goroutine: each change of the query takes a copy of each outline in
// memory (outline.Texts, kept while the outline's Version says it is still
// true, so a query typed after another costs a lookup per talk) and hands
// the copies to commands. One searches the copies and answers at once;
// another reads the other talks' outlines from the notebook one at a time
// and answers with every hit in schedule order. It keeps copies of the
// first it reads, up to maxReadRows, for the next keys of the query while
// the overlay is open (textsCache.keepRead), and lets the others go, so
// that searching a week of notes keeps few of them. Answers carry their
// search's number: one overtaken by a newer query is dropped.

// slowSearch is how long the overlay waits for a search's complete answer
// before it says that it is searching: longer than a frame or two, so
// that a quick answer does not make the list blink.
const slowSearch = 150 * time.Millisecond

// notesHitsMsg carries hits for a query: complete, or those of the notes
// in memory alone while the stored notes are still being read.
type notesHitsMsg struct {
	query    string
	run      uint64
	hits     []search.Hit
	complete bool
	// parts are the talks searched, in schedule order, for a partial
	// answer: the list keeps what it shows of the others (keptHits).
	parts []notesPart
	// read are copies of the outlines read from the notebook, for the
	// next keys of the query (textsCache.keepRead).
	read map[uint64]*doc.Texts
	err  error
}

// searchSlowMsg says that a search has run for slowSearch.
type searchSlowMsg struct {
	query string
	run   uint64
}

// searchRun numbers the searches of the notes. A search reads the number
// between talks and stops once a newer query (or closing the overlay) has
// moved it on.
type searchRun struct {
	latest atomic.Uint64
	// answered is the number of the last search whose complete answer
	// was shown, so that its partial one, arriving late, is dropped.
	// Only the UI's goroutine reads and writes it.
	answered uint64
}

// next starts a new search, stopping any before it, and returns its number.
func (r *searchRun) next() uint64 { return r.latest.Add(1) }

// current reports whether run is still the latest search.
func (r *searchRun) current(run uint64) bool { return r.latest.Load() == run }

// notesPart is one talk as a search of the notes sees it: the copy of its
// outline in memory, or nil for a talk to read from the notebook.
type notesPart struct {
	talk  talkName
	texts *doc.Texts
}

// openFinder shows the search overlay and searches the notes and the talks
// for the query it opens with.
func (m Model) openFinder() (Model, tea.Cmd) {
	f := m.searchOverlay()
	*f = f.Open()
	m, talks := m.openTalkSearch()
	return m, tea.Batch(m.searchNotes(), talks)
}

// searchNotes returns the commands that search every talk's notes for the
// overlay's query, and the timer that says when the wait is long.
func (m Model) searchNotes() tea.Cmd {
	run := m.searches.next()
	if m.finder.Model == nil {
		return nil // never opened: no query
	}
	query := m.finder.Query()
	if query == "" {
		return nil
	}
	// Only a talk's ID and title, and a copy of its outline if in memory:
	// at a thousand talks, copying each whole talk was most of this loop's
	// cost on the UI's goroutine.
	ev := m.schedule.Event()
	var parts []notesPart
	stored, inMemory := false, false
	m.texts.begin()
	for _, t := range ev.All() {
		p := notesPart{talk: talkName{ID: t.ID, Title: t.Title}}
		if o := m.outlines.peek(t.ID); o != nil {
			p.texts = m.texts.of(t.ID, o)
			inMemory = true
		} else if read := m.texts.readCopy(t.ID); read != nil {
			p.texts = read
			inMemory = true
		} else if m.cfg.Loader == nil {
			continue // nothing to read it from
		} else {
			stored = true
		}
		parts = append(parts, p)
	}
	m.texts.end()
	after := m.cfg.timer
	if after == nil {
		after = tea.Tick
	}
	slow := after(slowSearch, func(time.Time) tea.Msg { return searchSlowMsg{query: query, run: run} })
	switch {
	case !stored:
		return tea.Batch(searchInMemory(parts, query, run, true), slow)
	case !inMemory:
		return tea.Batch(searchAll(parts, query, run, m.cfg.Loader, m.searches), slow)
	}
	return tea.Batch(searchInMemory(parts, query, run, false),
		searchAll(parts, query, run, m.cfg.Loader, m.searches), slow)
}

// searchInMemory returns the command that searches the talks whose notes
// are in memory; complete says there are no others.
func searchInMemory(parts []notesPart, query string, run uint64, complete bool) tea.Cmd {
	return func() tea.Msg {
		q := fold.NewQuery(query)
		msg := notesHitsMsg{query: query, run: run, complete: complete}
		if !complete {
			msg.parts = parts
		}
		for _, p := range parts {
			if len(msg.hits) >= search.MaxHits {
				break
			}
			if p.texts != nil {
				msg.hits = append(msg.hits, searchTexts(p, q, search.MaxHits-len(msg.hits))...)
			}
		}
		return msg
	}
}

// searchAll returns the command that searches every talk's notes, reading
// those not in memory from the notebook, and stops once run is overtaken.
func searchAll(parts []notesPart, query string, run uint64, loader Loader, runs *searchRun) tea.Cmd {
	return func() tea.Msg {
		q := fold.NewQuery(query)
		msg := notesHitsMsg{query: query, run: run, complete: true, read: map[uint64]*doc.Texts{}}
		var errs []error // each talk's: one unreadable talk loses only its hits
		keptRows := 0
		for _, p := range parts {
			if len(msg.hits) >= search.MaxHits {
				break
			}
			if !runs.current(run) {
				return nil // a newer query, or the overlay closed
			}
			limit := search.MaxHits - len(msg.hits)
			if p.texts != nil {
				msg.hits = append(msg.hits, searchTexts(p, q, limit)...)
				continue
			}
			o, err := loader.LoadOutline(p.talk.ID)
			if err != nil {
				errs = append(errs, fmt.Errorf("talk %d: %w", p.talk.ID, err))
				continue
			}
			if keptRows+o.Len() > maxReadRows {
				// Searched and let go, so that searching a week of
				// notes keeps none of them.
				msg.hits = append(msg.hits, searchOne(p.talk, o, query, limit)...)
				continue
			}
			// A copy, to search it and keep it for the next key.
			p.texts = o.Texts()
			msg.read[p.talk.ID], keptRows = p.texts, keptRows+o.Len()
			msg.hits = append(msg.hits, searchTexts(p, q, limit)...)
		}
		msg.err = errors.Join(errs...)
		return msg
	}
}

// searchOne searches one talk's outline, read for the search alone.
func searchOne(t talkName, o *doc.Outline, query string, limit int) []search.Hit {
	return search.Search([]search.TalkOutline{{TalkID: t.ID, Title: t.Title, Outline: o}}, query, limit)
}

// searchTexts searches the copy of a talk's outline in memory.
func searchTexts(p notesPart, q *fold.Query, limit int) []search.Hit {
	return search.SearchTexts(search.TalkTexts{TalkID: p.talk.ID, Title: p.talk.Title, Texts: p.texts}, q, limit)
}

// talkName is what a search of the stored notes keeps of a talk.
type talkName struct {
	ID    uint64
	Title string
}

// notesFound shows the hits of a search of the notes, if the overlay
// still shows its query and no later answer of the same search is shown.
func (m Model) notesFound(msg notesHitsMsg) Model {
	if !m.searches.current(msg.run) || !msg.complete && m.searches.answered == msg.run {
		return m
	}
	hits := msg.hits
	if !msg.complete {
		hits = keptHits(msg.parts, msg.hits, m.searchOverlay().Hits())
	}
	f := m.searchOverlay()
	*f = f.SetHits(msg.query, hits, msg.complete)
	if msg.complete {
		m.searches.answered = msg.run
		m.texts.keepRead(msg.read)
	}
	if msg.err != nil {
		m.status = m.status.SetMessage("search could not read every talk: " + msg.err.Error())
	}
	return m
}

// keptHits merges a partial answer, the hits of the talks in memory,
// with the hits the list shows of the other talks (those of an earlier
// query that still match), in schedule order: the list does not lose them
// for the moment until the complete answer comes.
func keptHits(parts []notesPart, fresh, shown []search.Hit) []search.Hit {
	byTalk := make(map[uint64][]search.Hit)
	for _, h := range fresh {
		byTalk[h.TalkID] = append(byTalk[h.TalkID], h)
	}
	stored := make(map[uint64]bool)
	for _, p := range parts {
		if p.texts == nil {
			stored[p.talk.ID] = true
		}
	}
	for _, h := range shown {
		if stored[h.TalkID] {
			byTalk[h.TalkID] = append(byTalk[h.TalkID], h)
		}
	}
	var hits []search.Hit
	for _, p := range parts {
		hits = append(hits, byTalk[p.talk.ID]...)
		if len(hits) >= search.MaxHits {
			return hits[:search.MaxHits]
		}
	}
	return hits
}

// searchSlow lets the overlay say that it is searching, if the search has
// not answered in full.
func (m Model) searchSlow(msg searchSlowMsg) Model {
	if m.searches.current(msg.run) && m.searches.answered != msg.run {
		f := m.searchOverlay()
		*f = f.Slow(msg.query)
	}
	return m
}

// jump opens the talk of a search hit, on its day, with the cursor on the
// bullet.
func (m Model) jump(j search.JumpMsg) (Model, tea.Cmd) {
	if _, _, ok := m.schedule.Day(); ok {
		if sch, found := m.schedule.Select(j.TalkID); found {
			m.schedule = sch
		} else {
			m.schedule = m.scheduleOnDayOf(j.TalkID)
		}
	}
	m.revealNode = doc.ID(j.NodeID)
	return m.open(j.TalkID, true)
}

// scheduleOnDayOf shows the day that holds a talk and selects it.
func (m Model) scheduleOnDayOf(talkID uint64) (s schedule.Model) {
	ev := m.schedule.Event()
	for day, t := range ev.All() {
		if t.ID == talkID {
			s, _ = m.schedule.SetEvent(ev, day).Select(talkID)
			return s
		}
	}
	return m.schedule
}
