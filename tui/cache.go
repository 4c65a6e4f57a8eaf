package tui

import (
	doc "lanyard/store/outline"
	"lanyard/tui/status"
)

// Outlines in memory. The outline in the editor is the truth, and so is
// one whose edits the writer may not have committed yet: reading either
// again from the notebook could miss the last keystrokes. Every other
// outline can be read again, so the root keeps only the few used last,
// and a week of big conferences, or a search through all of it, does not
// grow the heap without end.
//
// An outline's undo history lives in it: the talk in the editor keeps its
// history, and so does one kept here; a talk whose outline was let go
// starts a new history when it is opened again.

const (
	// cachedOutlines and cachedRows bound the outlines kept besides the
	// pinned ones: enough to go back and forth between the talks of a
	// morning without a load, little enough that a hundred talks of a
	// thousand bullets cost a few megabytes.
	cachedOutlines = 12
	cachedRows     = 20_000
)

// outlineCache holds outlines by talk, the least recently used let go
// first. It is shared by every copy of the root model, as the map it
// replaces was.
type outlineCache struct {
	entries map[uint64]*cachedOutline
	// uses counts gets and puts, to order entries by their last use.
	uses uint64
	// maxOutlines and maxRows bound the cache; pinned outlines count
	// towards them but are never let go.
	maxOutlines, maxRows int
	// edited is the writer's number of each talk's latest edit, until
	// the writer reports it on disk.
	edited map[uint64]uint64
	// waits are told when the writer reports an edit on disk (see
	// capture.go).
	waits commitWaits
}

type cachedOutline struct {
	outline *doc.Outline
	used    uint64
}

func newOutlineCache() *outlineCache {
	return &outlineCache{
		entries:     map[uint64]*cachedOutline{},
		maxOutlines: cachedOutlines,
		maxRows:     cachedRows,
		edited:      map[uint64]uint64{},
	}
}

// get returns a talk's outline if it is in memory.
func (c *outlineCache) get(talkID uint64) (*doc.Outline, bool) {
	e, ok := c.entries[talkID]
	if !ok {
		return nil, false
	}
	c.uses++
	e.used = c.uses
	return e.outline, true
}

// has reports whether a talk's outline is in memory, without counting it
// as used.
func (c *outlineCache) has(talkID uint64) bool {
	_, ok := c.entries[talkID]
	return ok
}

// peek returns a talk's outline without counting it as used, nil when it
// is not in memory.
func (c *outlineCache) peek(talkID uint64) *doc.Outline {
	if e, ok := c.entries[talkID]; ok {
		return e.outline
	}
	return nil
}

// put keeps a talk's outline. It does not let others go: trim does, once
// the root knows which are pinned.
func (c *outlineCache) put(talkID uint64, o *doc.Outline) {
	c.uses++
	c.entries[talkID] = &cachedOutline{outline: o, used: c.uses}
}

// remove forgets a talk's outline, as when the talk is deleted.
func (c *outlineCache) remove(talkID uint64) {
	delete(c.entries, talkID)
	delete(c.edited, talkID)
}

// len returns the number of outlines in memory.
func (c *outlineCache) len() int { return len(c.entries) }

// saved notes that a talk's latest edit went to the writer as edit
// number seq.
func (c *outlineCache) saved(talkID, seq uint64) { c.edited[talkID] = seq }

// committed takes in a writer's report: the talks whose latest edit is
// numbered at most the report's Committed are on disk and can be read
// again from the notebook. It is the same rule the status bar's "✓ saved"
// follows.
func (c *outlineCache) committed(s status.SaveMsg) {
	c.waits.report(s)
	if s.Err != nil {
		return
	}
	for id, seq := range c.edited {
		if seq <= s.Committed {
			delete(c.edited, id)
		}
	}
}

// trim lets go of the least recently used outlines until the cache is
// within its bounds, keeping onScreen and every talk with edits the
// writer has not reported on disk.
func (c *outlineCache) trim(onScreen uint64) {
	rows := 0
	for _, e := range c.entries {
		rows += e.outline.Len()
	}
	for len(c.entries) > c.maxOutlines || rows > c.maxRows {
		victim, ok := c.leastRecent(onScreen)
		if !ok {
			return // everything left is pinned
		}
		rows -= c.entries[victim].outline.Len()
		delete(c.entries, victim)
	}
}

// leastRecent returns the least recently used talk that may be let go.
func (c *outlineCache) leastRecent(onScreen uint64) (uint64, bool) {
	var victim uint64
	var oldest uint64
	found := false
	for id, e := range c.entries {
		if id == onScreen {
			continue
		}
		if _, pending := c.edited[id]; pending {
			continue
		}
		if !found || e.used < oldest {
			victim, oldest, found = id, e.used, true
		}
	}
	return victim, found
}
