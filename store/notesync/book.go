package notesync

import (
	"fmt"
	"slices"
	"sync"

	"lanyard/store"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// Book is one notebook as a sync sees it. It implements gitsync.Notebook.
// Its methods may be called from another goroutine than the app's; they
// read and write the notebook in transactions of their own, beside the
// app's writer.
type Book struct {
	nb *store.Notebook

	mu      sync.Mutex
	changed []uint64
}

// New returns the Book of an open notebook.
func New(nb *store.Notebook) *Book { return &Book{nb: nb} }

// Changed names the talks whose notes or details the last Apply changed,
// so a running app can reload the one on screen.
func (b *Book) Changed() []uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.changed)
}

// Files is the notebook as it is now, in its synced form. The same
// notebook always gives the same bytes.
//
// The first time an event or talk is written out, its sync identity is
// stored, so that a later correction of its name or title does not make
// it another event or talk to the other laptops.
func (b *Book) Files() (map[string][]byte, error) {
	var (
		f *form
		x *ids
	)
	err := b.nb.SyncView(func(st *store.SyncTx) error {
		var err error
		f, x, _, err = readBook(st, true)
		return err
	})
	if err == nil && x.unstored() {
		err = b.nb.SyncUpdate(x.store)
	}
	if err != nil {
		return nil, fmt.Errorf("synced form: %w", err)
	}
	return f.files(), nil
}

// Merge is the three-way merge of the form by identity (see merge.go).
// It is pure: it reads the three forms and writes nothing.
func (b *Book) Merge(base, ours, theirs map[string][]byte) (map[string][]byte, error) {
	fb, err := readForm(base)
	if err != nil {
		return nil, fmt.Errorf("merge: the last synced form: %w", err)
	}
	fo, err := readForm(ours)
	if err != nil {
		return nil, fmt.Errorf("merge: this notebook's form: %w", err)
	}
	ft, err := readForm(theirs)
	if err != nil {
		return nil, fmt.Errorf("merge: the form the remote brought: %w", err)
	}
	return mergeForms(fb, fo, ft).files(), nil
}

// readBook reads the whole notebook as a form, with the identities it
// gave everything; withNotes false leaves the talks' notes out.
func readBook(st *store.SyncTx, withNotes bool) (f *form, x *ids, evs []schedule.Event, err error) {
	origin, err := originOf(st.Identity())
	if err != nil {
		return nil, nil, nil, err
	}
	if evs, err = st.Events(); err != nil {
		return nil, nil, nil, err
	}
	x = newIDs(origin)
	if x.storedEvents, err = st.EventIDs(); err != nil {
		return nil, nil, nil, err
	}
	if x.storedTalks, err = st.TalkIDs(); err != nil {
		return nil, nil, nil, err
	}
	x.assign(evs)
	f, err = formOf(st, x, evs, withNotes)
	return f, x, evs, err
}

// formOf is the notebook's events and notes as a form.
func formOf(st *store.SyncTx, x *ids, evs []schedule.Event, withNotes bool) (*form, error) {
	f := newForm()
	for _, ev := range evs {
		fe := newEvent(x.events[ev.ID])
		if f.events[fe.id] != nil {
			return nil, fmt.Errorf("event %d: sync identity %s is another event's too", ev.ID, fe.id)
		}
		fe.name, fe.tz = ev.Name, ev.TZ
		f.events[fe.id] = fe
		for _, day := range ev.Days {
			fe.days = append(fe.days, day.Date)
			rank := 0
			for i := range day.Talks {
				t := &day.Talks[i]
				rank++
				fe.talks[x.talks[t.ID]] = talkOf(x, t, day.Date, "", rank)
				for j := range t.Items {
					rank++
					fe.talks[x.talks[t.Items[j].ID]] = talkOf(x, &t.Items[j], day.Date, x.talks[t.ID], rank)
				}
			}
		}
		slices.Sort(fe.days)
		fe.days = slices.Compact(fe.days)
		for _, t := range ev.All() {
			if !withNotes {
				break
			}
			n, err := readNotesOf(st, x, x.talks[t.ID], t.ID)
			if err != nil {
				return nil, err
			}
			if n != nil {
				fe.notes[n.talk] = n
			}
		}
	}
	return f, nil
}

// talkOf is a talk of the schedule as the form holds it.
func talkOf(x *ids, t *schedule.Talk, date, slot string, rank int) *talk {
	ft := &talk{
		id: x.talks[t.ID], date: date, slot: slot, start: formatTime(t.Start), kind: string(t.Kind), title: t.Title,
		speakers: slices.Clone(t.Speakers), room: t.Room, track: t.Track, source: t.SourceID,
		attended: t.Attended, watchLater: t.WatchLater, manual: t.Manual, dropped: t.Dropped, rank: rank,
	}
	if !t.End.IsZero() {
		ft.end = formatTime(t.End)
	}
	return ft
}

// readNotesOf reads a talk's bullets; nil when it has none. Records that
// do not form a tree are read as LoadOutline repairs them.
func readNotesOf(st *store.SyncTx, x *ids, syncID string, talkID uint64) (*notes, error) {
	nodes, err := st.Nodes(talkID)
	if err != nil || len(nodes) == 0 {
		return nil, err
	}
	stored, err := st.BulletIDs(talkID)
	if err != nil {
		return nil, err
	}
	o, err := outline.AdoptNodes(nodes)
	if err != nil {
		return nil, fmt.Errorf("outline of talk %d: %w", talkID, err)
	}
	bids := x.bullets(stored)
	n := &notes{talk: syncID, bullets: make(map[string]*bullet, o.Len())}
	for i := range o.Len() {
		node := o.At(i)
		var parent *outline.Node
		if node.Parent != 0 {
			parent = o.At(o.Find(node.Parent))
		}
		fb := bulletOf(node, parent, bids)
		if n.bullets[fb.id] != nil {
			return nil, fmt.Errorf("talk %d: two bullets have sync identity %s", talkID, fb.id)
		}
		n.bullets[fb.id] = fb
	}
	return n, nil
}

// bulletOf is a bullet as the form holds it; parent is its parent's
// node, nil at top level.
func bulletOf(node, parent *outline.Node, bids *bulletIDs) *bullet {
	fb := &bullet{
		id: bids.syncID(node), order: node.Order, kind: node.Kind,
		folded: node.Folded, conflict: node.Conflict, text: node.Text,
	}
	if parent != nil {
		fb.parent = bids.syncID(parent)
	}
	return fb
}
