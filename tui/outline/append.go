package outline

import doc "lanyard/store/outline"

// Append adds bullets after the outline's last, from outside the editor
// (lanyard add run in another terminal). The user may be in the middle of
// a word: the cursor, the scroll and the word stay as they were, the
// bullets go to the Saver as any edit does, and undo takes them back as
// one step of their own. In an empty outline the cursor goes to the end
// of the last bullet added, as when an outline is opened.
func (m Model) Append(c doc.Clip) Model {
	if len(c) == 0 {
		return m
	}
	wasEmpty := m.empty()
	before := m.cursor()
	m.o.Mark(before)
	_, last := m.o.AppendClip(c)
	if wasEmpty {
		m.row, m.off = last, len(m.o.At(last).Text)
	}
	m = m.save()
	// The step ends here: the rest of the word being typed must not join
	// it, or undoing the word would take the added bullets with it.
	m.o.Mark(m.cursor())
	return m.settle()
}
