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
}

// textsEntry is a copy of an outline and the outline it was taken of: a
// talk's outline let go and read again is another, whatever its Version.
type textsEntry struct {
	outline *doc.Outline
	texts   *doc.Texts
}

func newTextsCache() *textsCache {
	return &textsCache{entries: map[uint64]textsEntry{}, used: map[uint64]bool{}}
}

// begin starts a pass over the talks of a search.
func (c *textsCache) begin() { clear(c.used) }

// of returns a copy of the talk's outline o as it is now.
func (c *textsCache) of(talkID uint64, o *doc.Outline) *doc.Texts {
	c.used[talkID] = true
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
