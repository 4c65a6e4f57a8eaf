package outline

// Moving a bullet with its subtree, as Workflowy and org-mode do with
// Alt+Shift+Up and Down. A move rotates the rows between the bullet's old
// and new place (one slice move) and rewrites the keys of the bullet and,
// among siblings, of the sibling it passed: swapping the two neighbours'
// keys keeps every sibling in order without looking at any other.

// MoveUp moves row i, with its subtree, before its previous sibling and
// returns its new row. A first child has no sibling to pass: it crosses
// into the nearest bullet above it at its parent's depth (its parent's
// previous sibling when there is one) and becomes that bullet's last child,
// keeping its depth, as Workflowy does. A bullet crossed into is unfolded
// so the moved one stays in sight. ok is false, and nothing changes, at the
// very top: the first top-level bullet, or a first child with no bullet at
// its parent's depth above it.
//
// It costs the rows moved past plus, when crossing, the subtree of the
// bullet crossed into, which is scanned to find where it ends.
func (o *Outline) MoveUp(i int) (row int, ok bool) {
	o.journal.edit()
	n := o.rows[i]
	end := o.SubtreeEnd(i)
	if sib, _ := o.prevSibling(i); sib >= 0 {
		o.swapOrders(n, o.rows[sib])
		o.rotate(sib, i, end)
		return sib, true
	}
	if n.Depth == 0 {
		return i, false
	}
	// Row i is a first child, so row i-1 is its parent.
	target, lastChild, to := o.prevAtDepth(i-1, n.Depth-1)
	if target < 0 {
		return i, false
	}
	after := ""
	if lastChild >= 0 {
		after = o.rows[lastChild].Order
	}
	o.change(n)
	n.Parent = o.rows[target].ID
	n.Order = KeyBetween(after, "")
	o.rotate(to, i, end)
	o.reveal(n)
	return to, true
}

// MoveDown moves row i, with its subtree, after its next sibling's subtree
// and returns its new row. A last child crosses into the nearest bullet
// below it at its parent's depth (its parent's next sibling when there is
// one) and becomes that bullet's first child, keeping its depth; a bullet
// crossed into is unfolded. ok is false, and nothing changes, at the very
// bottom: the last top-level bullet, or a last child with no bullet at its
// parent's depth below it.
//
// It costs the rows moved past.
func (o *Outline) MoveDown(i int) (row int, ok bool) {
	o.journal.edit()
	n := o.rows[i]
	d := n.Depth
	end := o.SubtreeEnd(i)
	if end < len(o.rows) && o.rows[end].Depth == d {
		sibEnd := o.SubtreeEnd(end)
		o.swapOrders(n, o.rows[end])
		o.rotate(i, end, sibEnd)
		return i + sibEnd - end, true
	}
	if d == 0 {
		return i, false
	}
	// Row i is a last child. The rows after its subtree are shallower
	// than it, and no deeper than the parent's depth until a bullet at
	// that depth: only the rows it moves past are scanned.
	target := end
	for target < len(o.rows) && o.rows[target].Depth != d-1 {
		target++
	}
	if target == len(o.rows) {
		return i, false
	}
	to := target + 1
	o.change(n)
	n.Parent = o.rows[target].ID
	n.Order = KeyBetween("", o.siblingOrderAt(to, d))
	o.rotate(i, end, to)
	o.reveal(n)
	return i + to - end, true
}

// swapOrders swaps the keys of adjacent siblings a and b.
func (o *Outline) swapOrders(a, b *Node) {
	o.change(a)
	o.change(b)
	a.Order, b.Order = b.Order, a.Order
}

// prevAtDepth scans back from row p, exclusive, for the nearest row at
// depth d. It returns that row, the row of its last child (-1 if none) and
// the row just past its subtree; row is -1 if there is none.
//
// Rows between the end of the found row's subtree and p are shallower than
// d: a deeper one would need a parent at depth d nearer p. So the first row
// at depth d+1 met on the way back is the found row's last child, and the
// last row shallower than d met is where its subtree ends (p if none).
func (o *Outline) prevAtDepth(p, d int) (row, lastChild, end int) {
	lastChild, end = -1, p
	for j := p - 1; j >= 0; j-- {
		switch dj := o.rows[j].Depth; {
		case dj == d:
			return j, lastChild, end
		case dj < d:
			end = j
		case dj == d+1 && lastChild < 0:
			lastChild = j
		}
	}
	return -1, -1, -1
}
