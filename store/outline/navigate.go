package outline

// Walking the outline as the editor shows it, with folded bullets' subtrees
// out of sight. These take a row that is itself in sight.

// VisibleNext returns the row after row i on screen, skipping row i's
// subtree if it is folded, or -1 if row i is the last row in sight.
func (o *Outline) VisibleNext(i int) int {
	j := i + 1
	if o.rows[i].Folded {
		j = o.SubtreeEnd(i)
	}
	if j >= len(o.rows) {
		return -1
	}
	return j
}

// VisiblePrev returns the row before row i on screen, or -1 for row 0.
//
// The row above, i-1, is row i's parent or the last row of its previous
// sibling's subtree; in the second case it is hidden if a bullet between
// it and that sibling (the sibling included) is folded, and the outermost
// such bullet is what shows. Walking up the parent links finds it in as
// many steps as the row is deep, however much the fold hides.
func (o *Outline) VisiblePrev(i int) int {
	if i == 0 {
		return -1
	}
	above := o.rows[i-1]
	d := o.rows[i].Depth
	shown := above
	for n := above; n.Depth > d; {
		n = o.parentOf(n)
		if n.Folded {
			shown = n
		}
	}
	if shown == above {
		return i - 1
	}
	return o.Find(shown.ID)
}

// HiddenCount returns how many bullets row i hides: its subtree's size if
// it is folded, else 0.
func (o *Outline) HiddenCount(i int) int {
	if !o.rows[i].Folded {
		return 0
	}
	return o.SubtreeEnd(i) - i - 1
}

// Ancestors returns the rows of the bullets row i is nested in, outermost
// first: the path of a zoom breadcrumb. It follows parent links, so it
// costs row i's depth while rows have moved little since last found.
func (o *Outline) Ancestors(i int) []int {
	n := o.rows[i]
	rows := make([]int, n.Depth)
	for d := n.Depth - 1; d >= 0; d-- {
		n = o.parentOf(n)
		rows[d] = o.Find(n.ID)
	}
	return rows
}
