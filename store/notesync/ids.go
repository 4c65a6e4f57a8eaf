package notesync

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"lanyard/store"
	"lanyard/store/fold"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// Sync identities. Local IDs are counters of one notebook, so the form
// names things otherwise:
//
//   - an event by a hash of its name ("e" and 12 hex digits), so that two
//     notebooks that imported one conference name it alike;
//   - a talk by a hash of its source's ID, else of its day, start and
//     title ("t" and 12 hex digits), as a re-import recognises a talk, so
//     that two notebooks that imported one schedule before their first
//     sync name its talks alike;
//   - a bullet by the notebook that made it and its ID there
//     ("3f2a9c1b4e7d.17": the first 12 hex digits of store's Identity).
//
// A name taken twice in one notebook (two events of one name) falls back
// to the notebook and local ID for all but the first. Once synced, an
// event's or talk's identity is stored (a later correction of its title
// keeps it), and so is that of every bullet that came from another
// notebook, which got a fresh local ID here.

// originLen is how much of the notebook's identity a bullet's carries: 48
// bits, plenty to tell the laptops of one user or team apart.
const originLen = 12

// ids are the sync identities of one notebook's events, talks and
// bullets, both ways.
type ids struct {
	origin string
	// events and talks map local IDs to sync identities; a talk's sync
	// identity is unique within its event.
	events map[uint64]string
	talks  map[uint64]string
	// storedEvents and storedTalks are the identities the notebook keeps.
	storedEvents, storedTalks store.SyncIDs
}

func newIDs(origin string) *ids {
	return &ids{origin: origin, events: map[uint64]string{}, talks: map[uint64]string{}}
}

// originOf shortens a notebook identity.
func originOf(identity string) (string, error) {
	if len(identity) < originLen {
		return "", fmt.Errorf("the notebook has no identity to sync with (open it with this lanyard once)")
	}
	return identity[:originLen], nil
}

func (x *ids) local(id uint64) string { return x.origin + "." + strconv.FormatUint(id, 10) }

func hashID(prefix string, parts ...string) string {
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return prefix + hex.EncodeToString(sum[:6])
}

// assign gives every event and talk of evs its sync identity: the stored
// one, else the one made from its name, else its local one.
func (x *ids) assign(evs []schedule.Event) {
	taken := map[string]bool{}
	for _, ev := range evs {
		if id, ok := x.storedEvents[ev.ID]; ok {
			x.events[ev.ID] = id
			taken[id] = true
		}
	}
	for _, ev := range evs {
		if _, ok := x.events[ev.ID]; ok {
			continue
		}
		id := hashID("e", nameKey(ev.Name))
		if taken[id] {
			id = x.local(ev.ID)
		}
		x.events[ev.ID] = id
		taken[id] = true
	}
	for _, ev := range evs {
		x.assignTalks(ev, x.storedTalks)
	}
}

func (x *ids) assignTalks(ev schedule.Event, stored store.SyncIDs) {
	taken := map[string]bool{}
	for _, t := range ev.All() {
		if id, ok := stored[t.ID]; ok {
			x.talks[t.ID] = id
			taken[id] = true
		}
	}
	for d, t := range ev.All() {
		if _, ok := x.talks[t.ID]; ok {
			continue
		}
		var id string
		if t.SourceID != "" {
			id = hashID("t", "source", t.SourceID)
		} else {
			id = hashID("t", ev.Days[d].Date, formatTime(t.Start), nameKey(t.Title))
		}
		if taken[id] {
			id = x.local(t.ID)
		}
		x.talks[t.ID] = id
		taken[id] = true
	}
}

// nameKey is a name as matching sees it: case and runs of spaces do not
// make another event or talk (as store's re-import matches).
func nameKey(s string) string { return fold.String(strings.Join(strings.Fields(s), " ")) }

// bulletIDs are the sync identities of one talk's bullets. A bullet from
// another notebook has its identity stored with its creation time: the
// editor may give a deleted bullet's local ID to a new one (after a
// restart, the highest ID is free again), and the new one is not the
// bullet the stored identity names.
type bulletIDs struct {
	x      *ids
	stored store.SyncIDs
	// bySync finds a local bullet by its sync identity; built on demand.
	bySync map[string]outline.ID
}

func (x *ids) bullets(stored store.SyncIDs) *bulletIDs {
	return &bulletIDs{x: x, stored: stored}
}

// bulletRecord is what the notebook stores for a bullet from elsewhere.
func bulletRecord(syncID string, created time.Time) string {
	return syncID + "\x00" + strconv.FormatInt(stamp(created), 10)
}

func stamp(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// storedFor returns the stored identity of n, if the record is n's.
func (b *bulletIDs) storedFor(n *outline.Node) (string, bool) {
	v, ok := b.stored[uint64(n.ID)]
	if !ok {
		return "", false
	}
	i := strings.LastIndexByte(v, 0)
	if i < 0 || v[i+1:] != strconv.FormatInt(stamp(n.Created), 10) {
		return "", false
	}
	return v[:i], true
}

// syncID is the sync identity of bullet n.
func (b *bulletIDs) syncID(n *outline.Node) string {
	if s, ok := b.storedFor(n); ok {
		return s
	}
	return b.x.local(uint64(n.ID))
}

// localID finds the bullet a sync identity names among nodes (the talk's
// bullets as they are now); ok is false for one this notebook lacks.
func (b *bulletIDs) localID(syncID string, nodes map[outline.ID]*outline.Node) (outline.ID, bool) {
	if b.bySync == nil {
		// A bullet deleted here keeps its stored identity (deletes do not
		// go through sync), so only the bullets there are now count.
		b.bySync = make(map[string]outline.ID, len(b.stored))
		for local := range b.stored {
			if n := nodes[outline.ID(local)]; n != nil {
				if s, ok := b.storedFor(n); ok {
					b.bySync[s] = n.ID
				}
			}
		}
	}
	if id, ok := b.bySync[syncID]; ok {
		return id, true
	}
	if rest, ok := strings.CutPrefix(syncID, b.x.origin+"."); ok {
		id, err := strconv.ParseUint(rest, 10, 64)
		if n := nodes[outline.ID(id)]; err == nil && n != nil {
			if _, elsewhere := b.storedFor(n); !elsewhere {
				return n.ID, true
			}
		}
	}
	return 0, false
}

// unstored reports whether any event or talk has a sync identity the
// notebook does not keep yet.
func (x *ids) unstored() bool {
	for id, s := range x.events {
		if x.storedEvents[id] != s {
			return true
		}
	}
	for id, s := range x.talks {
		if x.storedTalks[id] != s {
			return true
		}
	}
	return false
}

// store keeps the identities of events and talks that have none stored.
// An identity stored meanwhile (by another sync) is left as it is.
func (x *ids) store(st *store.SyncTx) error {
	events, err := st.EventIDs()
	if err != nil {
		return err
	}
	talks, err := st.TalkIDs()
	if err != nil {
		return err
	}
	for id, s := range x.events {
		if _, ok := events[id]; !ok {
			if err := st.SetEventID(id, s); err != nil {
				return err
			}
		}
	}
	for id, s := range x.talks {
		if _, ok := talks[id]; !ok {
			if err := st.SetTalkID(id, s); err != nil {
				return err
			}
		}
	}
	return nil
}
