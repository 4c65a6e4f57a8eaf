package outline

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// fakeStore holds records the way the store does: it only ever learns of
// the outline through TakeChanges.
type fakeStore map[ID]Node

// save applies changes, failing on a delete of something never saved.
func (s fakeStore) save(t testing.TB, c Changes) {
	t.Helper()
	for _, n := range c.Put {
		s[n.ID] = n
	}
	for _, id := range c.Deleted {
		if _, ok := s[id]; !ok {
			t.Fatalf("deleted node %d was never saved", id)
		}
		delete(s, id)
	}
}

// mustMatch fails unless loading the stored records gives o's rows.
func (s fakeStore) mustMatch(t testing.TB, o *Outline) {
	t.Helper()
	loaded, err := FromNodes(slices.Collect(maps.Values(s)))
	if err != nil {
		t.Fatal(err)
	}
	if c := loaded.TakeChanges(); !c.Empty() {
		t.Fatalf("stored records needed repair: %+v", c)
	}
	sameTree(t, loaded, o)
}

// mustReload fails unless the stored records, with the changes the
// outline has not yet handed over applied as TakeChanges would hand them,
// load to o's rows in the order on screen. It leaves the store and the
// outline's pending changes as they were, so that saves still come when
// the edits say.
func (s fakeStore) mustReload(t testing.TB, o *Outline) {
	t.Helper()
	next := maps.Clone(s)
	next.save(t, o.pendingChanges())
	next.mustMatch(t, o)
}

// editor applies edits chosen by numbers, so the randomized test and the
// fuzz target share it.
type editor struct {
	t     testing.TB
	o     *Outline
	store fakeStore
}

var fragments = []string{"a", "é", "🎉", "talk", " ", "東京", "x y"}

// edits is how many kinds of edit editor.edit knows.
const edits = 20

// edit applies edit kind to the row and offset picked by r1 and r2, then
// tells the outline where the cursor is, as the editor would.
func (e *editor) edit(kind, r1, r2 int) {
	o := e.o
	if o.Len() == 0 {
		o.Append("start")
		return
	}
	i := r1 % o.Len()
	switch kind % edits {
	case 0, 1, 2, 3, 4, 5, 6:
		e.editText(kind%edits, i, r1, r2)
	case 7:
		o.Indent(i)
	case 8:
		o.Outdent(i)
	case 9:
		e.store.save(e.t, o.TakeChanges())
	case 10:
		o.SetKind(i, Kind(r2%7))
	case 11:
		o.SetFolded(i, r2%2 == 0)
	case 12, 13:
		e.move(i, kind%edits == 12)
	case 14:
		e.cut(i)
	case 15:
		e.paste(i, r2)
	case 16, 17:
		e.undoRedo(kind%edits == 16)
	case 18:
		o.Mark(Cursor{Node: o.At(i).ID, Offset: r2 % (len(o.At(i).Text) + 1)})
	case 19:
		checkNavigation(e.t, o)
	}
	check(e.t, o)
	e.store.mustReload(e.t, o)
	c := Cursor{} // on nothing, in an empty outline
	if o.Len() > 0 {
		c = Cursor{Node: o.At(min(i, o.Len()-1)).ID}
	}
	o.SetCursor(c)
}

// editText applies one of the text edits, the first kinds of edit.
func (e *editor) editText(kind, i, r1, r2 int) {
	o := e.o
	text := o.At(i).Text
	off := boundary(text, r2)
	switch kind {
	case 0:
		o.Append(fragments[r2%len(fragments)])
	case 1:
		o.InsertText(i, off, fragments[r2%len(fragments)])
	case 2:
		o.DeleteText(i, off, off+boundary(text[off:], r1))
	case 3:
		o.SetText(i, fragments[r1%len(fragments)])
	case 4, 5:
		want := i + 1
		if (off > 0 || text == "") && (!o.HasChildren(i) || o.At(i).Folded) {
			want = o.SubtreeEnd(i)
		}
		if text == "" && o.At(i).Kind != KindPlain && o.At(i).Kind.known() {
			want = i // Enter on an empty item ends the list
		}
		if got := o.Split(i, off); got != want {
			e.t.Fatalf("Split(%d, %d) = %d, want %d", i, off, got, want)
		}
	case 6:
		before := o.Len()
		if _, _, ok := o.JoinPrev(i); ok != (i > 0) || (ok && o.Len() != before-1) {
			e.t.Fatalf("JoinPrev(%d) ok=%v, rows %d -> %d", i, ok, before, o.Len())
		}
	}
}

