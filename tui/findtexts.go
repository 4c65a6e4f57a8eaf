package tui

import doc "lanyard/store/outline"

// textsCache keeps the copy of each outline in memory that searches of the
// notes read (outline.Texts), made again only when the outline has changed
// since, and then sharing the parts of the old copy the edits left alone:
// typing a query costs a lookup per talk, not a pass over every bullet. Copies of outlines no longer in memory are let go at the end of
// each search's pass over the talks. Only the UI's goroutine uses it; the
// copies themselves go to commands. It is shared by every copy of the root
// model, as the outline cache is.
type textsCache struct {
	entries map[uint64]textsEntry
	// used is the talks the pass in progress asked for (begin, of, end).
	used map[uint64]bool
	// read are copies of outlines that searches read from the notebook,
	// kept while the overlay stays open (see keepRead), and readRows
	// their rows.
	read     map[uint64]*doc.Texts
	readRows int
}

// maxReadRows bounds the rows of the copies of outlines read from the
// notebook that are kept between keys: a few talks' worth of big notes,
// some tens of megabytes at most.
const maxReadRows = 300_000

// textsEntry is a copy of an outline and the outline it was taken of: a
// talk's outline let go and read again is another, whatever its Version.
type textsEntry struct {
	outline *doc.Outline
	texts   *doc.Texts
}

func newTextsCache() *textsCache {
	return &textsCache{entries: map[uint64]textsEntry{}, used: map[uint64]bool{}, read: map[uint64]*doc.Texts{}}
}

// begin starts a pass over the talks of a search.
func (c *textsCache) begin() { clear(c.used) }

// of returns a copy of the talk's outline o as it is now.
func (c *textsCache) of(talkID uint64, o *doc.Outline) *doc.Texts {
	c.used[talkID] = true
	c.dropRead(talkID) // the outline in memory is the truth now
	var prev *doc.Texts
	if e, ok := c.entries[talkID]; ok && e.outline == o {
		if e.texts.Version() == o.Version() {
			return e.texts
		}
		prev = e.texts // what the edits left alone is shared
	}
	t := o.TextsSince(prev)
	c.entries[talkID] = textsEntry{outline: o, texts: t}
	return t
}

// end lets go of the copies the pass did not ask for.
func (c *textsCache) end() {
	for id := range c.entries {
		if !c.used[id] {
			delete(c.entries, id)
		}
	}
}

// readCopy returns the copy of a talk's outline a search of this opening
// of the overlay read from the notebook, nil if there is none.
func (c *textsCache) readCopy(talkID uint64) *doc.Texts { return c.read[talkID] }

// keepRead keeps copies of outlines a search read from the notebook, so
// that the next key of the query searches them without reading them
// again, as many as maxReadRows allows. Nothing in this program changes
// a talk's notes but through its outline in memory, which searches prefer
// (of); still, every save forgets them (forgetRead), as does closing the
// overlay.
func (c *textsCache) keepRead(read map[uint64]*doc.Texts) {
	for id, t := range read {
		if _, ok := c.read[id]; ok || c.readRows+t.Len() > maxReadRows {
			continue
		}
		c.read[id] = t
		c.readRows += t.Len()
	}
}

// dropRead forgets the copy of one talk's outline read from the notebook.
func (c *textsCache) dropRead(talkID uint64) {
	if t, ok := c.read[talkID]; ok {
		c.readRows -= t.Len()
		delete(c.read, talkID)
	}
}

// forgetRead forgets every copy of outlines read from the notebook.
func (c *textsCache) forgetRead() {
	clear(c.read)
	c.readRows = 0
}
