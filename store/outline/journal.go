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
// made. They count steps and records; a typed word is one step of one
// record, however many keystrokes it took.
const (
	// maxSteps is how many steps Undo can go back, at least.
	maxSteps = 10_000
	// maxStepRecords closes a step that has grown this long and opens
	// another: an editor that never calls Mark makes steps of this many
	// edits rather than one step that grows without end.
	maxStepRecords = 1_000
	// maxRecords is how many records all steps together may hold; past it
	// the oldest steps are forgotten.
	maxRecords = 200_000
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
)

// record is one primitive change.
type record struct {
	op   op
	node *Node   // opFields
	img  image   // opFields
	rows []*Node // opInserted, opRemoved
	a    int
	b, c int // opShifted, opRotated
}

// image is a node's stored fields other than its ID and creation time,
// which never change.
type image struct {
	parent ID
	order  string
	text   string
	kind   Kind
	folded bool
}

// imageOf returns n's image.
func imageOf(n *Node) image {
	return image{parent: n.Parent, order: n.Order, text: n.Text, kind: n.Kind, folded: n.Folded}
}

// swapImage sets n's fields from img and returns the fields n had.
func swapImage(n *Node, img image) image {
	old := imageOf(n)
	n.Parent, n.Order, n.Text, n.Kind, n.Folded = img.parent, img.order, img.text, img.kind, img.folded
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
	// records counts the records of all steps.
	records int
}

// recordFields records n's fields before a change, unless the open step's
// last record already holds n's fields from before an earlier change:
// playing that one restores them, so a bullet typed into keystroke by
// keystroke costs one record, not one per keystroke.
func (j *journal) recordFields(n *Node) {
	if j.open {
		recs := j.steps[j.done-1].recs
		if k := len(recs); k > 0 && recs[k-1].op == opFields && recs[k-1].node == n {
			return
		}
	}
	j.record(record{op: opFields, node: n, img: imageOf(n)})
}

// record adds r to the open step, beginning a step if none is open.
func (j *journal) record(r record) {
	if !j.open || len(j.steps[j.done-1].recs) >= maxStepRecords {
		j.begin()
	}
	s := &j.steps[j.done-1]
	s.recs = append(s.recs, r)
	j.records++
	j.trim()
}

// begin opens a new step, dropping the steps that were undone: after an
// undo, a new edit starts a new history.
func (j *journal) begin() {
	if j.open {
		// A step closed for its length ends where the next begins.
		if s := &j.steps[j.done-1]; !s.afterSet {
			s.after = j.mark
		}
	}
	for _, s := range j.steps[j.done:] {
		j.records -= len(s.recs)
	}
	clear(j.steps[j.done:])
	j.steps = append(j.steps[:j.done], step{before: j.mark})
	j.done++
	j.open = true
}

// trim forgets the oldest steps once the journal holds too many steps or
// records. It cuts an eighth below the limit at a time, so that the copy
// of the step list it makes is paid once per many steps.
func (j *journal) trim() {
	if j.done <= maxSteps+maxSteps/8 && j.records <= maxRecords {
		return
	}
	drop := 0
	// The open step, the last, is never dropped.
	for drop < j.done-1 && (j.done-drop > maxSteps || j.records > maxRecords-maxRecords/8) {
		j.records -= len(j.steps[drop].recs)
		drop++
	}
	j.steps = slices.Delete(j.steps, 0, drop)
	j.done -= drop
}

// play applies r to the outline, undoing the change it records, and turns
// r into the record of what it just did.
func (o *Outline) play(r *record) {
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
	}
}
