package tui

import (
	doc "lanyard/store/outline"
)

// postOutline rebuilds an outline for a post from a copy of its bullets,
// nested at most postDepth levels.
func postOutline(nodes []doc.Node) (*doc.Outline, error) {
	return doc.AdoptNodes(capNodes(nodes))
}

// deepest is the depth of a bullet at the postDepth-th level.
const deepest = postDepth - 1

// capDepth returns o, or a copy of it nested at most postDepth levels.
func capDepth(o *doc.Outline) (*doc.Outline, error) {
	for i := range o.Len() {
		if o.At(i).Depth > deepest {
			return postOutline(o.Nodes())
		}
	}
	return o, nil
}

// capNodes moves bullets below the postDepth-th level up to it, each
// under the last bullet one level above it, keeping their order. nodes
// are in preorder, as Outline.Nodes gives them, and are changed in place.
// Moved bullets join the children of other bullets, so every bullet gets
// a new order key, in preorder, which keeps each one's siblings in order.
func capNodes(nodes []doc.Node) []doc.Node {
	deep := false
	for _, n := range nodes {
		deep = deep || n.Depth > deepest
	}
	if !deep {
		return nodes
	}
	// last[d] is the bullet seen last at depth d: the parent of what
	// comes next at depth d+1.
	last := make([]doc.ID, deepest+1)
	key := ""
	for i := range nodes {
		n := &nodes[i]
		if n.Depth > deepest {
			n.Depth, n.Parent = deepest, last[deepest-1]
		}
		last[n.Depth] = n.ID
		key = doc.KeyBetween(key, "")
		n.Order = key
	}
	return nodes
}
