package outline

import doc "lanyard/store/outline"

// takePrefix turns a kind's marker just typed at the start of the
// bullet, "[ ] " or "> " (see doc.KindPrefix), into the bullet's kind,
// as Logseq and Notion do. It is an undo step of its own: ctrl+z right
// after gives back the text as typed, marker and all, for the note-taker
// who meant to write it. Only a typed space asks: a paste goes in as
// text, whatever it starts with.
func (m Model) takePrefix() Model {
	if m.empty() || m.off == 0 || m.off > doc.LongestKindPrefix || m.text()[m.off-1] != ' ' {
		return m
	}
	if _, ok := doc.KindPrefix(m.text()[:m.off]); !ok {
		return m
	}
	m.o.Mark(m.cursor())
	m.o.TakePrefix(m.row, m.off)
	m.off = 0
	return m.save().endBurst()
}
