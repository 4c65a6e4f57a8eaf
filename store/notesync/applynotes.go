package notesync

import (
	"time"

	"lanyard/store/outline"
)

// idGap is how far past the talk's highest bullet ID the bullets a sync
// brings are numbered: the editor may have the talk open and number its
// next bullets from the highest it knows, until it reloads the talk.
const idGap = 1 << 16

// notes applies one talk's outline: the bullets the merge added, deleted
// or changed, field by field, over the bullets as they are now. o or m
// may be nil (no bullets).
func (a *applier) notes(talkID uint64, o, m *notes) error {
	if sameNotes(o, m) {
		return nil
	}
	ob, mb := bulletsOf(o), bulletsOf(m)
	nodes, err := a.st.Nodes(talkID)
	if err != nil {
		return err
	}
	stored, err := a.st.BulletIDs(talkID)
	if err != nil {
		return err
	}
	cur := make(map[outline.ID]*outline.Node, len(nodes))
	top := outline.ID(0)
	for i := range nodes {
		cur[nodes[i].ID] = &nodes[i]
		top = max(top, nodes[i].ID)
	}
	for local := range stored {
		top = max(top, outline.ID(local))
	}
	bids := a.x.bullets(stored)
	// Every bullet of the merge gets its local ID first, so that parents
	// can be written as local IDs whatever order bullets come in.
	local := make(map[string]outline.ID, len(mb))
	next := top + idGap
	fresh := map[outline.ID]string{} // the new bullets' sync identities
	for _, sid := range sortedKeys(mb) {
		if id, ok := bids.localID(sid, cur); ok {
			local[sid] = id
			continue
		}
		if ob[sid] != nil && *ob[sid] == *mb[sid] {
			continue // deleted here since Files, and the merge did not change it
		}
		local[sid] = next
		fresh[next] = sid
		next++
	}
	var put []outline.Node
	for _, sid := range sortedKeys(mb) {
		id, ok := local[sid]
		if !ok {
			continue
		}
		bm, bo := mb[sid], ob[sid]
		n, had := cur[id]
		if !had {
			put = append(put, newNode(id, bm, local))
			continue
		}
		if bo != nil && *bo == *bm {
			continue
		}
		put = append(put, applyBullet(*n, bo, bm, local))
	}
	var deleted []outline.ID
	for sid := range ob {
		if mb[sid] != nil {
			continue
		}
		// A bullet edited here since Files stays, as one deleted on one
		// side and changed on the other does.
		if id, ok := bids.localID(sid, cur); ok && sameContent(cur[id], ob[sid]) {
			deleted = append(deleted, id)
		}
	}
	if len(put) == 0 && len(deleted) == 0 {
		return nil
	}
	a.changed[talkID] = true
	if err := a.st.WriteNodes(talkID, put, deleted); err != nil {
		return err
	}
	for _, n := range put {
		if sid := fresh[n.ID]; sid != "" && sid != a.x.local(uint64(n.ID)) {
			if err := a.st.SetBulletID(talkID, n.ID, bulletRecord(sid, n.Created)); err != nil {
				return err
			}
		}
	}
	return nil
}

// newNode is a bullet the merge brought, as the store keeps it.
func newNode(id outline.ID, b *bullet, local map[string]outline.ID) outline.Node {
	return outline.Node{
		ID: id, Parent: local[b.parent], Order: b.order, Text: b.text, Kind: b.kind,
		Folded: b.folded, Conflict: b.conflict, Created: time.Now().UTC(),
	}
}

// applyBullet sets the fields of n the merge changed (all of them for a
// bullet that was not in ours).
func applyBullet(n outline.Node, o, m *bullet, local map[string]outline.ID) outline.Node {
	if o == nil {
		n.Parent, n.Order, n.Text, n.Kind, n.Folded, n.Conflict = local[m.parent], m.order, m.text, m.kind, m.folded, m.conflict
		return n
	}
	if o.parent != m.parent || o.order != m.order {
		n.Parent, n.Order = local[m.parent], m.order
	}
	n.Text = theirsIfChanged(n.Text, o.text, m.text)
	n.Kind = theirsIfChanged(n.Kind, o.kind, m.kind)
	n.Folded = theirsIfChanged(n.Folded, o.folded, m.folded)
	n.Conflict = theirsIfChanged(n.Conflict, o.conflict, m.conflict)
	return n
}

// sameContent reports whether a bullet as it is now says what it said in
// ours.
func sameContent(n *outline.Node, b *bullet) bool {
	return n.Text == b.text && n.Kind == b.kind && n.Folded == b.folded && n.Conflict == b.conflict
}
