package outline

import "strconv"

// Kind is how a bullet is drawn and exported. The values are stored, so
// new kinds go at the end and none is ever renumbered.
type Kind uint8

// The kinds of bullet.
const (
	// KindPlain is an ordinary bullet.
	KindPlain Kind = iota
	// KindNumbered is an item of a numbered list, numbered among the
	// numbered siblings around it.
	KindNumbered
	// KindStar is a takeaway: the line a note-taker wants to find again.
	KindStar
	// KindTodo is something to do after the talk.
	KindTodo
	// KindDone is a to-do that was done.
	KindDone
	// KindQuote is words quoted from the speaker.
	KindQuote
)

// kindNames are the kinds' names, by value.
var kindNames = [...]string{
	KindPlain:    "plain",
	KindNumbered: "numbered",
	KindStar:     "star",
	KindTodo:     "todo",
	KindDone:     "done",
	KindQuote:    "quote",
}

// String returns the kind's name, such as "todo". A kind this version does
// not know (read from a notebook a newer lanyard wrote) is "kind(N)"; it is
// kept as it is and should be drawn as plain.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// known reports whether this version of lanyard knows kind k.
func (k Kind) known() bool { return int(k) < len(kindNames) }

// next is the kind of the bullet Enter makes after a bullet of kind k.
// Lists go on, as in every editor: the item after a numbered one is
// numbered, the one after a to-do or a done one is still to do. A
// takeaway or a quote marks one line, so the bullet after it is plain: a
// note-taker flags the line worth finding again, not the ones that follow.
func (k Kind) next() Kind {
	switch k {
	case KindNumbered, KindTodo:
		return k
	case KindDone:
		return KindTodo
	}
	return KindPlain
}

// SetKind makes row i a bullet of kind k.
func (o *Outline) SetKind(i int, k Kind) {
	o.journal.edit()
	n := o.rows[i]
	if n.Kind == k {
		return
	}
	o.change(n)
	n.Kind = k
}

// Settle clears row i's conflict mark: the user has read the text a sync
// brought in beside another and keeps it as an ordinary bullet.
func (o *Outline) Settle(i int) {
	o.journal.edit()
	n := o.rows[i]
	if !n.Conflict {
		return
	}
	o.change(n)
	n.Conflict = false
}

// SetFolded folds row i, hiding its subtree, or unfolds it. Folding a
// bullet without children does nothing: there is nothing to hide, and a
// fold left on a leaf would swallow the first child given to it later.
func (o *Outline) SetFolded(i int, folded bool) {
	o.journal.edit()
	if folded && !o.HasChildren(i) {
		return
	}
	o.setFolded(o.rows[i], folded)
}

// Reveal unfolds every folded bullet that row i is nested in, so that it is
// in sight: for a search result, or a bullet the cursor is moved to. Edits
// keep the bullet they act on in sight by themselves.
func (o *Outline) Reveal(i int) {
	o.journal.edit()
	o.reveal(o.rows[i])
}
