package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/schedule"
)

// ImportSummary says what an import did, for the user to check.
type ImportSummary struct {
	// Created is true when no event had the name and a new one was made.
	Created bool
	// Days and Talks count the imported schedule, slot items included.
	Days, Talks int
	// Added, Updated and Unchanged divide the imported talks: new to the
	// notebook, matched to one it had but changed, and matched as it was.
	Added, Updated, Unchanged int
	// Dropped counts talks the schedule no longer has that are kept,
	// marked Dropped, for their notes; Removed those deleted, having none.
	Dropped, Removed int
}

// ImportEvent stores a freshly read schedule under ev.Name: a new event if
// none has that name (exactly, else ignoring case), else a merge into the
// one that has, keeping talk IDs and so their notes. It all happens in one
// transaction: an error changes nothing.
//
// A talk of the new schedule matches an old one by SourceID when both have
// one; else by day, start and title; else by day, start and speakers (a
// retitled talk). Items inside a slot match the same way among that slot's
// old items, or among all the day's old talks when the slot itself did not
// match. A matched talk takes the new details, keeps its ID, and is
// Attended if either version was. An old talk that no longer appears is
// kept, marked Dropped, when it has notes, and removed when it has none;
// the user's own pages (KindPage) are always kept as they are. The event
// takes the new time zone.
func (nb *Notebook) ImportEvent(ev schedule.Event) (schedule.Event, ImportSummary, error) {
	if err := checkImport(ev); err != nil {
		return schedule.Event{}, ImportSummary{}, fmt.Errorf("import %q: %w", ev.Name, err)
	}
	fresh := cloneEvent(ev)
	sortSchedule(&fresh)
	for _, t := range fresh.All() {
		t.ID = 0
		if t.About == nil {
			// A talk the source says nothing about clears what an
			// earlier import said; nil is kept for talks kept from before.
			t.About = &schedule.About{}
		}
	}
	var (
		out schedule.Event
		sum ImportSummary
	)
	err := nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		out, sum, err = importInto(b, fresh)
		if err == nil && nb.importFault != nil {
			err = nb.importFault()
		}
		return err
	})
	if err != nil {
		return schedule.Event{}, ImportSummary{}, fmt.Errorf("import %q: %w", ev.Name, err)
	}
	return out, sum, nil
}

// checkImport refuses schedules the notebook could not hold sensibly.
func checkImport(ev schedule.Event) error {
	if strings.TrimSpace(ev.Name) == "" {
		return errors.New("the event has no name")
	}
	seen := make(map[string]bool, len(ev.Days))
	for _, d := range ev.Days {
		if _, err := time.Parse(schedule.DateLayout, d.Date); err != nil {
			return fmt.Errorf("day %q: %w", d.Date, err)
		}
		if seen[d.Date] {
			return fmt.Errorf("day %s appears twice", d.Date)
		}
		seen[d.Date] = true
	}
	return nil
}

// importInto creates or merges fresh (sorted, without IDs) in one
// transaction's buckets.
func importInto(b buckets, fresh schedule.Event) (schedule.Event, ImportSummary, error) {
	old, err := eventNamed(b.events, fresh.Name)
	created := errors.Is(err, ErrNotFound)
	if err != nil && !created {
		return schedule.Event{}, ImportSummary{}, err
	}
	// Count the schedule before merging: merge shares fresh's slices and
	// puts kept talks into them, which would then be counted as imported.
	days, talks := len(fresh.Days), countTalks(fresh)
	var (
		out     schedule.Event
		sum     ImportSummary
		removed []uint64
	)
	if created {
		out, sum = fresh, ImportSummary{Created: true}
		if out.ID, err = b.events.NextSequence(); err != nil {
			return out, sum, fmt.Errorf("next ID: %w", err)
		}
	} else {
		out, sum, removed = merge(old, fresh,
			func(id uint64) bool { return hasNotes(b.outlines, id) },
			func(id uint64) schedule.About { a, _ := readAbout(b.abouts, id); return a })
	}
	sum.Days, sum.Talks = days, talks
	for _, id := range removed {
		if err := forgetTalk(b, id); err != nil {
			return out, sum, err
		}
	}
	if err := assignMissingIDs(b.events, &out, &sum); err != nil {
		return out, sum, err
	}
	if err := writeImportedAbouts(b.abouts, &out); err != nil {
		return out, sum, err
	}
	return out, sum, writeEvent(b.events, out)
}

