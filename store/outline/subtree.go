package outline

// Subtrees as values: cut, copy and paste of a bullet with its children,
// paste of several lines of text, and import of notes all go through a
// Clip.

// Bullet is one bullet of a Clip.
type Bullet struct {
	// Depth is relative to the clip's first bullet, which is at 0.
	Depth int
	Text  string
	Kind  Kind
}

// Clip is bullets in preorder, detached from any outline: what a cut or
// copy takes and a paste puts back.
type Clip []Bullet

// AppendClip inserts c after every bullet, its top-level bullets last at
// the top level, as notes added from outside the editor go: after what
// the talk has, whoever is typing where. It returns the rows of the first
// and last bullet inserted; rows before them do not move.
func (o *Outline) AppendClip(c Clip) (first, last int) {
	return o.InsertClip(o.lastTopLevel(), c)
}

// CopySubtree returns row i and its subtree as a clip.
func (o *Outline) CopySubtree(i int) Clip {
	return o.clip(i, o.SubtreeEnd(i))
}

// DeleteSubtree removes row i and its subtree and returns them as a clip.
// The outline may be left empty.
func (o *Outline) DeleteSubtree(i int) Clip {
	o.journal.edit()
	end := o.SubtreeEnd(i)
	c := o.clip(i, end)
	o.removeRows(i, end)
	return c
}

// clip returns rows from..to-1, the subtree of row from, as a clip.
func (o *Outline) clip(from, to int) Clip {
	base := o.rows[from].Depth
	c := make(Clip, to-from)
	for k, n := range o.rows[from:to] {
		c[k] = Bullet{Depth: n.Depth - base, Text: n.Text, Kind: n.Kind}
	}
	return c
}

// InsertClip puts the bullets of c after row i's subtree, the clip's
// top-level bullets becoming row i's next siblings, and returns the rows of
// the first and last bullet inserted; i = -1 inserts at the top of the
// outline (which may be empty). An empty clip inserts nothing and gives
// last = first-1.
//
// The bullets get fresh IDs, keys and creation times, and come unfolded.
// Depths are taken relative to the first bullet's and clamped so the tree
// stays valid: none shallower than the first, none more than one level
// deeper than the bullet before it. However long the clip, the rows move
// once, so pasting or importing 10,000 bullets costs about what making
// them does.
func (o *Outline) InsertClip(i int, c Clip) (first, last int) {
	o.journal.edit()
	at, depth, parent, lo := 0, 0, ID(0), ""
	if i >= 0 {
		n := o.rows[i]
		at, depth, parent, lo = o.SubtreeEnd(i), n.Depth, n.Parent, n.Order
	}
	if len(c) == 0 {
		return at, at - 1
	}
	rel := relativeDepths(c)
	tops := 0
	for _, r := range rel {
		if r == 0 {
			tops++
		}
	}
	// The top-level bullets share the gap between row i and its next
	// sibling; the rest are the first keys of their parents, new nodes.
	topKeys := keysBetween(lo, o.siblingOrderAt(at, depth), tops)
	block := make([]Node, len(c))
	nodes := make([]*Node, len(c))
	now := o.now()
	var parents []ID     // parents[r] is the last bullet made at relative depth r
	var lastKey []string // lastKey[r] is the last key given at depth r under parents[r-1]
	for k, b := range c {
		r := rel[k]
		parents = parents[:r]
		lastKey = lastKey[:min(len(lastKey), r+1)]
		if len(lastKey) == r {
			lastKey = append(lastKey, "")
		}
		p, key := parent, ""
		if r == 0 {
			key, topKeys = topKeys[0], topKeys[1:]
		} else {
			p, key = parents[r-1], KeyBetween(lastKey[r], "")
		}
		lastKey[r] = key
		n := &block[k]
		*n = Node{ID: o.nextID, Parent: p, Order: key, Depth: depth + r, Text: b.Text, Kind: b.Kind, Created: now}
		o.nextID++
		o.fresh[n.ID] = struct{}{}
		o.touch(n)
		parents = append(parents, n.ID)
		nodes[k] = n
	}
	o.insertRows(at, nodes)
	return at, at + len(c) - 1
}

// relativeDepths returns the depths of c's bullets relative to the first,
// clamped to a valid outline: from 0 to one more than the bullet before.
func relativeDepths(c Clip) []int {
	rel := make([]int, len(c))
	for k := 1; k < len(c); k++ {
		rel[k] = min(max(c[k].Depth-c[0].Depth, 0), rel[k-1]+1)
	}
	return rel
}
