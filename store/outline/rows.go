package outline

import "slices"

// The primitives every edit is made of. Each changes the rows or a node and
// writes a record of it to the journal, so that Undo can play it backwards.
// An edit must change nodes and rows through these alone (newNode's fields
// are the exception: a node is recorded when insertRows places it).

// change records n's stored fields as they are before an edit writes them,
// and marks n changed for the store. Call it before writing the fields.
func (o *Outline) change(n *Node) {
	o.journal.recordFields(n)
	o.touch(n)
}

// insertRows puts nodes, which must be new to the outline, at row at.
func (o *Outline) insertRows(at int, nodes []*Node) {
	if len(nodes) == 0 {
		return
	}
	o.placeRows(at, nodes)
	o.journal.record(record{op: opInserted, a: at, rows: nodes, rowBytes: rowsBytes(nodes)})
}

// placeRows inserts nodes at row at and indexes them.
func (o *Outline) placeRows(at int, nodes []*Node) {
	o.version++
	o.rows = slices.Insert(o.rows, at, nodes...)
	for j, n := range nodes {
		o.nodes[n.ID] = place{node: n, row: at + j}
	}
}

// removeRows deletes rows from..to-1 (the caller has re-homed any children
// of theirs that stay) and records their removal for the store.
func (o *Outline) removeRows(from, to int) {
	if from == to {
		return
	}
	// The journal keeps the nodes themselves, so that undo puts back the
	// very same bullets, pointers and all.
	gone := slices.Clone(o.rows[from:to])
	o.dropRows(from, to)
	o.journal.record(record{op: opRemoved, a: from, rows: gone, rowBytes: rowsBytes(gone)})
}

// dropRows deletes rows from..to-1 and forgets them.
func (o *Outline) dropRows(from, to int) {
	o.version++
	for _, n := range o.rows[from:to] {
		o.forget(n.ID)
	}
	o.rows = slices.Delete(o.rows, from, to)
}

// shiftDepths adds shift to the depth of rows from..to-1, which lie in the
// subtree of a node at depth d, and returns that node's direct children
// among them (their depth was d+1).
func (o *Outline) shiftDepths(from, to, shift, d int) []*Node {
	var kids []*Node
	o.version++
	for _, n := range o.rows[from:to] {
		if n.Depth == d+1 {
			kids = append(kids, n)
		}
		n.Depth += shift
	}
	if from < to && shift != 0 {
		o.journal.record(record{op: opShifted, a: from, b: to, c: shift})
	}
	return kids
}

// rotate moves rows mid..hi-1 in front of rows lo..mid-1, keeping the
// order within each block: the one slice move of a subtree's move.
func (o *Outline) rotate(lo, mid, hi int) {
	if lo == mid || mid == hi {
		return
	}
	o.rotateRows(lo, mid, hi)
	o.journal.record(record{op: opRotated, a: lo, b: mid, c: hi})
}

// rotateRows does rotate's move: it copies the smaller block aside and
// slides the other over, then refreshes the row hints of the copied block.
// The other block's hints go stale by the small block's length, which
// Find's outward search absorbs.
func (o *Outline) rotateRows(lo, mid, hi int) {
	o.version++
	front, back := mid-lo, hi-mid
	if front <= back {
		tmp := slices.Clone(o.rows[lo:mid])
		copy(o.rows[lo:], o.rows[mid:hi])
		copy(o.rows[lo+back:], tmp)
		o.rehint(lo+back, hi)
		return
	}
	tmp := slices.Clone(o.rows[mid:hi])
	copy(o.rows[lo+back:], o.rows[lo:mid])
	copy(o.rows[lo:], tmp)
	o.rehint(lo, lo+back)
}

// rehint records the rows of from..to-1 as their nodes' row hints.
func (o *Outline) rehint(from, to int) {
	for j := from; j < to; j++ {
		n := o.rows[j]
		o.nodes[n.ID] = place{node: n, row: j}
	}
}

// parentOf returns n's parent node, nil at top level.
func (o *Outline) parentOf(n *Node) *Node { return o.nodes[n.Parent].node }

// reveal unfolds every folded ancestor of n, so that an edit never leaves
// the bullet it acted on hidden. It costs n's depth.
func (o *Outline) reveal(n *Node) {
	for p := o.parentOf(n); p != nil; p = o.parentOf(p) {
		o.setFolded(p, false)
	}
}

// setFolded sets n's fold state, recording it if it changes.
func (o *Outline) setFolded(n *Node, folded bool) {
	if n.Folded != folded {
		o.change(n)
		n.Folded = folded
	}
}
