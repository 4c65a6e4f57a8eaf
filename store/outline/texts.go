package outline

import (
	"sync"

	"lanyard/store/fold"
)

// textsChunk is how many rows a chunk of Texts holds: few enough that an
// edit makes little to copy and fold again, many enough that a search
// scans long runs of text at a time.
const textsChunk = 1024

// Texts is a copy of an outline's bullets as a search reads them: each
// row's ID, depth and text, taken at one Version. Unlike the outline it
// never changes, so a search can read it on another goroutine while the
// outline is edited. It is held in chunks of rows, each folded for
// searching (fold.Corpus) the first time a search reaches it, on the
// goroutine of that search, and kept; a copy taken after an edit shares
// the chunks the edit did not touch, folding and all (TextsSince).
type Texts struct {
	version uint64
	rows    int
	chunks  []*textsPart
}

// textsPart is one chunk of rows of Texts.
type textsPart struct {
	ids    []ID
	depths []int32
	texts  []string
	once   sync.Once
	corpus *fold.Corpus
}

// Texts copies the outline's rows for a search. It costs a pass over the
// rows, no text copied: strings do not change.
func (o *Outline) Texts() *Texts { return o.TextsSince(nil) }

// TextsSince is Texts that shares with prev, an earlier copy of this
// outline, each chunk whose rows are still the same: typing in one bullet
// of 100,000 makes one chunk to copy and fold again, not a hundred.
func (o *Outline) TextsSince(prev *Texts) *Texts {
	t := &Texts{version: o.version, rows: len(o.rows)}
	for lo := 0; lo < len(o.rows); lo += textsChunk {
		rows := o.rows[lo:min(lo+textsChunk, len(o.rows))]
		k := lo / textsChunk
		if prev != nil && k < len(prev.chunks) && prev.chunks[k].holds(rows) {
			t.chunks = append(t.chunks, prev.chunks[k])
			continue
		}
		t.chunks = append(t.chunks, newTextsPart(rows))
	}
	return t
}

func newTextsPart(rows []*Node) *textsPart {
	p := &textsPart{
		ids:    make([]ID, len(rows)),
		depths: make([]int32, len(rows)),
		texts:  make([]string, len(rows)),
	}
	for i, n := range rows {
		p.ids[i], p.depths[i], p.texts[i] = n.ID, int32(n.Depth), n.Text
	}
	return p
}

// holds reports whether the chunk is a copy of rows as they are now. A
// text that did not change is the very same string, which == finds
// without reading it.
func (p *textsPart) holds(rows []*Node) bool {
	if len(rows) != len(p.ids) {
		return false
	}
	for i, n := range rows {
		if n.ID != p.ids[i] || int32(n.Depth) != p.depths[i] || n.Text != p.texts[i] {
			return false
		}
	}
	return true
}

// next returns the first row of the chunk at or after from whose text
// contains q, -1 if there is none.
func (p *textsPart) next(q *fold.Query, from int) int {
	p.once.Do(func() { p.corpus = fold.NewCorpus(p.texts) })
	return p.corpus.Next(q, from)
}

// Version returns the outline's Version the copy was taken at.
func (t *Texts) Version() uint64 { return t.version }

// Len returns the number of rows.
func (t *Texts) Len() int { return t.rows }

// Row returns row i's node ID, depth and text.
func (t *Texts) Row(i int) (id ID, depth int, text string) {
	p, j := t.chunks[i/textsChunk], i%textsChunk
	return p.ids[j], int(p.depths[j]), p.texts[j]
}

// Next returns the first row at or after from whose text contains q
// ignoring case, -1 if there is none.
func (t *Texts) Next(q *fold.Query, from int) int {
	if from < 0 || q.Empty() {
		return -1
	}
	for k := from / textsChunk; k < len(t.chunks); k++ {
		start := 0
		if k == from/textsChunk {
			start = from % textsChunk
		}
		if j := t.chunks[k].next(q, start); j >= 0 {
			return k*textsChunk + j
		}
	}
	return -1
}
