package outline

import doc "lanyard/store/outline"

// The editor can show a glimpse (see doc.Glimpse) while the outline it
// stands for loads: the rows of the first screen, with the counts the
// editor would otherwise read from rows the glimpse leaves out. It takes
// no keys and saves nothing while it does; SetOutline ends it.

const (
	// glimpseRows is how many visible rows a glimpse keeps before and
	// after the cursor: more lines than any screen is tall, so that the
	// scroll computed on the glimpse is the one computed on the outline.
	glimpseRows = 200
	// glimpseBytes bounds the text a glimpse keeps. An outline whose rows
	// around the cursor hold more (a pasted book) gets no glimpse: it is
	// read in full as it would be without one.
	glimpseBytes = 256 << 10
)

// glimpseFacts are a glimpse's counts by node: hidden rows under a folded
// bullet, a numbered bullet's place in its list.
type glimpseFacts map[doc.ID]doc.GlimpseRow

// SetGlimpse shows a glimpse of talk talkID's outline under header h, as
// SetOutline would show the outline itself. A glimpse whose rows do not
// form an outline is an error, and the editor is left as it was.
func (m Model) SetGlimpse(talkID uint64, g doc.Glimpse, h Header) (Model, error) {
	o, err := g.Outline()
	if err != nil {
		return m, err
	}
	facts := make(glimpseFacts, len(g.Rows))
	for _, r := range g.Rows {
		facts[r.Node.ID] = r
	}
	m.facts = facts
	return m.setOutline(talkID, o, h), nil
}

// Glimpsing reports whether the editor shows a glimpse rather than an
// outline.
func (m Model) Glimpsing() bool { return m.facts != nil }

// hiddenRows returns how many rows folded row hides.
func (m *Model) hiddenRows(row int) int {
	if f, ok := m.facts[m.o.At(row).ID]; ok {
		return f.Hidden
	}
	return m.o.SubtreeEnd(row) - row - 1
}

// Glimpse picks the glimpse of o that the editor's first screen needs
// when it opens o with the cursor on resume (0: none, the end of the
// outline), whatever the screen's size. ok is false when a glimpse would
// not help or could not be true: a small outline, which loads at once; a
// resume bullet under a fold, which opening unfolds (an edit); rows too
// big to keep.
func Glimpse(o *doc.Outline, resume doc.ID) (g doc.Glimpse, ok bool) {
	if o.Len() <= 2*glimpseRows {
		return doc.Glimpse{}, false
	}
	m := Model{o: o}
	row := o.Len() - 1
	if r := o.Find(resume); resume != 0 && r >= 0 {
		if m.reveal(r) != r {
			return doc.Glimpse{}, false
		}
		row = r
	}
	row = m.reveal(row)
	chosen := []int{row}
	size := len(o.At(row).Text)
	for r, i, more := row, 0, true; i < glimpseRows; i++ {
		if r, more = m.prev(r); !more {
			break
		}
		chosen = append(chosen, r)
		size += len(o.At(r).Text)
	}
	for r, i, more := row, 0, true; i < glimpseRows; i++ {
		if r, more = m.next(r); !more {
			break
		}
		chosen = append(chosen, r)
		size += len(o.At(r).Text)
	}
	if size > glimpseBytes {
		return doc.Glimpse{}, false
	}
	hidden := func(row int) int {
		if m.folded(row) {
			return m.hiddenRows(row)
		}
		return 0
	}
	number := func(row int) int {
		if o.At(row).Kind != doc.KindNumbered {
			return 0
		}
		return m.numberOf(row)
	}
	g = doc.GlimpseOf(o, chosen, hidden, number)
	g.Cursor = resume
	return g, true
}
