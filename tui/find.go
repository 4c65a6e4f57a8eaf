package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/schedule"
	"lanyard/tui/search"
)

// Search over every talk of the event. The overlay searches the outlines
// in memory; opening it loads, off the UI's goroutine, those of talks not
// opened yet, and the hits grow as they arrive.

// eventOutlinesMsg carries the outlines read for a search.
type eventOutlinesMsg struct {
	outlines map[uint64]*doc.Outline
	err      error
}

// corpus searches the loaded outlines of ev, in schedule order. outlines
// is the root's map, which is only ever added to.
func corpus(ev sched.Event, outlines map[uint64]*doc.Outline) search.Corpus {
	return func(query string, limit int) []search.Hit {
		var talks []search.TalkOutline
		eachTalk(ev, func(t sched.Talk) {
			if o, ok := outlines[t.ID]; ok {
				talks = append(talks, search.TalkOutline{TalkID: t.ID, Title: t.Title, Outline: o})
			}
		})
		return search.Search(talks, query, limit)
	}
}

// eachTalk calls f for every talk and parallel item of ev, in order.
func eachTalk(ev sched.Event, f func(sched.Talk)) {
	for _, d := range ev.Days {
		for _, t := range d.Talks {
			f(t)
			for _, item := range t.Items {
				f(item)
			}
		}
	}
}

// openFinder shows the search overlay and loads what it needs.
func (m Model) openFinder() (Model, tea.Cmd) {
	m.finder = m.finder.Open()
	var missing []uint64
	eachTalk(m.schedule.Event(), func(t sched.Talk) {
		if _, ok := m.outlines[t.ID]; !ok {
			missing = append(missing, t.ID)
		}
	})
	if len(missing) == 0 || m.cfg.Loader == nil {
		return m, nil
	}
	loader := m.cfg.Loader
	return m, func() tea.Msg {
		msg := eventOutlinesMsg{outlines: make(map[uint64]*doc.Outline, len(missing))}
		for _, id := range missing {
			o, err := loader.LoadOutline(id)
			if err != nil {
				msg.err = fmt.Errorf("talk %d: %w", id, err)
				continue
			}
			msg.outlines[id] = o
		}
		return msg
	}
}

// eventLoaded keeps the outlines a search loaded. An outline loaded
// meanwhile by opening its talk stays: it may hold edits not yet on disk.
func (m Model) eventLoaded(msg eventOutlinesMsg) Model {
	for id, o := range msg.outlines {
		if _, ok := m.outlines[id]; !ok {
			m.outlines[id] = o
		}
	}
	if msg.err != nil {
		m.status = m.status.SetMessage("search could not read every talk: " + msg.err.Error())
	}
	m.finder = m.finder.Refresh()
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
	for i, d := range ev.Days {
		if t, _ := d.Find(talkID); t != nil {
			s, _ = m.schedule.SetEvent(ev, i).Select(talkID)
			return s
		}
	}
	return m.schedule
}
