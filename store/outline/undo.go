package outline

// Undo and redo. Every edit is journaled as it is made; the editor says
// where one undoable step ends and the next begins, and where the cursor
// is, with two calls:
//
//   - Mark(c) before an edit that should not merge with the previous ones:
//     the first key typed after a pause or after any other key, every
//     Enter, indent or move. c is the cursor before the edit; Undo of the
//     step returns it. Edits made without a Mark between them are one step.
//     A Mark with no edit after it makes no step.
//   - SetCursor(c) after each edit, with the cursor where the edit left it;
//     Redo of the step returns the last one set. An editor that does not
//     call it gets, from Redo, the cursor of the next Mark, or else the
//     step's before cursor.
//
// After Undo or Redo, the next edit begins a new step even without a Mark,
// whose before cursor is the one Undo or Redo returned (or set since); a
// new edit after Undo drops the steps that could have been redone.
//
// Undo and Redo change the outline like any edit: TakeChanges reports the
// nodes they touched, put back or removed. They cost what the step's
// edits cost: the nodes changed and the rows moved, never the outline.

// Cursor is a place in the outline: a node and a byte offset in its text.
// It names the node rather than its row, so it stays right while rows
// move; RowOf turns it back into a row.
type Cursor struct {
	Node   ID
	Offset int
}

// Mark ends the current undo step, if one is open, and sets c as the
// cursor before the next one. The ended step's redo cursor is c unless
// SetCursor gave one.
func (o *Outline) Mark(c Cursor) {
	j := &o.journal
	if j.open {
		if s := &j.steps[j.done-1]; !s.afterSet {
			s.after = c
		}
		j.open = false
	}
	j.mark = c
}

// SetCursor records where the cursor is after an edit: where Redo of the
// open step puts it back, and where the next step begins if no Mark
// follows. Call it after edits, not after mere cursor moves, or Redo will
// return where the cursor wandered to.
func (o *Outline) SetCursor(c Cursor) {
	j := &o.journal
	if j.open {
		s := &j.steps[j.done-1]
		s.after, s.afterSet = c, true
	}
	j.mark = c
}

// Undo takes back the last step that was not undone and returns the cursor
// from before it; ok is false, and nothing changes, if there is none.
func (o *Outline) Undo() (c Cursor, ok bool) {
	j := &o.journal
	if j.done == 0 {
		return Cursor{}, false
	}
	s := &j.steps[j.done-1]
	if j.open && !s.afterSet {
		// Neither SetCursor nor Mark told where the step ended.
		s.after = s.before
	}
	for k := len(s.recs) - 1; k >= 0; k-- {
		o.play(&s.recs[k])
	}
	j.done--
	j.open = false
	j.mark = s.before
	return s.before, true
}

// Redo makes again the last step undone and returns the cursor from after
// it; ok is false, and nothing changes, if there is none.
func (o *Outline) Redo() (c Cursor, ok bool) {
	j := &o.journal
	if j.done == len(j.steps) {
		return Cursor{}, false
	}
	s := &j.steps[j.done]
	for k := range s.recs {
		o.play(&s.recs[k])
	}
	j.done++
	j.open = false
	j.mark = s.after
	return s.after, true
}

// CanUndo reports whether Undo has a step to take back.
func (o *Outline) CanUndo() bool { return o.journal.done > 0 }

// CanRedo reports whether Redo has a step to make again.
func (o *Outline) CanRedo() bool { return o.journal.done < len(o.journal.steps) }
