package notesync

import (
	"bytes"
	"fmt"
	"slices"
	"time"

	"lanyard/store"
	"lanyard/store/schedule"
)

// Apply writes merged into the notebook in one transaction. It applies
// the difference between ours (what Files gave the merge) and merged to
// the notebook as it is now, field by field, so that what the user typed
// after Files was taken stays. An error changes nothing.
func (b *Book) Apply(ours, merged map[string][]byte) error {
	fo, err := readForm(ours)
	if err != nil {
		return fmt.Errorf("apply: this notebook's form: %w", err)
	}
	fm, err := readForm(merged)
	if err != nil {
		return fmt.Errorf("apply: the merged form: %w", err)
	}
	var changed []uint64
	err = b.nb.SyncUpdate(func(st *store.SyncTx) error {
		a, err := newApplier(st)
		if err != nil {
			return err
		}
		for _, id := range sortedKeys(fm.events) {
			if err := a.event(fo.events[id], fm.events[id]); err != nil {
				return err
			}
		}
		changed = a.changedTalks()
		return nil
	})
	if err != nil {
		return fmt.Errorf("apply the merge: %w", err)
	}
	b.mu.Lock()
	b.changed = changed
	b.mu.Unlock()
	return nil
}

// applier is one Apply's transaction and what it read.
type applier struct {
	st  *store.SyncTx
	cur *form
	x   *ids
	// events are the notebook's events by sync identity.
	events  map[string]*schedule.Event
	changed map[uint64]bool
}

func newApplier(st *store.SyncTx) (*applier, error) {
	cur, x, evs, err := readBook(st, false) // notes: only the talks the merge changed are read
	if err != nil {
		return nil, err
	}
	a := &applier{st: st, cur: cur, x: x, events: map[string]*schedule.Event{}, changed: map[uint64]bool{}}
	for i := range evs {
		a.events[x.events[evs[i].ID]] = &evs[i]
	}
	return a, nil
}

