package outline

import "slices"

// The journal is a log of the primitive changes of rows.go, grouped into
// steps. Undo plays a step's records backwards and Redo forwards. Because
// steps are undone strictly in reverse and redone strictly in order, the
// outline is, whenever a record is played, exactly as it was just after
// (or, redoing, just before) the record was written: row indexes in a
// record are still right, and playing it costs what the edit cost, with no
// search for where a node belongs.
//
// Every record is its own inverse: playing it changes the outline and turns
// the record into the change that undoes that, so the same code serves
// Undo and Redo.

// Limits on the journal, so that a long session cannot hold every edit ever
// made. They count steps, records and bytes; a burst of typing is one step of
// one record, however many keystrokes it took, and a text edit keeps only
// the text it changed, never the bullet's whole text.
const (
	// maxSteps is how many steps Undo can go back, at least, while the
	// steps fit in maxBytes.
	maxSteps = 10_000
	// maxStepRecords closes a step that has grown this long at the next
	// edit and opens another: an editor that never calls Mark makes steps
	// of about this many records rather than one step that grows without
	// end. A step is never closed in the middle of an edit, so undoing it
	// alone always puts back a whole edit.
	maxStepRecords = 1_000
	// maxRecords is how many records all steps together may hold; past it
	// the oldest steps are forgotten.
	maxRecords = 200_000
	// maxBytes is about how much memory the journal may hold: the text
	// and rows its records keep. Past it the oldest steps are forgotten.
	maxBytes = 32 << 20
)

// op says what a record changed.
type op uint8

const (
	// opFields: node's stored fields were changed; img holds the others.
	opFields op = iota + 1
	// opInserted: rows were inserted at row a.
	opInserted
	// opRemoved: rows were removed from row a.
	opRemoved
	// opShifted: depths of rows a..b-1 were shifted by c.
	opShifted
	// opRotated: rows a..c-1 were rotated to put rows b..c-1 first.
	opRotated
	// opText: node's text at byte a held text; the b bytes there now
	// replaced it.
	opText
)

// record is one primitive change.
type record struct {
	op   op
	node *Node   // opFields, opText
	img  image   // opFields
	text string  // opText
	rows []*Node // opInserted, opRemoved
	// rowBytes is what rows keep in memory (rowsBytes), counted while
	// the record is a removal.
	rowBytes int
	a        int
	b, c     int // opShifted, opRotated, opText (b)
}

// image is a node's stored fields other than its ID, its creation time,
// which never change, and its text, which opText records keep as the part
// an edit changed.
type image struct {
	parent   ID
	order    string
	kind     Kind
	folded   bool
	conflict bool
}

// imageOf returns n's image.
func imageOf(n *Node) image {
	return image{parent: n.Parent, order: n.Order, kind: n.Kind, folded: n.Folded, conflict: n.Conflict}
}

// swapImage sets n's fields from img and returns the fields n had.
func swapImage(n *Node, img image) image {
	old := imageOf(n)
	n.Parent, n.Order, n.Kind, n.Folded, n.Conflict = img.parent, img.order, img.kind, img.folded, img.conflict
	return old
}

// step is the records of one undoable action and the cursors around it.
type step struct {
	recs []record
	// before is where the cursor was when the step began; after where it
	// was when it ended, if the editor said (afterSet).
	before, after Cursor
	afterSet      bool
}

// journal is the undo history: steps[:done] can be undone, steps[done:]
// redone.
type journal struct {
	steps []step
	done  int
	// open says the last done step takes new records; otherwise the next
	// record begins a step.
	open bool
	// mark is the cursor to give the next step as its before.
	mark Cursor
	// records counts the records of all steps, and bytes what they keep
	// (record.size).
	records int
	bytes   int
}

// recordFields records n's fields before a change, unless the open step's
// last record already holds n's fields from before an earlier change:
// playing that one restores them, so a bullet changed twice in a row costs
// one record.
func (j *journal) recordFields(n *Node) {
	if r := j.last(); r != nil && r.op == opFields && r.node == n {
		return
	}
	j.record(record{op: opFields, node: n, img: imageOf(n)})
}

// last returns the open step's last record, nil if no step is open.
func (j *journal) last() *record {
	if !j.open {
		return nil
	}
	recs := j.steps[j.done-1].recs
	if len(recs) == 0 {
		return nil
	}
	return &recs[len(recs)-1]
}

// record adds r to the open step, beginning a step if none is open.
func (j *journal) record(r record) {
	if !j.open {
		j.begin()
	}
	s := &j.steps[j.done-1]
	s.recs = append(s.recs, r)
	j.records++
	j.bytes += r.size()
	j.trim()
}

// edit is called as each edit begins. It closes the open step if it is
// full, so that steps split only between edits.
func (j *journal) edit() {
	if !j.open || len(j.steps[j.done-1].recs) < maxStepRecords {
		return
	}
	// A step closed for its length ends where the next begins.
	if s := &j.steps[j.done-1]; !s.afterSet {
		s.after = j.mark
	}
	j.open = false
}

// begin opens a new step, dropping the steps that were undone: after an
// undo, a new edit starts a new history.
func (j *journal) begin() {
	for _, s := range j.steps[j.done:] {
		j.forgetStep(s)
	}
	clear(j.steps[j.done:])
	j.steps = append(j.steps[:j.done], step{before: j.mark})
	j.done++
	j.open = true
}

// forgetStep takes s's records out of the journal's counts.
func (j *journal) forgetStep(s step) {
	j.records -= len(s.recs)
	for k := range s.recs {
		j.bytes -= s.recs[k].size()
	}
}

// trim forgets the oldest steps once the journal holds too many steps,
// records or bytes. It cuts an eighth below the limit at a time, so that
// the copy of the step list it makes is paid once per many steps.
func (j *journal) trim() {
	if j.done <= maxSteps+maxSteps/8 && j.records <= maxRecords && j.bytes <= maxBytes {
		return
	}
	drop := 0
	// The open step, the last, is never dropped.
	for drop < j.done-1 && (j.done-drop > maxSteps || j.records > maxRecords-maxRecords/8 || j.bytes > maxBytes-maxBytes/8) {
		j.forgetStep(j.steps[drop])
		drop++
	}
	j.steps = slices.Delete(j.steps, 0, drop)
	j.done -= drop
}

// play applies r to the outline, undoing the change it records, and turns
// r into the record of what it just did.
func (o *Outline) play(r *record) {
	o.version++
	o.journal.bytes -= r.size()
	defer func() { o.journal.bytes += r.size() }()
	switch r.op {
	case opFields:
		r.img = swapImage(r.node, r.img)
		o.touch(r.node)
	case opInserted:
		o.dropRows(r.a, r.a+len(r.rows))
		r.op = opRemoved
	case opRemoved:
		o.placeRows(r.a, r.rows)
		for _, n := range r.rows {
			o.restore(n)
		}
		r.op = opInserted
	case opShifted:
		for _, n := range o.rows[r.a:r.b] {
			n.Depth -= r.c
		}
		r.c = -r.c
	case opRotated:
		// Rows a..c-1 hold the block that was at b..c-1, then the one
		// that was at a..b-1: rotating at the first's end puts them back.
		r.b = r.a + r.c - r.b
		o.rotateRows(r.a, r.b, r.c)
	case opText:
		r.text, r.b = spliceText(r.node, r.a, r.a+r.b, r.text), len(r.text)
		o.touch(r.node)
	}
}
