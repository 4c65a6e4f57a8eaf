package outline

// Text edits. Offsets are byte offsets into a node's Text and must fall on
// character boundaries; an offset outside the text panics as slicing does.

// Append adds a top-level bullet after every other row and returns its row.
func (o *Outline) Append(text string) int {
	o.journal.edit()
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
	o.journal.edit()
	n := o.rows[i]
	if s == "" {
		return
	}
	o.replaceText(n, off, off, s)
}

// DeleteText removes Text[from:to] from row i.
func (o *Outline) DeleteText(i, from, to int) {
	o.journal.edit()
	n := o.rows[i]
	if from == to {
		return
	}
	o.replaceText(n, from, to, "")
}

// SetText replaces row i's text.
func (o *Outline) SetText(i int, text string) {
	o.journal.edit()
	n := o.rows[i]
	if n.Text == text {
		return
	}
	from, to := diffSpan(n.Text, text)
	o.replaceText(n, from, to, text[from:len(text)-(len(n.Text)-to)])
}

// Split is Enter at offset off of row i, as Workflowy and Logseq do it.
//
// On an empty bullet of a kind other than plain, Enter ends the list as
// editors do: the bullet becomes plain and no bullet is added; Split
// returns i.
//
// At offset 0 of a bullet with text, an empty bullet is inserted before row
// i as its previous sibling and the cursor stays with the original text,
// now at row i+1, which Split returns.
//
// Otherwise row i keeps Text[:off] and its kind, and a new bullet takes
// Text[off:]: the first child of row i if it has children in sight (so the
// new line appears right under it), else its next sibling, after its
// subtree if that is folded. Split returns the new bullet's row, where the
// cursor goes at offset 0.
//
// The new bullet, before or after, is of the kind a list of row i's kind
// goes on with (see Kind.next): numbered after numbered, to-do after a
// to-do or a done item, plain after a takeaway or a quote.
func (o *Outline) Split(i, off int) int {
	o.journal.edit()
	n := o.rows[i]
	if n.Text == "" && n.Kind != KindPlain && n.Kind.known() {
		o.change(n)
		n.Kind = KindPlain
		return i
	}
	if off == 0 && n.Text != "" {
		before := ""
		if sib, _ := o.prevSibling(i); sib >= 0 {
			before = o.rows[sib].Order
		}
		empty := o.newNode(n.Parent, n.Depth, KeyBetween(before, n.Order), "")
		empty.Kind = n.Kind.next()
		o.insertRow(i, empty)
		return i + 1
	}
	rest := n.Text[off:]
	at := i + 1
	var split *Node
	if o.HasChildren(i) && !n.Folded {
		split = o.newNode(n.ID, n.Depth+1, KeyBetween("", o.rows[i+1].Order), rest)
	} else {
		at = o.SubtreeEnd(i)
		split = o.newNode(n.Parent, n.Depth, KeyBetween(n.Order, o.nextSiblingOrder(i, at)), rest)
	}
	split.Kind = n.Kind.next()
	if rest != "" {
		o.replaceText(n, off, len(n.Text), "")
	}
	o.insertRow(at, split)
	return at
}

// JoinPrev is Backspace at the start of row i: row i's text is appended to
// the row above it in preorder, whatever its depth, and row i is removed.
// No other row moves on screen: row i's children stay where they are, and
// become the children of the row above if that is a leaf, or take row i's
// place among the children of row i's parent if the row above is that
// parent; their subtrees' depths follow. JoinPrev returns the row and byte
// offset of the join point, where the cursor goes; ok is false for row 0,
// which has nothing above to join. If the row above is hidden in a folded
// bullet, the folds over it are opened, so that the join point is in sight.
func (o *Outline) JoinPrev(i int) (row, off int, ok bool) {
	o.journal.edit()
	if i == 0 {
		return 0, 0, false
	}
	n, above := o.rows[i], o.rows[i-1]
	off = len(above.Text)
	if n.Text != "" {
		o.replaceText(above, off, off, n.Text)
	}
	end := o.SubtreeEnd(i)
	if above.ID == n.Parent {
		// n was the first child of above: its children go first among
		// above's children, before n's next sibling.
		kids := o.shiftDepths(i+1, end, -1, n.Depth)
		o.adopt(kids, above.ID, "", o.nextSiblingOrder(i, end))
	} else {
		// The row above a non-first child is the last row of the previous
		// sibling's subtree, a leaf: n's children become its only ones,
		// folded or not as they were under n. The leaf may be hidden in
		// a folded bullet; the join point is unfolded into sight.
		kids := o.shiftDepths(i+1, end, above.Depth-n.Depth, n.Depth)
		o.adopt(kids, above.ID, "", "")
		if len(kids) > 0 {
			o.setFolded(above, n.Folded)
		}
		o.reveal(above)
	}
	o.removeRow(i)
	return i - 1, off, true
}