// countTalks counts an event's talks, slot items included.
func countTalks(ev schedule.Event) int {
	n := 0
	for range ev.All() {
		n++
	}
	return n
}

// assignMissingIDs gives each talk without an ID (the new ones) a fresh
// one, counting it as added.
func assignMissingIDs(events *bolt.Bucket, ev *schedule.Event, sum *ImportSummary) error {
	for _, t := range ev.All() {
		if t.ID != 0 {
			continue
		}
		var err error
		if t.ID, err = events.NextSequence(); err != nil {
			return fmt.Errorf("next ID: %w", err)
		}
		sum.Added++
	}
	return nil
}

// oldTalk is a talk of the stored event while merging.
type oldTalk struct {
	t       *schedule.Talk
	date    string
	start   time.Time // an item's is its slot's unless it has its own
	slot    *oldTalk  // nil at top level
	matched bool
}

// newTalk is a talk of the imported schedule while merging, and the old
// talk it turned out to be.
type newTalk struct {
	t     *schedule.Talk
	date  string
	start time.Time
	slot  *newTalk
	match *oldTalk
}

// merge folds fresh into old and returns the event to store (talks new to
// the notebook have ID 0), the summary so far, and the IDs of the old talks
// removed, whose outlines (empty bullets at most) go too.
//
// about gives an old talk's stored About, so that a changed abstract counts
// as an update.
func merge(old, fresh schedule.Event, notes func(id uint64) bool, about func(id uint64) schedule.About) (schedule.Event, ImportSummary, []uint64) {
	out := fresh
	out.ID = old.ID
	olds, news := flattenOld(&old), flattenNew(&out)
	pairTalks(olds, news)
	var sum ImportSummary
	for _, n := range news {
		if n.match != nil {
			adopt(n.t, *n.match.t, about(n.match.t.ID), &sum)
		}
	}
	removed := keepUnmatched(&out, olds, news, notes, &sum)
	return out, sum, removed
}

// adopt gives a matched new talk the old one's identity and attendance,
// and counts whether anything the user would see changed.
func adopt(t *schedule.Talk, was schedule.Talk, wasAbout schedule.About, sum *ImportSummary) {
	t.ID = was.ID
	t.Attended = t.Attended || was.Attended
	t.WatchLater = t.WatchLater || was.WatchLater
	t.Dropped = false
	if sameDetails(*t, was) && (t.About == nil || t.About.Equal(wasAbout)) {
		sum.Unchanged++
	} else {
		sum.Updated++
	}
}

// sameDetails compares everything about two talks but their items.
func sameDetails(a, b schedule.Talk) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Title == b.Title &&
		slices.Equal(a.Speakers, b.Speakers) && a.Room == b.Room && a.Kind == b.Kind &&
		a.Attended == b.Attended && a.SourceID == b.SourceID && a.Dropped == b.Dropped &&
		a.Track == b.Track
}

// flattenOld lists the stored event's talks and items. The user's pages
// take no part in matching; keepUnmatched keeps them as they are.
func flattenOld(ev *schedule.Event) []*oldTalk {
	var out []*oldTalk
	for d := range ev.Days {
		day := &ev.Days[d]
		for i := range day.Talks {
			slot := &oldTalk{t: &day.Talks[i], date: day.Date, start: day.Talks[i].Start}
			out = append(out, slot)
			for j := range slot.t.Items {
				item := &slot.t.Items[j]
				out = append(out, &oldTalk{t: item, date: day.Date, start: itemStart(*item, *slot.t), slot: slot})
			}
		}
	}
	return out
}

