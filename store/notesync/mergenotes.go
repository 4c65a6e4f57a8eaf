package notesync

import (
	"lanyard/store/outline"
)

// mergeNotes merges one talk's outline (see merge.go for the rules). Any
// of b, o, t may be nil: no bullets.
func mergeNotes(talkID string, b, o, t *notes) *notes {
	// Most talks are the same on both sides, or changed on one only.
	switch {
	case o != nil && sameNotes(o, t):
		return o
	case t != nil && sameNotes(b, o):
		return t
	case o != nil && sameNotes(b, t):
		return o
	}
	bb, ob, tb := bulletsOf(b), bulletsOf(o), bulletsOf(t)
	out := &notes{talk: talkID, bullets: map[string]*bullet{}}
	var copies []*bullet
	for _, id := range union(bb, ob, tb) {
		x, y, z := bb[id], ob[id], tb[id]
		switch {
		case y != nil && z != nil:
			m, theirs := mergeBullet(x, y, z)
			out.bullets[id] = m
			if theirs != nil {
				copies = append(copies, theirs)
			}
		case y != nil && (x == nil || *x != *y):
			out.bullets[id] = clone(y) // added, or deleted there and changed here
		case z != nil && (x == nil || *x != *z):
			out.bullets[id] = clone(z)
		}
	}
	for _, c := range copies {
		if out.bullets[c.id] == nil {
			out.bullets[c.id] = c
		}
	}
	keepParents(out, ob, tb, bb)
	breakCycles(out)
	fixOrders(out)
	return out
}

func bulletsOf(n *notes) map[string]*bullet {
	if n == nil {
		return nil
	}
	return n.bullets
}

func clone(b *bullet) *bullet { c := *b; return &c }

// mergeBullet merges a bullet both sides have; x is nil when both added
// it. theirs is the conflict copy of their text, when both changed the
// text differently.
func mergeBullet(x, o, t *bullet) (m, theirs *bullet) {
	if x == nil {
		x = &bullet{id: o.id, kind: o.kind}
	}
	m = clone(o)
	if pick(x.parent+"\x00"+x.order, o.parent+"\x00"+o.order, t.parent+"\x00"+t.order) != o.parent+"\x00"+o.order {
		m.parent, m.order = t.parent, t.order
	}
	m.kind = pick(x.kind, o.kind, t.kind)
	m.folded = pickMark(x.folded, o.folded, t.folded)
	m.conflict = pickMark(x.conflict, o.conflict, t.conflict)
	switch {
	case o.text == t.text, t.text == x.text:
	case o.text == x.text:
		m.text = t.text
	default:
		theirs = &bullet{
			id: o.id + "~" + shortHash(t.text), parent: m.parent, order: m.order,
			kind: t.kind, conflict: true, text: t.text,
		}
	}
	return m, theirs
}

// keepParents brings back the deleted parents of kept bullets, from the
// first side that still has them; a parent no side has is replaced by
// top level.
func keepParents(out *notes, sides ...map[string]*bullet) {
	work := sortedKeys(out.bullets)
	for len(work) > 0 {
		id := work[len(work)-1]
		work = work[:len(work)-1]
		b := out.bullets[id]
		if b.parent == "" || out.bullets[b.parent] != nil {
			continue
		}
		var back *bullet
		for _, side := range sides {
			if p := side[b.parent]; p != nil {
				back = clone(p)
				break
			}
		}
		if back == nil {
			b.parent = ""
			continue
		}
		out.bullets[back.id] = back
		work = append(work, back.id)
	}
}

// breakCycles puts the bullet with the greatest identity on each cycle of
// parents at top level: two moves, each fine alone, can close one.
func breakCycles(out *notes) {
	const (
		walking = 1
		done    = 2
	)
	state := make(map[string]int, len(out.bullets))
	for _, id := range sortedKeys(out.bullets) {
		var path []string
		cur := id
		for cur != "" && state[cur] == 0 {
			state[cur] = walking
			path = append(path, cur)
			cur = out.bullets[cur].parent
		}
		if cur != "" && state[cur] == walking {
			top := cur
			for i := len(path) - 1; path[i] != cur; i-- {
				top = max(top, path[i])
			}
			out.bullets[top].parent = ""
		}
		for _, p := range path {
			state[p] = done
		}
	}
}

// fixOrders gives tied siblings (added on both sides at one place, a
// conflict copy beside its bullet) keys in their order by identity, so
// that every sibling's key is its own.
func fixOrders(out *notes) {
	for _, sibs := range out.children() {
		prev := ""
		for i, b := range sibs {
			if b.order > prev {
				prev = b.order
				continue
			}
			hi := ""
			for _, next := range sibs[i+1:] {
				if next.order > prev {
					hi = next.order
					break
				}
			}
			b.order = outline.KeyBetween(prev, hi)
			prev = b.order
		}
	}
}
