package outline

import (
	"slices"
	"testing"
)

// typeInto types s at the end of row i one character at a time, as the
// editor does, with SetCursor after each keystroke.
func typeInto(o *Outline, i int, s string) {
	for _, r := range s {
		n := o.At(i)
		o.InsertText(i, len(n.Text), string(r))
		o.SetCursor(Cursor{Node: n.ID, Offset: len(n.Text)})
	}
}

func TestUndoStepsFollowMarks(t *testing.T) {
	o := parse(t, "- talk")
	states := []string{render(o)}
	cursors := []Cursor{{1, 4}}
	for _, word := range []string{" on", " WAL", " fsync"} {
		o.Mark(cursors[len(cursors)-1])
		typeInto(o, 0, word)
		states = append(states, render(o))
		cursors = append(cursors, Cursor{1, len(o.At(0).Text)})
	}
	// Typing a word is one step, whatever the keystrokes.
	for k := len(states) - 2; k >= 0; k-- {
		c, ok := o.Undo()
		check(t, o)
		if !ok || render(o) != states[k] || c != cursors[k] {
			t.Fatalf("undo to step %d: ok %v, cursor %+v, rows:\n%s\nwant cursor %+v, rows:\n%s", k, ok, c, render(o), cursors[k], states[k])
		}
	}
	if _, ok := o.Undo(); ok {
		t.Fatal("undid more steps than were made")
	}
	for k := 1; k < len(states); k++ {
		c, ok := o.Redo()
		check(t, o)
		if !ok || render(o) != states[k] || c != cursors[k] {
			t.Fatalf("redo to step %d: ok %v, cursor %+v, rows:\n%s", k, ok, c, render(o))
		}
	}
	if _, ok := o.Redo(); ok {
		t.Fatal("redid more steps than were undone")
	}
}

func TestTypingIsOneRecordPerStep(t *testing.T) {
	o := parse(t, "- a")
	o.Mark(Cursor{1, 1})
	typeInto(o, 0, " long note typed one key at a time")
	if got := len(o.journal.steps[0].recs); got != 1 {
		t.Fatalf("typing a line made %d records, want 1", got)
	}
}

func TestEditsWithoutMarkAreOneStep(t *testing.T) {
	o := parse(t, "- a\n- b")
	o.Mark(Cursor{1, 0})
	o.Split(0, 1)
	o.Indent(1)
	o.SetKind(1, KindTodo)
	if _, ok := o.Undo(); !ok || render(o) != "- a\n- b\n" {
		t.Fatalf("one undo left:\n%s", render(o))
	}
}

func TestMarkWithoutEditMakesNoStep(t *testing.T) {
	o := parse(t, "- a")
	o.Mark(Cursor{1, 0})
	o.Mark(Cursor{1, 1})
	o.SetText(0, "a")
	if o.CanUndo() {
		t.Fatal("marks and an edit that changed nothing made a step")
	}
}

func TestEditAfterUndoDropsRedo(t *testing.T) {
	o := parse(t, "- a")
	o.Mark(Cursor{1, 1})
	o.InsertText(0, 1, "b")
	o.Mark(Cursor{1, 2})
	o.InsertText(0, 2, "c")
	o.Undo()
	// No Mark: after an undo the next edit is a new step all the same.
	o.InsertText(0, 2, "x")
	if o.CanRedo() {
		t.Fatal("redo still possible after a new edit")
	}
	c, ok := o.Undo()
	if !ok || o.At(0).Text != "ab" || c != (Cursor{1, 2}) {
		t.Fatalf("undo of the edit after an undo: %q, cursor %+v", o.At(0).Text, c)
	}
	if _, ok := o.Undo(); !ok || o.At(0).Text != "a" {
		t.Fatalf("second undo: %q", o.At(0).Text)
	}
}

func TestRedoCursorWithoutSetCursor(t *testing.T) {
	o := parse(t, "- a")
	o.Mark(Cursor{1, 1})
	o.InsertText(0, 1, "b")
	o.Mark(Cursor{1, 2})
	o.Undo()
	if c, _ := o.Redo(); c != (Cursor{1, 2}) {
		t.Fatalf("Redo cursor %+v, want the next Mark's", c)
	}
	o.Mark(Cursor{1, 2})
	o.InsertText(0, 2, "c")
	o.Undo()
	if c, _ := o.Redo(); c != (Cursor{1, 2}) {
		t.Fatalf("Redo cursor %+v, want the step's own before cursor", c)
	}
}

func TestUndoIsDeep(t *testing.T) {
	o := parse(t, "- a")
	for k := range maxSteps + 2000 {
		o.Mark(Cursor{1, k})
		o.InsertText(0, 0, "x")
	}
	check(t, o)
	undone := 0
	for o.CanUndo() {
		if _, ok := o.Undo(); !ok {
			t.Fatal("CanUndo but Undo did nothing")
		}
		undone++
	}
	if undone < maxSteps || undone > maxSteps+maxSteps/8 {
		t.Fatalf("%d steps could be undone, want %d to %d", undone, maxSteps, maxSteps+maxSteps/8)
	}
	if got := len(o.At(0).Text); got != 2000+1+maxSteps-undone {
		t.Fatalf("text of %d bytes after undoing %d steps", got, undone)
	}
}

func TestLongStepsAreSplit(t *testing.T) {
	o := Generate(50, 2)
	start := o.Nodes()
	// An editor that never marks: every edit lands in the open step.
	for k := range 3 * maxStepRecords {
		o.SetKind(k%o.Len(), Kind(k%6))
		o.Split(k%o.Len(), 0)
	}
	if got := o.journal.done; got < 6 {
		t.Fatalf("%d steps for %d records", got, 6*maxStepRecords)
	}
	for o.CanUndo() {
		o.Undo()
	}
	check(t, o)
	if !sameNodes(o.Nodes(), start) {
		t.Fatal("undoing every step did not restore the outline")
	}
}

func TestUndoTellsTheStore(t *testing.T) {
	o := parse(t, "- a\n  - b\n- c")
	store := fakeStore{}
	store.save(t, Changes{Put: o.Nodes()})
	o.Mark(Cursor{})
	o.DeleteSubtree(0)
	if c := o.TakeChanges(); !slices.Equal(c.Deleted, []ID{1, 2}) {
		t.Fatalf("delete: %+v", c)
	}
	store.save(t, o.TakeChanges())
	o.Undo()
	c := o.TakeChanges()
	if got := texts(c.Put); !slices.Equal(got, []string{"a", "b"}) || len(c.Deleted) != 0 {
		t.Fatalf("undo of a saved delete: Put %q, Deleted %v", got, c.Deleted)
	}
	store.save(t, c)
	store.mustMatch(t, o)
	// Redo, and undo again before anything is saved: the store, which
	// holds the bullets, must be told nothing in the end but their
	// records again.
	o.Redo()
	o.Undo()
	c = o.TakeChanges()
	if len(c.Deleted) != 0 || len(c.Put) != 2 {
		t.Fatalf("redo and undo unsaved: %+v", c)
	}
	// A bullet made, saved, then undone must be deleted from the store.
	o.Mark(Cursor{})
	o.Append("new")
	store.save(t, o.TakeChanges())
	o.Undo()
	if c := o.TakeChanges(); !slices.Equal(c.Deleted, []ID{4}) {
		t.Fatalf("undo of a saved append: %+v", c)
	}
}
