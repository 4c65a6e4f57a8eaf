// Package outline is the tree of bullets a user writes for one talk, and
// every edit on it. It is plain Go with no storage or terminal in it.
//
// The tree is held as a flat preorder list of nodes with depths, the way
// org-mode holds headlines: a bullet's subtree is the contiguous run of
// rows after it with a greater depth. That makes drawing a window of rows,
// typing, indenting and splitting cost nothing in proportion to the
// outline's size beyond a slice move. For storage each node also carries
// its parent's ID and a fractional order key among its siblings, so that an
// edit changes only the records of the nodes it touches.
package outline

import "time"

// ID names a node within its outline. IDs are never reused in an outline;
// zero means "no node" (the parent of a top-level bullet).
type ID uint64

// Node is one bullet.
type Node struct {
	ID ID
	// Parent is the ID of the bullet this one is nested in, 0 at top level.
	Parent ID
	// Order sorts a node among its siblings (a fractional index: a new key
	// can always be made between two others without touching either).
	Order string
	// Depth is 0 for a top-level bullet. It is derived from Parent and is
	// not stored.
	Depth int
	// Text is the bullet's text: one line, soft-wrapped when drawn.
	Text string
	// Kind is how the bullet is drawn: plain, numbered, a takeaway, a
	// to-do, done or a quote.
	Kind Kind
	// Folded hides the bullet's children in the editor. It is stored, so
	// a notebook reopens folded the way it was left.
	Folded bool
	// Conflict marks a bullet a sync brought in beside another: the other
	// notebook's text of a bullet both notebooks changed. It is the user's
	// to keep, merge or delete; nothing typed on either side is lost.
	Conflict bool
	// Created is when the bullet was written.
	Created time.Time
}

// Changes are the nodes an edit touched, ready for the store: Put holds
// copies of nodes as they are now, Deleted the IDs of nodes removed.
type Changes struct {
	Put     []Node
	Deleted []ID
}

// Empty reports whether there is nothing to write.
func (c Changes) Empty() bool { return len(c.Put) == 0 && len(c.Deleted) == 0 }

// Outline is one talk's tree of bullets and the record of which nodes
// changed since the store last took them. It keeps itself valid after every
// edit: the first row is at depth 0, no row is more than one level deeper
// than the row above it, Parent, Order and Depth agree with the rows'
// positions, and siblings' Order keys strictly increase.
//
// Edits take row indexes and never rebuild the tree: each costs the rows
// it changes, at most one move of the row slice, and a short scan to find a
// neighbour's key (back over the previous sibling's subtree for Indent,
// MoveUp and Split at offset 0, over the last top-level subtree for
// Append). Every edit is also written to a journal, so that Undo and Redo
// can replay it backwards and forwards (see undo.go). An Outline is not
// safe for concurrent use; even Find updates a cache.
type Outline struct {
	// rows are the nodes in preorder.
	rows []*Node
	// nodes finds a node by ID with the row it was last seen at. The row
	// is only a hint, made stale by edits above the node; Find checks it
	// and searches outward from it.
	nodes  map[ID]place
	nextID ID
	// dirty holds the nodes whose stored fields (all but ID, Depth and
	// Created) changed since the last TakeChanges, and fresh those created
	// since then, which need no delete record if removed again.
	dirty   map[ID]struct{}
	fresh   map[ID]struct{}
	deleted map[ID]struct{}
	now     func() time.Time
	// journal records every edit for Undo and Redo.
	journal journal
	// version counts changes of the rows and nodes (see Version).
	version uint64
}

// place is a node and the row it was last seen at.
type place struct {
	node *Node
	row  int
}

// New returns an empty outline.
func New() *Outline {
	return &Outline{
		nodes:   make(map[ID]place),
		nextID:  1,
		dirty:   make(map[ID]struct{}),
		fresh:   make(map[ID]struct{}),
		deleted: make(map[ID]struct{}),
		now:     time.Now,
	}
}

// SetClock sets the clock that stamps new bullets' Created time; nil
// restores time.Now. Tests use it to make outlines reproducible.
func (o *Outline) SetClock(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	o.now = now
}

// Version returns a number that changes whenever the outline does: an edit,
// an undo or a redo. A copy of what the outline holds, made at one
// version, is still true while Version returns that version.
func (o *Outline) Version() uint64 { return o.version }

// Len returns the number of rows.
func (o *Outline) Len() int { return len(o.rows) }

// At returns row i. It is the outline's own node, shared to save a copy on
// every drawn row: callers must not modify it, and must not keep it across
// edits if they need its fields as they were.
func (o *Outline) At(i int) *Node { return o.rows[i] }

// SubtreeEnd returns the index just past the last descendant of row i, so
// rows i+1 up to it are the subtree.
func (o *Outline) SubtreeEnd(i int) int {
	d := o.rows[i].Depth
	j := i + 1
	for j < len(o.rows) && o.rows[j].Depth > d {
		j++
	}
	return j
}

// HasChildren reports whether row i has any bullets nested in it.
func (o *Outline) HasChildren(i int) bool {
	return i+1 < len(o.rows) && o.rows[i+1].Depth > o.rows[i].Depth
}

// Find returns the row of the node id, or -1 if the outline has no such
// node. It is cheap when few rows moved since id was last found.
func (o *Outline) Find(id ID) int {
	p, ok := o.nodes[id]
	if !ok {
		return -1
	}
	row := o.search(p.node, p.row)
	if row != p.row {
		o.nodes[id] = place{node: p.node, row: row}
	}
	return row
}

// search returns the row holding n, looking outward from hint because
// edits move rows by a few places far more often than by many.
func (o *Outline) search(n *Node, hint int) int {
	hint = min(max(hint, 0), len(o.rows)-1)
	for lo, hi := hint, hint+1; lo >= 0 || hi < len(o.rows); lo, hi = lo-1, hi+1 {
		if lo >= 0 && o.rows[lo] == n {
			return lo
		}
		if hi < len(o.rows) && o.rows[hi] == n {
			return hi
		}
	}
	return -1
}

// RowOf returns the row of the node id; ok is false if the outline has no
// such node. It is Find for callers that prefer a flag to -1.
func (o *Outline) RowOf(id ID) (row int, ok bool) {
	row = o.Find(id)
	return row, row >= 0
}

// Nodes returns copies of all rows in preorder.
func (o *Outline) Nodes() []Node {
	out := make([]Node, len(o.rows))
	for i, n := range o.rows {
		out[i] = *n
	}
	return out
}
