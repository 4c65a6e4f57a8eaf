// Package search is the overlay that finds text in the notes of every talk
// of the event: the user types, sees the matching bullets grouped by talk,
// moves among them and jumps to one.
package search

import (
	"lanyard/store/fold"
	"lanyard/store/outline"
)

// Hit is one bullet that matches.
type Hit struct {
	TalkID uint64
	Talk   string // the talk's title
	NodeID uint64
	Text   string // the bullet's whole text
	Depth  int    // the bullet's depth in its outline, 0 at top level
}

// Corpus finds at most limit hits for a query. The root gives one that
// searches the outlines already in memory, so the overlay calls it on
// every keystroke without a command; the root searches the notes that are
// not in memory in a command of its own, and hands its hits to SetHits.
type Corpus func(query string, limit int) []Hit

// TalkOutline is one talk's outline as Search reads it.
type TalkOutline struct {
	TalkID  uint64
	Title   string
	Outline *outline.Outline
}

// Search returns the bullets of outlines whose text contains query,
// ignoring case (see Match), in the order of outlines and then of their
// rows, at most limit of them; limit <= 0 means no limit. An empty query
// finds nothing: every bullet would match.
func Search(outlines []TalkOutline, query string, limit int) []Hit {
	q := fold.NewQuery(query)
	if q.Empty() {
		return nil
	}
	var hits []Hit
	for _, t := range outlines {
		if t.Outline == nil {
			continue
		}
		for i := range t.Outline.Len() {
			n := t.Outline.At(i)
			if !q.In(n.Text) {
				continue
			}
			hits = append(hits, Hit{
				TalkID: t.TalkID, Talk: t.Title,
				NodeID: uint64(n.ID), Text: n.Text, Depth: n.Depth,
			})
			if limit > 0 && len(hits) == limit {
				return hits
			}
		}
	}
	return hits
}
