package outline

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// Edits of whole bullets: moving, cutting, copying and pasting them with
// their children, marking their kind, and undoing any edit. Like
// Workflowy these need no selection: the bullet under the cursor is the
// one meant.

// structureKey handles a key that edits whole bullets; ok is false for
// any other key.
func (m Model) structureKey(msg tea.KeyPressMsg) (_ Model, ok bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Undo):
		return m.undo(), true
	case key.Matches(msg, k.Redo):
		return m.redo(), true
	case key.Matches(msg, k.MoveUp):
		if !m.staysInZoom(-1) {
			return m, true
		}
		return m.move(m.o.MoveUp), true
	case key.Matches(msg, k.MoveDown):
		if !m.staysInZoom(1) {
			return m, true
		}
		return m.move(m.o.MoveDown), true
	case key.Matches(msg, k.Cut):
		return m.cut(), true
	case key.Matches(msg, k.Copy):
		if !m.empty() {
			m.clip = m.o.CopySubtree(m.row)
		}
		return m, true
	case key.Matches(msg, k.PasteBullets):
		return m.pasteClip(m.clip), true
	case key.Matches(msg, k.Numbered):
		return m.toggleKind(doc.KindNumbered), true
	case key.Matches(msg, k.Star):
		return m.toggleKind(doc.KindStar), true
	case key.Matches(msg, k.Todo):
		return m.tick(), true
	case key.Matches(msg, k.Quote):
		return m.toggleKind(doc.KindQuote), true
	case key.Matches(msg, k.Settle):
		return m.settleConflict(), true
	}
	return m, false
}

// cursor is the cursor as the undo journal records it.
func (m Model) cursor() doc.Cursor {
	if m.empty() {
		return doc.Cursor{}
	}
	return doc.Cursor{Node: m.o.At(m.row).ID, Offset: m.off}
}

// placeCursor puts the cursor where the journal says, showing the bullet
// if a fold or the zoom hides it.
func (m Model) placeCursor(c doc.Cursor) Model {
	if m.empty() {
		m.row, m.off = 0, 0
		return m
	}
	row := m.o.Find(c.Node)
	if row < 0 {
		row = min(m.row, m.o.Len()-1)
		m.row, m.off = row, len(m.o.At(row).Text)
		return m
	}
	m = m.Reveal(c.Node)
	m.off = min(max(c.Offset, 0), len(m.o.At(row).Text))
	return m
}

func (m Model) undo() Model {
	c, ok := m.o.Undo()
	if !ok {
		return m
	}
	return m.placeCursor(c).save()
}

func (m Model) redo() Model {
	c, ok := m.o.Redo()
	if !ok {
		return m
	}
	return m.placeCursor(c).save()
}

// move moves the cursor's bullet with its children; the cursor goes with it.
func (m Model) move(op func(int) (int, bool)) Model {
	if m.empty() {
		return m
	}
	row, ok := op(m.row)
	if !ok {
		return m
	}
	m.row = row
	return m.save()
}

// cut removes the cursor's bullet with its children into the clipboard.
func (m Model) cut() Model {
	if m.empty() {
		return m
	}
	m.clip = m.o.DeleteSubtree(m.row)
	if m.o.Len() > 0 {
		m.row = min(m.row, m.o.Len()-1)
		m.row = m.reveal(m.row)
		m.off = min(m.off, len(m.o.At(m.row).Text))
	} else {
		m.row, m.off = 0, 0
	}
	return m.save()
}

// pasteClip inserts bullets after the cursor's bullet and its children;
// the cursor goes to the end of the last one.
func (m Model) pasteClip(c doc.Clip) Model {
	if len(c) == 0 {
		return m
	}
	after := -1
	if !m.empty() {
		after = m.row
		if z, ok := m.zoomRow(); ok && m.row == z {
			after = z
		}
	}
	_, last := m.o.InsertClip(after, c)
	m.row = m.reveal(last)
	m.off = len(m.o.At(m.row).Text)
	return m.save()
}

// toggleKind gives the cursor's bullet a kind, or takes it back to plain.
func (m Model) toggleKind(k doc.Kind) Model {
	m = m.materialize()
	if m.o.At(m.row).Kind == k {
		k = doc.KindPlain
	}
	m.o.SetKind(m.row, k)
	return m.save()
}

// settleConflict keeps a bullet a sync marked as the other laptop's text as an
// ordinary bullet; on any other bullet it does nothing.
func (m Model) settleConflict() Model {
	if m.empty() || !m.o.At(m.row).Conflict {
		return m
	}
	m = m.materialize()
	m.o.Settle(m.row)
	return m.save()
}

// tick makes the bullet a to-do, ticks a to-do done, and a done one plain.
func (m Model) tick() Model {
	m = m.materialize()
	// As org-mode cycles TODO, DONE and nothing.
	next := doc.KindTodo
	switch m.o.At(m.row).Kind {
	case doc.KindTodo:
		next = doc.KindDone
	case doc.KindDone:
		next = doc.KindPlain
	}
	m.o.SetKind(m.row, next)
	return m.save()
}

// deleteWordLeft deletes from the start of the word before the cursor,
// as readline's ctrl+w; at the start of a bullet it joins, as backspace.
func (m Model) deleteWordLeft() Model {
	if m.empty() || m.off == 0 {
		return m.backspace()
	}
	from := m.wordLeft().off
	if m.wordLeft().row != m.row {
		from = 0
	}
	m.o.DeleteText(m.row, from, m.off)
	m.off = from
	return m.save()
}

// deleteWordRight deletes to the end of the word after the cursor.
func (m Model) deleteWordRight() Model {
	if m.empty() || m.off >= len(m.text()) {
		return m.deleteForward()
	}
	to := m.wordRight()
	end := to.off
	if to.row != m.row {
		end = len(m.text())
	}
	m.o.DeleteText(m.row, m.off, end)
	return m.save()
}

// staysInZoom reports whether moving the cursor's bullet up (dir -1) or
// down (1) keeps it in the zoomed page. A move past the first or last
// sibling crosses into the parent's neighbour, which may lie outside it:
// the bullet would vanish from under the note-taker's eyes.
func (m Model) staysInZoom(dir int) bool {
	z, ok := m.zoomRow()
	if !ok || m.empty() {
		return true
	}
	first, end := m.bounds()
	n := m.o.At(m.row)
	if n.Parent == m.o.At(z).ID {
		return true // among the page's top bullets: MoveUp/Down stop at the ends
	}
	parent := m.o.Find(n.Parent)
	pd := m.o.At(parent).Depth
	if dir < 0 {
		if m.row-1 != parent {
			return true // a previous sibling, inside the page
		}
		for r := parent - 1; r >= first; r-- {
			if d := m.o.At(r).Depth; d <= pd {
				return d == pd
			}
		}
		return false
	}
	if m.o.SubtreeEnd(m.row) < m.o.SubtreeEnd(parent) {
		return true // a next sibling, inside the page
	}
	next := m.o.SubtreeEnd(parent)
	return next < end && m.o.At(next).Depth == pd
}
