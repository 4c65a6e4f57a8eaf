package tui

import (
	"errors"
	"fmt"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/schedule"
	"lanyard/tui/search"
)

// Search over every talk of the event. The overlay searches the outlines
// in memory as the user types; for each query, a command also reads the
// other talks' outlines from the notebook one at a time, searches each
// and lets it go, so that searching a week of notes keeps none of them.
// Its hits, in schedule order with those in memory, replace the overlay's
// when they arrive.

// storedHitsMsg carries every hit for a query, the stored notes' included.
type storedHitsMsg struct {
	query string
	run   uint64
	hits  []search.Hit
	err   error
}

// searchRun numbers the searches of stored notes. A search reads the
// number between talks and stops once a newer query (or closing the
// overlay) has moved it on.
type searchRun struct{ latest atomic.Uint64 }

// next starts a new search, stopping any before it, and returns its number.
func (r *searchRun) next() uint64 { return r.latest.Add(1) }

// current reports whether run is still the latest search.
func (r *searchRun) current(run uint64) bool { return r.latest.Load() == run }

// corpus searches the outlines of ev that are in memory, in schedule
// order.
func corpus(ev sched.Event, outlines *outlineCache) search.Corpus {
	return func(query string, limit int) []search.Hit {
		var talks []search.TalkOutline
		for _, t := range ev.All() {
			if o := outlines.peek(t.ID); o != nil {
				talks = append(talks, search.TalkOutline{TalkID: t.ID, Title: t.Title, Outline: o})
			}
		}
		return search.Search(talks, query, limit)
	}
}

// openFinder shows the search overlay and searches the stored notes for
// the query it opens with.
func (m Model) openFinder() (Model, tea.Cmd) {
	m.finder = m.finder.Open()
	m, talks := m.openTalkSearch()
	return m, tea.Batch(m.searchStored(), talks)
}

// searchStored returns the command that searches every talk for the
// overlay's query: those in memory here, now, since the editor may change
// them while the command runs; the others as it reads them.
func (m Model) searchStored() tea.Cmd {
	run := m.searches.next()
	query := m.finder.Query()
	if query == "" || m.cfg.Loader == nil {
		return nil
	}
	// Each talk is a place in the order: hits found now, or a talk to read.
	// Only a talk's ID and title: at a thousand talks, copying each
	// whole talk was most of this loop's cost on the UI's goroutine.
	type part struct {
		talk  talkName
		hits  []search.Hit
		found bool
	}
	ev := m.schedule.Event()
	var parts []part
	stored := false
	for _, t := range ev.All() {
		name := talkName{ID: t.ID, Title: t.Title}
		o := m.outlines.peek(t.ID)
		if o == nil {
			parts = append(parts, part{talk: name})
			stored = true
			continue
		}
		one := []search.TalkOutline{{TalkID: t.ID, Title: t.Title, Outline: o}}
		parts = append(parts, part{talk: name, hits: search.Search(one, query, search.MaxHits), found: true})
	}
	if !stored {
		return nil // the overlay has found them all already
	}
	loader, runs := m.cfg.Loader, m.searches
	return func() tea.Msg {
		msg := storedHitsMsg{query: query, run: run}
		var errs []error // each talk's: one unreadable talk loses only its hits
		for _, p := range parts {
			if len(msg.hits) >= search.MaxHits {
				break
			}
			if !runs.current(run) {
				return nil // a newer query, or the overlay closed
			}
			hits := p.hits
			if !p.found {
				o, err := loader.LoadOutline(p.talk.ID)
				if err != nil {
					errs = append(errs, fmt.Errorf("talk %d: %w", p.talk.ID, err))
					continue
				}
				hits = searchOne(p.talk, o, query, search.MaxHits-len(msg.hits))
			}
			msg.hits = append(msg.hits, hits...)
		}
		msg.hits = msg.hits[:min(len(msg.hits), search.MaxHits)]
		msg.err = errors.Join(errs...)
		return msg
	}
}

// talkName is what a search of the stored notes keeps of a talk.
type talkName struct {
	ID    uint64
	Title string
}

// searchOne searches one talk's outline, read for the search alone.
func searchOne(t talkName, o *doc.Outline, query string, limit int) []search.Hit {
	return search.Search([]search.TalkOutline{{TalkID: t.ID, Title: t.Title, Outline: o}}, query, limit)
}

// storedHits shows the hits of a search of every talk, if the overlay still
// shows its query.
func (m Model) storedHits(msg storedHitsMsg) Model {
	if !m.searches.current(msg.run) {
		return m
	}
	m.finder = m.finder.SetHits(msg.query, msg.hits)
	if msg.err != nil {
		m.status = m.status.SetMessage("search could not read every talk: " + msg.err.Error())
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
