package outline

import (
	"sync"

	"lanyard/store/fold"
)

// Search returns the rows whose text contains query ignoring case, in
// order, by lanyard's one rule for it (package fold: "É" finds "é", "K"
// finds the Kelvin sign). An empty query finds nothing. Hits may be hidden
// in folded bullets; Reveal brings one into sight.
func (o *Outline) Search(query string) []int {
	q := fold.NewQuery(query)
	if q.Empty() {
		return nil
	}
	var rows []int
	for i, n := range o.rows {
		if q.In(n.Text) {
			rows = append(rows, i)
		}
	}
	return rows
}

// Texts is a copy of an outline's bullets as a search reads them: each
// row's ID, depth and text, taken at one Version. Unlike the outline it
// never changes, so a search can read it on another goroutine while the
// outline is edited. The texts are folded for searching (fold.Corpus) the
// first time Next is called, on the goroutine that calls it, and kept.
type Texts struct {
	version uint64
	ids     []ID
	depths  []int32
	texts   []string
	once    sync.Once
	corpus  *fold.Corpus
}

// Texts copies the outline's rows for a search. It costs a pass over the
// rows, no text copied: strings do not change.
func (o *Outline) Texts() *Texts {
	t := &Texts{
		version: o.version,
		ids:     make([]ID, len(o.rows)),
		depths:  make([]int32, len(o.rows)),
		texts:   make([]string, len(o.rows)),
	}
	for i, n := range o.rows {
		t.ids[i], t.depths[i], t.texts[i] = n.ID, int32(n.Depth), n.Text
	}
	return t
}

// Version returns the outline's Version the copy was taken at.
func (t *Texts) Version() uint64 { return t.version }

// Len returns the number of rows.
func (t *Texts) Len() int { return len(t.texts) }

// Row returns row i's node ID, depth and text.
func (t *Texts) Row(i int) (id ID, depth int, text string) {
	return t.ids[i], int(t.depths[i]), t.texts[i]
}

// Next returns the first row at or after from whose text contains q
// ignoring case, -1 if there is none.
func (t *Texts) Next(q *fold.Query, from int) int {
	t.once.Do(func() { t.corpus = fold.NewCorpus(t.texts) })
	return t.corpus.Next(q, from)
}