func (a *applier) changedTalks() []uint64 {
	out := make([]uint64, 0, len(a.changed))
	for id := range a.changed {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// event applies one event of the merge. o is nil for an event new here.
func (a *applier) event(o, m *event) error {
	if o == nil {
		o = newEvent(m.id)
	}
	c := a.cur.events[m.id]
	ev := a.events[m.id]
	if ev == nil {
		id, err := a.st.NewID()
		if err != nil {
			return err
		}
		ev = &schedule.Event{ID: id, Name: m.name, TZ: m.tz}
		c = newEvent(m.id)
		c.name, c.tz = m.name, m.tz
	}
	locals := a.localTalks(ev)
	if a.events[m.id] != nil && bytes.Equal(o.scheduleFile(), m.scheduleFile()) {
		return a.eventNotes(o, m, locals, c.talks)
	}
	ev.Name = theirsIfChanged(c.name, o.name, m.name)
	ev.TZ = theirsIfChanged(c.tz, o.tz, m.tz)
	talks, gone := a.talks(c, o, m, locals)
	if err := a.rebuild(ev, c, o, m, talks, locals); err != nil {
		return err
	}
	for _, id := range gone {
		a.changed[id] = true
		if err := a.st.ForgetTalk(id); err != nil {
			return err
		}
		if err := a.st.ForgetBulletIDs(id); err != nil {
			return err
		}
	}
	if err := a.st.PutEvent(*ev); err != nil {
		return err
	}
	if a.x.storedEvents[ev.ID] != m.id {
		if err := a.st.SetEventID(ev.ID, m.id); err != nil {
			return err
		}
	}
	for sid, local := range locals {
		if a.x.storedTalks[local] != sid && talks[sid] != nil {
			if err := a.st.SetTalkID(local, sid); err != nil {
				return err
			}
		}
	}
	return a.eventNotes(o, m, locals, talks)
}

// eventNotes applies the notes of an event's talks.
func (a *applier) eventNotes(o, m *event, locals map[string]uint64, talks map[string]*talk) error {
	for _, tid := range union(o.notes, m.notes) {
		local, ok := locals[tid]
		if !ok || talks[tid] == nil || m.talks[tid] == nil {
			// The talk is gone, or the merge deleted it and it stays
			// because it was written in since Files: as it is now.
			continue
		}
		if err := a.notes(local, o.notes[tid], m.notes[tid]); err != nil {
			return err
		}
	}
	return nil
}

// theirsIfChanged is the value of a field after Apply: the merge's if the
// merge changed it, else the notebook's as it is now.
func theirsIfChanged[T comparable](cur, ours, merged T) T {
	if merged != ours {
		return merged
	}
	return cur
}

// localTalks maps the sync identities of an event's talks to their local
// IDs.
func (a *applier) localTalks(ev *schedule.Event) map[string]uint64 {
	out := map[string]uint64{}
	for _, t := range ev.All() {
		out[a.x.talks[t.ID]] = t.ID
	}
	return out
}

// talks works out the event's talks after Apply, by sync identity, and the
// local IDs of those the merge deleted.
func (a *applier) talks(c, o, m *event, locals map[string]uint64) (map[string]*talk, []uint64) {
	out := map[string]*talk{}
	for id, t := range c.talks {
		out[id] = cloneTalk(t)
		out[id].rank += 1 << 20 // talks added meanwhile go after the merge's
	}
	var gone []uint64
	for id := range o.talks {
		if m.talks[id] == nil && out[id] != nil && !a.touchedSince(id, locals[id], o, c) {
			delete(out, id)
			gone = append(gone, locals[id])
		}
	}
	for id, tm := range m.talks {
		to, tc := o.talks[id], c.talks[id]
		switch {
		case tc == nil && to != nil:
			continue // deleted here since Files: that stands
		case tc == nil, to == nil:
			out[id] = cloneTalk(tm)
		default:
			r := applyTalk(tc, to, tm)
			if !r.sameFields(tc) {
				a.changed[locals[id]] = true
			}
			out[id] = r
		}
	}
	slices.Sort(gone)
	return out, gone
}

// touchedSince reports whether a talk the merge deletes was changed here
// since Files: its details, or its notes. Then it stays, as a talk
// deleted on one side and changed on the other does.
func (a *applier) touchedSince(id string, local uint64, o, c *event) bool {
	if !o.talks[id].sameFields(c.talks[id]) {
		return true
	}
	now, err := readNotesOf(a.st, a.x, id, local)
	return err != nil || !sameNotes(o.notes[id], now)
}

// applyTalk is a talk after Apply: each field the merge changed takes
// the merge's value, the others stay as they are now.
func applyTalk(c, o, m *talk) *talk {
	r := cloneTalk(c)
	r.rank = m.rank
	r.date = theirsIfChanged(c.date, o.date, m.date)
	r.slot = theirsIfChanged(c.slot, o.slot, m.slot)
	r.start = theirsIfChanged(c.start, o.start, m.start)
	r.end = theirsIfChanged(c.end, o.end, m.end)
	r.kind = theirsIfChanged(c.kind, o.kind, m.kind)
	r.title = theirsIfChanged(c.title, o.title, m.title)
	if !slices.Equal(o.speakers, m.speakers) {
		r.speakers = slices.Clone(m.speakers)
	}
	r.room = theirsIfChanged(c.room, o.room, m.room)
	r.track = theirsIfChanged(c.track, o.track, m.track)
	r.source = theirsIfChanged(c.source, o.source, m.source)
	r.attended = theirsIfChanged(c.attended, o.attended, m.attended)
	r.watchLater = theirsIfChanged(c.watchLater, o.watchLater, m.watchLater)
	r.manual = theirsIfChanged(c.manual, o.manual, m.manual)
	r.dropped = theirsIfChanged(c.dropped, o.dropped, m.dropped)
	return r
}

// rebuild sets ev's days and talks to talks, giving new talks local IDs.
func (a *applier) rebuild(ev *schedule.Event, c, o, m *event, talks map[string]*talk, locals map[string]uint64) error {
	for _, id := range sortedKeys(talks) {
		if _, ok := locals[id]; ok {
			continue
		}
		local, err := a.st.NewID()
		if err != nil {
			return err
		}
		locals[id] = local
		a.changed[local] = true
	}
	days := map[string]bool{}
	for _, d := range m.days {
		days[d] = true
	}
	for _, d := range c.days {
		if !slices.Contains(o.days, d) {
			days[d] = true // made here since Files
		}
	}
	tmp := newEvent(m.id)
	tmp.talks = talks
	tops, items := tmp.ordered()
	for d := range tops {
		days[d] = true
	}
	loc, err := time.LoadLocation(ev.TZ)
	if err != nil {
		loc = time.UTC // a zone this machine does not know: the instant is what counts
	}
	ev.Days = nil
	for _, date := range sortedKeys(days) {
		day := schedule.Day{Date: date}
		for _, t := range tops[date] {
			st, err := scheduleTalk(t, locals[t.id], loc)
			if err != nil {
				return err
			}
			for _, it := range items[t.id] {
				item, err := scheduleTalk(it, locals[it.id], loc)
				if err != nil {
					return err
				}
				st.Items = append(st.Items, item)
			}
			day.Talks = append(day.Talks, st)
		}
		ev.Days = append(ev.Days, day)
	}
	return nil
}

// scheduleTalk is a talk of the form as the schedule holds it.
func scheduleTalk(t *talk, id uint64, loc *time.Location) (schedule.Talk, error) {
	st := schedule.Talk{
		ID: id, Title: t.title, Speakers: slices.Clone(t.speakers), Room: t.room, Track: t.track,
		Kind: schedule.Kind(t.kind), Attended: t.attended, SourceID: t.source, Dropped: t.dropped,
		Manual: t.manual, WatchLater: t.watchLater,
	}
	start, err := time.Parse(time.RFC3339Nano, t.start)
	if err != nil {
		return st, fmt.Errorf("talk %s: start: %w", t.id, err)
	}
	st.Start = start.In(loc)
	if t.end != "" {
		end, err := time.Parse(time.RFC3339Nano, t.end)
		if err != nil {
			return st, fmt.Errorf("talk %s: end: %w", t.id, err)
		}
		st.End = end.In(loc)
	}
	return st, nil
}
