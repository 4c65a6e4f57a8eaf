package outline

// Indent makes row i, with its subtree, the last child of its previous
// sibling, unfolding that sibling if it was folded so the bullet stays in
// sight. It reports false, changing nothing, if row i has no previous
// sibling.
func (o *Outline) Indent(i int) bool {
	o.journal.edit()
	sib, lastChild := o.prevSibling(i)
	if sib < 0 {
		return false
	}
	after := ""
	if lastChild >= 0 {
		after = o.rows[lastChild].Order
	}
	n := o.rows[i]
	o.change(n)
	n.Parent = o.rows[sib].ID
	n.Order = KeyBetween(after, "")
	o.shiftDepths(i, o.SubtreeEnd(i), 1, n.Depth)
	o.setFolded(o.rows[sib], false)
	return true
}

// Outdent moves row i, with its subtree, one level out while keeping every
// row where it is on screen, as org-mode and Logseq do: row i becomes the
// next sibling of its old parent, and the siblings that followed it become
// its children, after its own (row i is unfolded if it takes any, so they
// stay in sight). It reports false, changing nothing, for a top-level row.
func (o *Outline) Outdent(i int) bool {
	o.journal.edit()
	n := o.rows[i]
	d := n.Depth
	if d == 0 {
		return false
	}
	parent := o.parentOf(n)
	end := o.SubtreeEnd(i)
	ownKids := o.shiftDepths(i, end, -1, d)
	lastChild := ""
	if len(ownKids) > 0 {
		lastChild = ownKids[len(ownKids)-1].Order
	}
	// The siblings after n, up to the end of the parent's subtree.
	var followers []*Node
	stop := end
	for ; stop < len(o.rows) && o.rows[stop].Depth >= d; stop++ {
		if o.rows[stop].Depth == d {
			followers = append(followers, o.rows[stop])
		}
	}
	o.change(n)
	n.Parent = parent.Parent
	n.Order = KeyBetween(parent.Order, o.siblingOrderAt(stop, d-1))
	o.adopt(followers, n.ID, lastChild, "")
	if len(followers) > 0 {
		o.setFolded(n, false)
	}
	return true
}

// prevSibling returns the row of row i's previous sibling and the row of
// that sibling's last child, each -1 if there is none. It scans back over
// the sibling's subtree.
func (o *Outline) prevSibling(i int) (sib, lastChild int) {
	d := o.rows[i].Depth
	lastChild = -1
	for j := i - 1; j >= 0; j-- {
		switch dj := o.rows[j].Depth; {
		case dj < d:
			return -1, -1
		case dj == d:
			return j, lastChild
		case dj == d+1 && lastChild < 0:
			lastChild = j
		}
	}
	return -1, -1
}

// nextSiblingOrder returns the Order of the next sibling of row i, whose
// subtree ends at end, or "" if it is the last child.
func (o *Outline) nextSiblingOrder(i, end int) string {
	return o.siblingOrderAt(end, o.rows[i].Depth)
}

// siblingOrderAt returns the Order of row j if it exists at depth d, else
// "": the upper bound for a key among siblings at depth d ending before j.
func (o *Outline) siblingOrderAt(j, d int) string {
	if j < len(o.rows) && o.rows[j].Depth == d {
		return o.rows[j].Order
	}
	return ""
}

// adopt makes kids, consecutive siblings in order, children of parent
// between keys lo and hi ("" for open). They keep their keys when those
// already fit, so an edit rewrites as few keys as it can.
func (o *Outline) adopt(kids []*Node, parent ID, lo, hi string) {
	if len(kids) == 0 {
		return
	}
	fits := (lo == "" || kids[0].Order > lo) && (hi == "" || kids[len(kids)-1].Order < hi)
	var keys []string
	if !fits {
		keys = keysBetween(lo, hi, len(kids))
	}
	for j, k := range kids {
		o.change(k)
		k.Parent = parent
		if keys != nil {
			k.Order = keys[j]
		}
	}
}
