package tui

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
	"lanyard/tui/search"
)

// Search of the talks themselves: their titles, speakers, rooms and
// tracks, and what the schedule says they are about. The abstracts are a
// conference's worth of text, read from the notebook in a command when the
// overlay opens, never before the first frame; every query is matched in a
// command too, so that a key typed into the search box costs the UI's
// goroutine the same at a thousand talks as at ten. A result overtaken by
// a newer query is dropped (talkRuns).

// aboutsReader reads what the schedule says of every talk of an event.
// The notebook the program gives as Config.Loader is one; a loader that is
// not (a test's) leaves the search to titles, speakers, rooms and tracks.
type aboutsReader interface {
	Abouts(eventID uint64) (map[uint64]sched.About, error)
}

// aboutsMsg carries the Abouts of an event, read for the search.
type aboutsMsg struct {
	eventID uint64
	abouts  map[uint64]sched.About
	err     error
}

// talkHitsMsg carries the talks found for a query.
type talkHitsMsg struct {
	query string
	run   uint64
	hits  []search.TalkHit
}

// talkFinder is the root's part of the talk search.
type talkFinder struct {
	// docs are the talks as the search reads them, built when the overlay
	// opens (and again when the Abouts arrive); never changed in place,
	// as commands read them.
	docs []search.TalkDoc
	// abouts are the Abouts of the event aboutsOf, kept between openings
	// of the overlay so that it searches them from the first key.
	abouts   map[uint64]sched.About
	aboutsOf uint64
	runs     *searchRun
}

// openTalkSearch prepares the search of talks as the overlay opens: the
// talks of the event as they are now, with the Abouts read last time, and
// the commands that read the Abouts afresh and search the query the
// overlay opens with.
func (m Model) openTalkSearch() (Model, tea.Cmd) {
	ev := m.schedule.Event()
	if m.talks.aboutsOf != ev.ID {
		m.talks.abouts, m.talks.aboutsOf = nil, ev.ID
	}
	m.talks.docs = talkDocs(ev, m.talks.abouts)
	return m, tea.Batch(m.readAbouts(ev.ID), m.searchTalks())
}

// readAbouts returns the command that reads an event's Abouts, nil when
// the loader cannot.
func (m Model) readAbouts(eventID uint64) tea.Cmd {
	r, ok := m.cfg.Loader.(aboutsReader)
	if !ok {
		return nil
	}
	return func() tea.Msg {
		abouts, err := r.Abouts(eventID)
		return aboutsMsg{eventID: eventID, abouts: abouts, err: err}
	}
}

// searchTalks returns the command that finds the talks for the overlay's
// query, nil for an empty query.
func (m Model) searchTalks() tea.Cmd {
	run := m.talks.runs.next()
	if m.finder.Model == nil {
		return nil // never opened: no query
	}
	query := m.finder.Query()
	if query == "" {
		return nil
	}
	docs := m.talks.docs
	return func() tea.Msg {
		return talkHitsMsg{query: query, run: run, hits: search.FindTalks(docs, query, search.MaxTalkHits)}
	}
}

// talkSearched handles the talk search's messages.
func (m Model) talkSearched(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case talkHitsMsg:
		if m.talks.runs.current(msg.run) {
			f := m.searchOverlay()
			*f = f.SetTalkHits(msg.query, msg.hits)
		}
	case aboutsMsg:
		ev := m.schedule.Event()
		if msg.eventID != ev.ID {
			return m, nil // read for an event no longer shown
		}
		if msg.err != nil {
			m.status = m.status.SetMessage("search could not read the talks' abstracts: " + msg.err.Error())
			return m, nil
		}
		m.talks.abouts = msg.abouts
		m.talks.docs = talkDocs(ev, msg.abouts)
		if m.finder.IsOpen() {
			return m, m.searchTalks()
		}
	}
	return m, nil
}

// talkDocs lists the talks of ev as the search reads them, in schedule
// order, with what abouts say of them. Breaks are left out: nobody looks
// for the coffee.
func talkDocs(ev sched.Event, abouts map[uint64]sched.About) []search.TalkDoc {
	loc := ev.Location()
	var docs []search.TalkDoc
	for _, t := range ev.All() {
		if t.Kind == sched.KindBreak {
			continue
		}
		d := search.TalkDoc{
			TalkID: t.ID, Title: t.Title, Room: t.Room, Track: t.Track,
			// A copy: commands read it while the schedule may be edited.
			Speakers: slices.Clone(t.Speakers),
			When:     when(t.Start, loc),
		}
		if a, ok := abouts[t.ID]; ok {
			d.Subtitle, d.Abstract, d.Description = a.Subtitle, a.Abstract, a.Description
		}
		docs = append(docs, d)
	}
	return docs
}

// when is a talk's day and start as the search lists it: "Sat 14:05".
func when(start time.Time, loc *time.Location) string {
	if start.IsZero() {
		return ""
	}
	return start.In(loc).Format("Mon 15:04")
}