// move moves row i up or down and checks that the bullet took its
// subtree along.
func (e *editor) move(i int, up bool) {
	o := e.o
	id, size := o.At(i).ID, o.SubtreeEnd(i)-i
	move := o.MoveDown
	if up {
		move = o.MoveUp
	}
	row, ok := move(i)
	if !ok {
		row = i
	}
	if o.At(row).ID != id || o.SubtreeEnd(row)-row != size {
		e.t.Fatalf("move of row %d (up %v) to %d lost the bullet or its subtree", i, up, row)
	}
}

// cut deletes row i's subtree and checks the clip holds all of it.
func (e *editor) cut(i int) {
	o := e.o
	before, size := o.Len(), o.SubtreeEnd(i)-i
	if c := o.DeleteSubtree(i); len(c) != size || o.Len() != before-size {
		e.t.Fatalf("DeleteSubtree(%d) clipped %d of %d rows, %d -> %d rows", i, len(c), size, before, o.Len())
	}
}

// maxFuzzRows bounds the outline the edits grow: pastes can double it, and
// the checks after each edit cost its size, so a bigger outline would only
// make the fuzzer slow, not find more.
const maxFuzzRows = 2_000

// paste copies the subtree of a row picked by r and pastes it after row i
// (at the top for some r), checking the pasted rows copy as the clip did.
func (e *editor) paste(i, r int) {
	o := e.o
	c := o.CopySubtree(r % o.Len())
	if o.Len()+len(c) > maxFuzzRows {
		return
	}
	if r%5 == 0 {
		i = -1
	}
	first, last := o.InsertClip(i, c)
	if got := o.CopySubtree(first); last != first+len(c)-1 || !slices.Equal(got, c) {
		e.t.Fatalf("InsertClip(%d) gave rows %d..%d copying as %+v, want %+v", i, first, last, got, c)
	}
}

// undoRedo undoes or redoes a step and checks that the cursor it returns
// names a bullet that is there.
func (e *editor) undoRedo(undo bool) {
	o := e.o
	step := o.Redo
	if undo {
		step = o.Undo
	}
	c, ok := step()
	if _, found := o.RowOf(c.Node); ok && c.Node != 0 && !found {
		e.t.Fatalf("undo %v returned cursor %+v on a bullet that is not there", undo, c)
	}
}

// checkNavigation compares the visible walk, hidden counts and ancestors
// with what a plain scan of the rows says.
func checkNavigation(t testing.TB, o *Outline) {
	t.Helper()
	shown := visibleRows(o)
	for k, row := range shown {
		next, prev := -1, -1
		if k+1 < len(shown) {
			next = shown[k+1]
		}
		if k > 0 {
			prev = shown[k-1]
		}
		if got := o.VisibleNext(row); got != next {
			t.Fatalf("VisibleNext(%d) = %d, want %d\n%s", row, got, next, render(o))
		}
		if got := o.VisiblePrev(row); got != prev {
			t.Fatalf("VisiblePrev(%d) = %d, want %d\n%s", row, got, prev, render(o))
		}
	}
	for i := range o.Len() {
		var want []int
		for j, d := i-1, o.At(i).Depth; j >= 0 && d > 0; j-- {
			if o.At(j).Depth == d-1 {
				want = append([]int{j}, want...)
				d--
			}
		}
		if got := o.Ancestors(i); !slices.Equal(got, want) && len(want) > 0 {
			t.Fatalf("Ancestors(%d) = %v, want %v", i, got, want)
		}
	}
}

