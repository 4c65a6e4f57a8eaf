package outline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// unplaced marks a node FromNodes has not yet put in a row; onPath one it is
// walking through while looking for a cycle.
const (
	unplaced = -1
	onPath   = -2
)

// FromNodes builds an outline from stored records given in any order: each
// node's children are sorted by Order (ties by ID) and the tree is
// flattened in preorder, with Depth recomputed. Records that cannot be
// placed as stored are repaired rather than lost: a node whose parent is
// missing, or one on a cycle of parents, becomes a top-level bullet at the
// end with its subtree, and siblings whose keys are malformed or tied get
// new keys. The outline starts with no pending changes except those
// repairs, so that the store writes them back. A record with ID 0 or an
// ID used twice is an error.
func FromNodes(nodes []Node) (*Outline, error) {
	return AdoptNodes(slices.Clone(nodes))
}

// AdoptNodes is FromNodes for a caller that hands the slice over: the
// outline keeps and changes it, so the caller must not use it again. It
// saves copying a large outline's records when loading it.
func AdoptNodes(block []Node) (*Outline, error) {
	o := New()
	o.nodes = make(map[ID]place, len(block))
	// The store hands records over by ID. Then a repeated ID is next to
	// its twin, and each node goes into the map once, when it is placed,
	// rather than here and again there: the map is most of a big load.
	byID := slices.IsSortedFunc(block, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	for i := range block {
		n := &block[i]
		if n.ID == 0 {
			return nil, fmt.Errorf("load outline: record %d: %w", i, ErrZeroID)
		}
		if byID {
			if i > 0 && block[i-1].ID == n.ID {
				return nil, fmt.Errorf("load outline: node %d: %w", n.ID, ErrDuplicateID)
			}
		} else {
			if _, dup := o.nodes[n.ID]; dup {
				return nil, fmt.Errorf("load outline: node %d: %w", n.ID, ErrDuplicateID)
			}
			o.nodes[n.ID] = place{node: n}
		}
		o.nextID = max(o.nextID, n.ID+1)
		n.Depth = unplaced
	}
	// Typically about a third of the nodes have children.
	kids := make(map[ID][]*Node, len(block)/3+1)
	for i := range block {
		kids[block[i].Parent] = append(kids[block[i].Parent], &block[i])
	}
	for _, sibs := range kids {
		// Bullets are mostly written in order, and the store hands them
		// over by ID: most sibling lists are sorted already, and checking
		// costs a fraction of sorting.
		if !slices.IsSortedFunc(sibs, bySiblingOrder) {
			slices.SortFunc(sibs, bySiblingOrder)
		}
	}
	o.rows = make([]*Node, 0, len(block))
	tops := kids[0]
	o.fixKeys(tops)
	for _, n := range tops {
		o.placeTree(n, kids)
	}
	if byID && len(o.rows) < len(block) {
		// The repairs below find nodes not placed yet by ID.
		for i := range block {
			if block[i].Depth == unplaced {
				o.nodes[block[i].ID] = place{node: &block[i]}
			}
		}
	}
	last := ""
	if len(tops) > 0 {
		last = tops[len(tops)-1].Order
	}
	for _, n := range o.orphans(kids) {
		last = o.reroot(n, last, kids)
	}
	if len(o.rows) < len(block) {
		o.placeCycles(block, last, kids)
	}
	return o, nil
}

// bySiblingOrder sorts siblings by key, ties by ID.
func bySiblingOrder(a, b *Node) int {
	if c := strings.Compare(a.Order, b.Order); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// fixKeys gives sorted siblings fresh keys, recording the change, unless
// their keys are all well formed and strictly increasing.
func (o *Outline) fixKeys(sibs []*Node) {
	ok := true
	for j, n := range sibs {
		if !validKey(n.Order) || (j > 0 && sibs[j-1].Order >= n.Order) {
			ok = false
			break
		}
	}
	if ok {
		return
	}
	for j, key := range keysBetween("", "", len(sibs)) {
		sibs[j].Order = key
		o.touch(sibs[j])
	}
}

// placeTree appends root, whose Depth is set, and its subtree in preorder.
// Children already placed are skipped: they are cycle members re-rooted
// elsewhere.
func (o *Outline) placeTree(root *Node, kids map[ID][]*Node) {
	if root.Depth == unplaced {
		root.Depth = 0
	}
	stack := []*Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		o.nodes[n.ID] = place{node: n, row: len(o.rows)}
		o.rows = append(o.rows, n)
		live := slices.DeleteFunc(kids[n.ID], func(k *Node) bool { return k.Depth != unplaced })
		o.fixKeys(live)
		for j := len(live) - 1; j >= 0; j-- {
			live[j].Depth = n.Depth + 1
			stack = append(stack, live[j])
		}
	}
}

// reroot makes n a top-level bullet after key last, places its subtree and
// returns n's new key.
func (o *Outline) reroot(n *Node, last string, kids map[ID][]*Node) string {
	n.Parent = 0
	n.Order = KeyBetween(last, "")
	n.Depth = 0
	o.touch(n)
	o.placeTree(n, kids)
	return n.Order
}

// orphans returns the nodes whose parent is missing, grouped by that
// parent's ID in increasing order and in sibling order within a group.
func (o *Outline) orphans(kids map[ID][]*Node) []*Node {
	var missing []ID
	for parent := range kids {
		if _, ok := o.nodes[parent]; !ok && parent != 0 {
			missing = append(missing, parent)
		}
	}
	slices.Sort(missing)
	var out []*Node
	for _, parent := range missing {
		out = append(out, kids[parent]...)
	}
	return out
}

// placeCycles places the nodes left unplaced, which hang on cycles of
// parents. Each cycle is broken at the first member reached walking up from
// its unplaced node with the lowest ID, which becomes a top-level bullet
// after key last; every other parent link is kept, including those of
// subtrees hanging off the cycle. It returns the last top-level key.
func (o *Outline) placeCycles(block []Node, last string, kids map[ID][]*Node) string {
	var left []*Node
	for i := range block {
		if block[i].Depth == unplaced {
			left = append(left, &block[i])
		}
	}
	slices.SortFunc(left, func(a, b *Node) int { return cmp.Compare(a.ID, b.ID) })
	for _, n := range left {
		if n.Depth != unplaced {
			continue // placed with an earlier cycle
		}
		// Every ancestor of an unplaced node exists and is unplaced, so
		// walking up must come back to a node already on the path.
		x := n
		for x.Depth == unplaced {
			x.Depth = onPath
			x = o.nodes[x.Parent].node
		}
		for y := n; y.Depth == onPath; y = o.nodes[y.Parent].node {
			y.Depth = unplaced
		}
		last = o.reroot(x, last, kids)
	}
	return last
}