// flattenNew lists the imported talks and items, top-level ones first so
// that slots are matched before their items.
func flattenNew(ev *schedule.Event) []*newTalk {
	var top, items []*newTalk
	for d := range ev.Days {
		day := &ev.Days[d]
		for i := range day.Talks {
			slot := &newTalk{t: &day.Talks[i], date: day.Date, start: day.Talks[i].Start}
			top = append(top, slot)
			for j := range slot.t.Items {
				item := &slot.t.Items[j]
				items = append(items, &newTalk{t: item, date: day.Date, start: itemStart(*item, *slot.t), slot: slot})
			}
		}
	}
	return append(top, items...)
}

// itemStart is when an item starts: its own time if it has one, else its
// slot's.
func itemStart(item, slot schedule.Talk) time.Time {
	if item.Start.IsZero() {
		return slot.Start
	}
	return item.Start
}

// keepUnmatched decides the fate of every old talk the import did not
// match: pages stay as they are, talks with notes stay marked Dropped (an
// item in its old slot if that slot still exists, else in a kept copy of
// the slot), and the rest go. It returns the IDs of the talks removed.
func keepUnmatched(out *schedule.Event, olds []*oldTalk, news []*newTalk, notes func(uint64) bool, sum *ImportSummary) []uint64 {
	slotFor := make(map[*oldTalk]*newTalk)
	for _, n := range news {
		if n.match != nil {
			slotFor[n.match] = n
		}
	}
	itemsOf := make(map[*oldTalk][]*oldTalk)
	for _, o := range olds {
		if o.slot != nil && !o.matched {
			itemsOf[o.slot] = append(itemsOf[o.slot], o)
		}
	}
	var (
		removed []uint64
		keep    []oldTalk // top-level talks to put back, once items are placed
	)
	// keepItems returns the unmatched items of an old slot worth keeping.
	keepItems := func(slot *oldTalk) []schedule.Talk {
		var kept []schedule.Talk
		for _, o := range itemsOf[slot] {
			if t, ok := keepOne(*o.t, notes, sum); ok {
				kept = append(kept, t)
			} else {
				removed = append(removed, o.t.ID)
			}
		}
		return kept
	}
	for _, o := range olds {
		if o.slot != nil {
			continue // items are decided with their slot
		}
		items := keepItems(o)
		if n := slotFor[o]; n != nil {
			// A slot that became an item hands its kept items to the
			// item's slot: an item's own Items are read by nothing.
			if n.slot != nil {
				n = n.slot
			}
			// Appending to a talk inside out is safe only until
			// insertTalk below moves the day's talks.
			n.t.Items = append(n.t.Items, items...)
			continue
		}
		t := *o.t
		t.Items = items
		if len(items) > 0 && t.Kind != schedule.KindPage {
			t.Dropped = true
			sum.Dropped++
			keep = append(keep, oldTalk{t: &t, date: o.date})
			continue
		}
		if kept, ok := keepOne(t, notes, sum); ok {
			keep = append(keep, oldTalk{t: &kept, date: o.date})
		} else {
			removed = append(removed, o.t.ID)
		}
	}
	for _, k := range keep {
		insertTalk(out, k.date, *k.t)
	}
	sum.Removed += len(removed)
	return removed
}

// keepOne decides on one unmatched old talk: a page or a talk the user
// added by hand is kept as it is, a talk with notes is kept marked Dropped;
// ok is false for a talk to remove.
func keepOne(t schedule.Talk, notes func(uint64) bool, sum *ImportSummary) (schedule.Talk, bool) {
	switch {
	case t.Kind == schedule.KindPage, t.Manual:
		return t, true
	case notes(t.ID):
		t.Dropped = true
		sum.Dropped++
		return t, true
	}
	return t, false
}
