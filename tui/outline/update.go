package outline

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Update handles keys and pastes while focused, and the mouse's clicks
// and scrolls (see click.go) whether focused or not; other messages are
// not the editor's business. It never does I/O: edits go to the Saver,
// which does not block.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if m.Glimpsing() {
		return m, nil
	}
	switch msg := msg.(type) {
	case ClickMsg:
		return m.click(msg.X, msg.Y), nil
	case ScrollMsg:
		return m.scrollBy(msg.Lines), nil
	}
	if !m.focused {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m = m.key(msg)
	case TypedMsg:
		m = m.typeRun(msg)
	case tea.PasteMsg:
		m.hasGoal = false
		m.o.Mark(m.cursor())
		m = m.paste(msg.Content).endBurst()
	default:
		return m, nil
	}
	return m.settle(), nil
}

// key handles one key press.
func (m Model) key(msg tea.KeyPressMsg) Model {
	m = m.stepFor(msg)
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		return m.moveLines(-1)
	case key.Matches(msg, k.Down):
		return m.moveLines(1)
	case key.Matches(msg, k.PageUp):
		return m.page(-1)
	case key.Matches(msg, k.PageDown):
		return m.page(1)
	}
	// Any other key ends a run of vertical moves.
	m.hasGoal = false
	if shown, ok := m.viewKey(msg); ok {
		return shown
	}
	if edited, ok := m.structureKey(msg); ok {
		return edited
	}
	if edited, ok := m.editKey(msg); ok {
		return edited
	}
	if moved, ok := m.moveKey(msg); ok {
		return moved
	}
	if typed(msg) {
		return m.insert(sanitize(msg.Text)).takePrefix()
	}
	return m
}

// editKey handles a key that changes the outline; ok is false for any
// other key.
func (m Model) editKey(msg tea.KeyPressMsg) (_ Model, ok bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.NewBullet):
		return m.split(), true
	case key.Matches(msg, k.Indent):
		return m.nest(), true
	case key.Matches(msg, k.Outdent):
		return m.unnest(), true
	case key.Matches(msg, k.Backspace):
		return m.backspace(), true
	case key.Matches(msg, k.Delete):
		return m.deleteForward(), true
	case key.Matches(msg, k.WordBackspace):
		return m.deleteWordLeft(), true
	case key.Matches(msg, k.WordDelete):
		return m.deleteWordRight(), true
	}
	return m, false
}

// moveKey handles a key that moves the cursor within or across bullets;
// ok is false for any other key.
func (m Model) moveKey(msg tea.KeyPressMsg) (_ Model, ok bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Left):
		return m.left(), true
	case key.Matches(msg, k.Right):
		return m.right(), true
	case key.Matches(msg, k.WordLeft):
		return m.wordLeft(), true
	case key.Matches(msg, k.WordRight):
		return m.wordRight(), true
	case key.Matches(msg, k.Home):
		m.off = 0
	case key.Matches(msg, k.End):
		m.off = len(m.text())
	case key.Matches(msg, k.Top):
		m.row, m.off = m.firstRow(), 0
	case key.Matches(msg, k.Bottom):
		m.row = m.lastRow()
		m.off = len(m.text())
	default:
		return m, false
	}
	return m, true
}

// typed reports whether a key press is text to insert: it carries text
// and no modifier that makes it a command.
func typed(msg tea.KeyPressMsg) bool {
	const command = tea.ModCtrl | tea.ModAlt | tea.ModMeta | tea.ModSuper | tea.ModHyper
	return msg.Text != "" && msg.Mod&command == 0
}

// materialize turns the virtual bullet of an empty outline into a real
// one, for the first key that edits.
func (m Model) materialize() Model {
	if m.empty() {
		m.row, m.off = m.o.Append(""), 0
	}
	return m
}

// save hands the edit's changes to the Saver.
func (m Model) save() Model {
	if m.Glimpsing() {
		return m // a glimpse is a picture of notes, never notes to write
	}
	m.o.SetCursor(m.cursor())
	c := m.o.TakeChanges()
	if !c.Empty() && m.saver != nil {
		m.saver.Save(m.talkID, c)
	}
	return m
}

// insert types s at the cursor.
func (m Model) insert(s string) Model {
	if s == "" {
		return m
	}
	m = m.materialize()
	m.o.InsertText(m.row, m.off, s)
	m.off += len(s)
	return m.save()
}

// split is Enter: the text after the cursor becomes a new bullet.
func (m Model) split() Model {
	m = m.materialize()
	m.row, m.off = m.o.Split(m.row, m.off), 0
	return m.save()
}

// nest is Tab: it nests the cursor's bullet, with its subtree, under its
// previous sibling; the cursor stays where it is in the text.
func (m Model) nest() Model {
	if m.empty() || !m.o.Indent(m.row) {
		return m
	}
	return m.save()
}

// unnest is Shift+Tab: it moves the cursor's bullet, with its subtree,
// one level out.
func (m Model) unnest() Model {
	if m.empty() || !m.o.Outdent(m.row) {
		return m
	}
	return m.save()
}

// backspace deletes the grapheme before the cursor; at the start of a
// bullet it joins the bullet to the one above (removing it if empty).
func (m Model) backspace() Model {
	if m.empty() {
		return m
	}
	if m.off == 0 {
		row, off, ok := m.o.JoinPrev(m.row)
		if !ok {
			return m
		}
		m.row, m.off = row, off
		return m.save()
	}
	prev := m.prevBoundary(m.row, m.off)
	m.o.DeleteText(m.row, prev, m.off)
	m.off = prev
	return m.save()
}

// deleteForward deletes the grapheme after the cursor; at the end of a
// bullet it joins the next bullet into this one.
func (m Model) deleteForward() Model {
	if m.empty() {
		return m
	}
	text := m.text()
	if m.off < len(text) {
		n, _ := nextGrapheme(text[m.off:], m.method)
		m.o.DeleteText(m.row, m.off, m.off+n)
		return m.save()
	}
	if m.row+1 >= m.o.Len() {
		return m
	}
	row, off, ok := m.o.JoinPrev(m.row + 1)
	if !ok {
		return m
	}
	m.row, m.off = row, off
	return m.save()
}
