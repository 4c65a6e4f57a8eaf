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

// TalkOutline is one talk's outline as Search reads it: one that nothing
// else changes while Search runs, such as an outline read from the
// notebook for the search alone.
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

// TalkTexts is one talk's notes as SearchTexts reads them: a copy of its
// outline (outline.Texts), which edits leave alone, so that the search
// can run off the UI's goroutine while the outline is edited.
type TalkTexts struct {
	TalkID uint64
	Title  string
	Texts  *outline.Texts
}

// SearchTexts returns the bullets of one talk whose text contains q, in
// the order of its rows, at most limit of them; limit <= 0 means no limit.
func SearchTexts(t TalkTexts, q *fold.Query, limit int) []Hit {
	if t.Texts == nil || q.Empty() {
		return nil
	}
	var hits []Hit
	for i := t.Texts.Next(q, 0); i >= 0; i = t.Texts.Next(q, i+1) {
		id, depth, text := t.Texts.Row(i)
		hits = append(hits, Hit{TalkID: t.TalkID, Talk: t.Title, NodeID: uint64(id), Text: text, Depth: depth})
		if limit > 0 && len(hits) == limit {
			break
		}
	}
	return hits
}
