package outline

// Text edits. Offsets are byte offsets into a node's Text and must fall on
// character boundaries; an offset outside the text panics as slicing does.

// Append adds a top-level bullet after every other row and returns its row.
func (o *Outline) Append(text string) int {
	last := ""
	if top := o.lastTopLevel(); top >= 0 {
		last = o.rows[top].Order
	}
	row := len(o.rows)
	o.insertRow(row, o.newNode(0, 0, KeyBetween(last, ""), text))
	return row
}

// lastTopLevel returns the row of the last top-level bullet, -1 if none.
func (o *Outline) lastTopLevel() int {
	for i := len(o.rows) - 1; i >= 0; i-- {
		if o.rows[i].Depth == 0 {
			return i
		}
	}
	return -1
}

// InsertText inserts s into row i's text at byte offset off.
func (o *Outline) InsertText(i, off int, s string) {
	n := o.rows[i]
	if s == "" {
		return
	}
	n.Text = n.Text[:off] + s + n.Text[off:]
	o.touch(n)
}

// DeleteText removes Text[from:to] from row i.
func (o *Outline) DeleteText(i, from, to int) {
	n := o.rows[i]
	if from == to {
		return
	}
	n.Text = n.Text[:from] + n.Text[to:]
	o.touch(n)
}

// SetText replaces row i's text.
func (o *Outline) SetText(i int, text string) {
	n := o.rows[i]
	if n.Text == text {
		return
	}
	n.Text = text
	o.touch(n)
}

// Split is Enter at offset off of row i, as Workflowy and Logseq do it.
//
// At offset 0 of a bullet with text, an empty bullet is inserted before row
// i as its previous sibling and the cursor stays with the original text,
// now at row i+1, which Split returns.
//
// Otherwise row i keeps Text[:off] and a new bullet takes Text[off:]: the
// first child of row i if it has children (so the new line appears right
// under it), else its next sibling. Split returns the new bullet's row,
// where the cursor goes at offset 0.
func (o *Outline) Split(i, off int) int {
	n := o.rows[i]
	if off == 0 && n.Text != "" {
		before := ""
		if sib, _ := o.prevSibling(i); sib >= 0 {
			before = o.rows[sib].Order
		}
		o.insertRow(i, o.newNode(n.Parent, n.Depth, KeyBetween(before, n.Order), ""))
		return i + 1
	}
	head, rest := n.Text[:off], n.Text[off:]
	var split *Node
	if o.HasChildren(i) {
		split = o.newNode(n.ID, n.Depth+1, KeyBetween("", o.rows[i+1].Order), rest)
	} else {
		split = o.newNode(n.Parent, n.Depth, KeyBetween(n.Order, o.nextSiblingOrder(i, i+1)), rest)
	}
	if rest != "" {
		n.Text = head
		o.touch(n)
	}
	o.insertRow(i+1, split)
	return i + 1
}

// JoinPrev is Backspace at the start of row i: row i's text is appended to
// the row above it in preorder, whatever its depth, and row i is removed.
// No other row moves on screen: row i's children stay where they are, and
// become the children of the row above if that is a leaf, or take row i's
// place among the children of row i's parent if the row above is that
// parent; their subtrees' depths follow. JoinPrev returns the row and byte
// offset of the join point, where the cursor goes; ok is false for row 0,
// which has nothing above to join.
func (o *Outline) JoinPrev(i int) (row, off int, ok bool) {
	if i == 0 {
		return 0, 0, false
	}
	n, above := o.rows[i], o.rows[i-1]
	off = len(above.Text)
	if n.Text != "" {
		above.Text += n.Text
		o.touch(above)
	}
	end := o.SubtreeEnd(i)
	if above.ID == n.Parent {
		// n was the first child of above: its children go first among
		// above's children, before n's next sibling.
		kids := o.shiftDepths(i+1, end, -1, n.Depth)
		o.adopt(kids, above.ID, "", o.nextSiblingOrder(i, end))
	} else {
		// The row above a non-first child is the last row of the previous
		// sibling's subtree, a leaf: n's children become its only ones.
		kids := o.shiftDepths(i+1, end, above.Depth-n.Depth, n.Depth)
		o.adopt(kids, above.ID, "", "")
	}
	o.removeRow(i)
	return i - 1, off, true
}
