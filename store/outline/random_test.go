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

// editor applies edits chosen by numbers, so the randomized test and the
// fuzz target share it.
type editor struct {
	t     testing.TB
	o     *Outline
	store fakeStore
}

var fragments = []string{"a", "é", "🎉", "talk", " ", "東京", "x y"}

// edit applies edit kind to the row and offset picked by r1 and r2.
func (e *editor) edit(kind, r1, r2 int) {
	o := e.o
	if o.Len() == 0 {
		o.Append("start")
		return
	}
	i := r1 % o.Len()
	text := o.At(i).Text
	off := boundary(text, r2)
	switch kind % 10 {
	case 0:
		o.Append(fragments[r2%len(fragments)])
	case 1:
		o.InsertText(i, off, fragments[r2%len(fragments)])
	case 2:
		o.DeleteText(i, off, off+boundary(text[off:], r1))
	case 3:
		o.SetText(i, fragments[r1%len(fragments)])
	case 4, 5:
		if got := o.Split(i, off); got != i+1 {
			e.t.Fatalf("Split(%d, %d) = %d", i, off, got)
		}
	case 6:
		before := o.Len()
		if _, _, ok := o.JoinPrev(i); ok != (i > 0) || (ok && o.Len() != before-1) {
			e.t.Fatalf("JoinPrev(%d) ok=%v, rows %d -> %d", i, ok, before, o.Len())
		}
	case 7:
		o.Indent(i)
	case 8:
		o.Outdent(i)
	case 9:
		e.store.save(e.t, o.TakeChanges())
	}
	check(e.t, o)
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

func TestRandomEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 1))
	o := Generate(60, 3)
	e := &editor{t: t, o: o, store: fakeStore{}}
	for _, n := range o.Nodes() {
		e.store[n.ID] = n
	}
	for step := range 10_000 {
		e.edit(rng.IntN(10), rng.IntN(1<<20), rng.IntN(1<<20))
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
	t.Logf("%d rows after 10,000 edits", o.Len())
}

// FuzzEdits runs edits picked by the input, checking the outline after
// each and that the store's view of it always loads to the same rows.
func FuzzEdits(f *testing.F) {
	f.Add([]byte{4, 0, 0, 7, 1, 0, 4, 1, 3, 8, 2, 0, 6, 1, 0, 9, 0, 0})
	f.Add([]byte{5, 3, 9, 5, 3, 0, 7, 4, 0, 7, 4, 0, 8, 3, 0, 6, 2, 0})
	f.Fuzz(func(t *testing.T, ops []byte) {
		o := parse(t, "- a\n  - bc\n    - d\n  - é\n- f")
		e := &editor{t: t, o: o, store: fakeStore{}}
		for _, n := range o.Nodes() {
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
	})
}