// visibleRows returns the rows not hidden in a folded bullet.
func visibleRows(o *Outline) []int {
	var rows []int
	hiding := -1 // depth of the folded bullet whose subtree this is
	for i := range o.Len() {
		n := o.At(i)
		if hiding >= 0 && n.Depth > hiding {
			continue
		}
		hiding = -1
		rows = append(rows, i)
		if n.Folded {
			hiding = n.Depth
		}
	}
	return rows
}

// boundary returns the UTF-8 boundary of s picked by r (0 to len(s)).
func boundary(s string, r int) int {
	var bounds []int
	for j := range s {
		bounds = append(bounds, j)
	}
	bounds = append(bounds, len(s))
	return bounds[r%len(bounds)]
}

// undoAll undoes every step, checks the outline is back at start and the
// store follows, then redoes as many steps and checks it is back where it
// was (steps undone before that stay undone).
func (e *editor) undoAll(start []Node) {
	e.t.Helper()
	o := e.o
	end := o.Nodes()
	undone := 0
	for ; o.CanUndo(); undone++ {
		e.undoRedo(true)
		check(e.t, o)
		e.store.mustReload(e.t, o)
	}
	if !sameNodes(o.Nodes(), start) {
		e.t.Fatalf("after undoing every step:\n%s\nwant:\n%s", render(o), renderNodes(start))
	}
	e.store.save(e.t, o.TakeChanges())
	e.store.mustMatch(e.t, o)
	for range undone {
		e.undoRedo(false)
		check(e.t, o)
		e.store.mustReload(e.t, o)
	}
	if !sameNodes(o.Nodes(), end) {
		e.t.Fatalf("after redoing every step:\n%s\nwant:\n%s", render(o), renderNodes(end))
	}
	e.store.save(e.t, o.TakeChanges())
	e.store.mustMatch(e.t, o)
}

func TestRandomEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 1))
	o := Generate(60, 3)
	start := o.Nodes()
	e := &editor{t: t, o: o, store: fakeStore{}}
	for _, n := range start {
		e.store[n.ID] = n
	}
	for step := range 10_000 {
		e.edit(rng.IntN(edits), rng.IntN(1<<20), rng.IntN(1<<20))
		if step%250 == 0 {
			e.store.save(t, o.TakeChanges())
			e.store.mustMatch(t, o)
		}
	}
	e.store.save(t, o.TakeChanges())
	e.store.mustMatch(t, o)
	reloaded, err := FromNodes(o.Nodes())
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, reloaded, o)
	t.Logf("%d rows after 10,000 edits, %d steps to undo", o.Len(), o.journal.done)
	e.undoAll(start)
}

// FuzzEdits runs edits picked by the input, checking the outline after
// each and that the store's view of it always loads to the same rows, then
// undoes them all and redoes them all.
func FuzzEdits(f *testing.F) {
	f.Add([]byte{4, 0, 0, 7, 1, 0, 4, 1, 3, 8, 2, 0, 6, 1, 0, 9, 0, 0})
	f.Add([]byte{5, 3, 9, 5, 3, 0, 7, 4, 0, 7, 4, 0, 8, 3, 0, 6, 2, 0})
	f.Add([]byte{11, 0, 0, 12, 3, 0, 18, 1, 1, 13, 1, 0, 15, 2, 3, 16, 0, 0, 14, 1, 0, 17, 0, 0, 16, 0, 0})
	f.Fuzz(func(t *testing.T, ops []byte) {
		o := parse(t, "- a\n  - bc\n    - d\n  - é\n- f")
		start := o.Nodes()
		e := &editor{t: t, o: o, store: fakeStore{}}
		for _, n := range start {
			e.store[n.ID] = n
		}
		// Checking after each edit costs the outline's size, so long
		// inputs would only make the fuzzer slow, not find more.
		ops = ops[:min(len(ops), 3*500)]
		for len(ops) >= 3 {
			e.edit(int(ops[0]), int(ops[1]), int(ops[2]))
			ops = ops[3:]
		}
		e.store.save(t, o.TakeChanges())
		e.store.mustMatch(t, o)
		e.undoAll(start)
	})
}
