package outline

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// Folding and zooming, as in Workflowy: a folded bullet keeps its
// children out of sight (and says how many), a zoomed-in bullet becomes
// the page. Folds are part of the outline, so they are saved; the zoom is
// a way of looking and is not.

// viewKey handles a key that changes what is shown; ok is false for any
// other key.
func (m Model) viewKey(msg tea.KeyPressMsg) (_ Model, ok bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Fold):
		if msg.String() == "ctrl+up" {
			return m.setFold(true), true
		}
		return m.toggleFold(), true
	case key.Matches(msg, k.Unfold):
		return m.setFold(false), true
	case key.Matches(msg, k.FoldAll):
		return m.foldAll(), true
	case key.Matches(msg, k.ZoomIn):
		return m.zoomIn(), true
	case key.Matches(msg, k.ZoomOut):
		return m.zoomOut(), true
	case key.Matches(msg, k.Times):
		m.showTimes = !m.showTimes
		m.cache = newWrapCache(m.method)
		return m.relook(), true
	}
	return m, false
}

// toggleFold folds the cursor's bullet if it shows children, else unfolds it.
func (m Model) toggleFold() Model {
	if m.empty() {
		return m
	}
	return m.setFold(!m.o.At(m.row).Folded)
}

// setFold folds or unfolds the cursor's bullet; a bullet without children
// has nothing to fold.
func (m Model) setFold(folded bool) Model {
	if m.empty() || !m.o.HasChildren(m.row) || m.o.At(m.row).Folded == folded {
		return m
	}
	m.o.SetFolded(m.row, folded)
	return m.save()
}

// foldAll folds every bullet with children in the page when any of them
// is open, else unfolds them all: one key to see the outline's shape, the
// same key to see everything again.
func (m Model) foldAll() Model {
	if m.empty() {
		return m
	}
	first, end := m.bounds()
	fold := false
	for r := first; r < end; r++ {
		if m.o.HasChildren(r) && !m.o.At(r).Folded {
			fold = true
			break
		}
	}
	for r := first; r < end; r++ {
		if m.o.HasChildren(r) && m.o.At(r).Folded != fold {
			m.o.SetFolded(r, fold)
		}
	}
	return m.save()
}

// zoomIn makes the cursor's bullet the page, when it has children to
// show; the cursor goes to its first child.
func (m Model) zoomIn() Model {
	if m.empty() || !m.o.HasChildren(m.row) {
		return m
	}
	if m.o.At(m.row).Folded {
		m.o.SetFolded(m.row, false)
		m = m.save()
	}
	m.zoom = m.o.At(m.row).ID
	m.row, m.off = m.row+1, 0
	m.top, m.topLine = m.row, 0
	return m.rezoomed()
}

// zoomOut goes back one level: to the zoomed bullet's parent, or to the
// whole outline. The cursor goes to the bullet that was the page.
func (m Model) zoomOut() Model {
	z, ok := m.zoomRow()
	if !ok {
		return m
	}
	m.zoom = 0
	if parent := m.o.At(z).Parent; parent != 0 {
		m.zoom = parent
	}
	m.row, m.off = z, len(m.o.At(z).Text)
	return m.rezoomed()
}

// rezoomed redraws after the zoom changed: depths and so wrapping change.
func (m Model) rezoomed() Model {
	m.cache = newWrapCache(m.method)
	return m.relook()
}

// Breadcrumb returns the texts of the zoomed bullet and its ancestors,
// outermost first; empty when showing the whole outline.
func (m Model) Breadcrumb() []string {
	z, ok := m.zoomRow()
	if !ok {
		return nil
	}
	var crumbs []string
	for r := z; ; {
		crumbs = append([]string{m.o.At(r).Text}, crumbs...)
		parent := m.o.At(r).Parent
		if parent == 0 {
			return crumbs
		}
		r = m.o.Find(parent)
	}
}

// metaLine is the header's second line: the talk's details, or when zoomed
// in the way back out, so the note-taker knows where they are.
func (m Model) metaLine() string {
	crumbs := m.Breadcrumb()
	if len(crumbs) == 0 {
		return m.header.Meta
	}
	return "↰ " + strings.Join(crumbs, " › ")
}

// Reveal puts the cursor at the start of a bullet, unfolding its
// ancestors and leaving a zoom that hides it, as a search's jump needs.
func (m Model) Reveal(id doc.ID) Model {
	row := m.o.Find(id)
	if row < 0 {
		return m
	}
	if !m.inView(row) {
		m.zoom = 0
		m = m.rezoomed()
	}
	unfolded := false
	for p := m.o.At(row).Parent; p != 0; {
		r := m.o.Find(p)
		if m.o.At(r).Folded {
			m.o.SetFolded(r, false)
			unfolded = true
		}
		p = m.o.At(r).Parent
	}
	if unfolded {
		m = m.save()
	}
	m.row, m.off, m.hasGoal = row, 0, false
	return m.settle()
}
