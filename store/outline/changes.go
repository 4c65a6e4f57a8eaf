package outline

import "slices"

// TakeChanges returns the nodes whose stored fields changed since the last
// call, as copies of how they are now, and the IDs of the nodes removed,
// both sorted by ID; then it forgets them. A node created and removed
// between two calls appears in neither. Depth is not stored, so a node
// whose depth alone changed (a descendant of an indented bullet) is not
// reported: its Parent still says where it is.
func (o *Outline) TakeChanges() Changes {
	c := o.pendingChanges()
	// Fresh maps rather than clear(): clearing costs the map's peak
	// capacity, which a large repair in FromNodes would leave behind.
	o.dirty = make(map[ID]struct{})
	o.fresh = make(map[ID]struct{})
	o.deleted = make(map[ID]struct{})
	return c
}

// pendingChanges returns what TakeChanges would, without forgetting it.
func (o *Outline) pendingChanges() Changes {
	var c Changes
	for _, id := range sortedIDs(o.dirty) {
		if p, ok := o.nodes[id]; ok {
			c.Put = append(c.Put, *p.node)
		}
	}
	c.Deleted = sortedIDs(o.deleted)
	return c
}

// sortedIDs returns the keys of set in increasing order, so that output
// never depends on map iteration order.
func sortedIDs(set map[ID]struct{}) []ID {
	if len(set) == 0 {
		return nil
	}
	ids := make([]ID, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// touch records that n's stored fields changed.
func (o *Outline) touch(n *Node) {
	o.dirty[n.ID] = struct{}{}
	o.version++
}

// newNode makes a node with the next ID, stamped now, and records it as
// changed. The caller places it with insertRow.
func (o *Outline) newNode(parent ID, depth int, order, text string) *Node {
	n := &Node{ID: o.nextID, Parent: parent, Order: order, Depth: depth, Text: text, Created: o.now()}
	o.nextID++
	o.fresh[n.ID] = struct{}{}
	o.touch(n)
	return n
}

// insertRow puts n at row i.
func (o *Outline) insertRow(i int, n *Node) { o.insertRows(i, []*Node{n}) }

// removeRow deletes row i alone (the caller has re-homed its children).
func (o *Outline) removeRow(i int) { o.removeRows(i, i+1) }

// forget drops a removed node from the index and records its removal,
// unless the node was never handed to the store.
func (o *Outline) forget(id ID) {
	delete(o.nodes, id)
	delete(o.dirty, id)
	if _, ok := o.fresh[id]; ok {
		delete(o.fresh, id)
		return
	}
	o.deleted[id] = struct{}{}
}

// restore records that undo or redo put back a node that had been removed.
// If the store still holds it (its removal was not yet taken), the pending
// delete is cancelled; otherwise it is new to the store again.
func (o *Outline) restore(n *Node) {
	if _, ok := o.deleted[n.ID]; ok {
		delete(o.deleted, n.ID)
	} else {
		o.fresh[n.ID] = struct{}{}
	}
	o.touch(n)
}
