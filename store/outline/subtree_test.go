package outline

import (
	"fmt"
	"slices"
	"testing"
)

func TestCopySubtree(t *testing.T) {
	o := parse(t, "- a\n  - [ ] b\n    + c\n      - > d\n  - e\n- f")
	got := o.CopySubtree(1)
	want := Clip{{0, "b", KindTodo}, {1, "c", KindPlain}, {2, "d", KindQuote}}
	if !slices.Equal(got, want) {
		t.Fatalf("CopySubtree(1) = %+v, want %+v", got, want)
	}
	if c := o.TakeChanges(); !c.Empty() {
		t.Fatalf("copying changed the outline: %+v", c)
	}
	if o.CanUndo() {
		t.Fatal("copying left a step to undo")
	}
	if got := o.CopySubtree(5); !slices.Equal(got, Clip{{0, "f", KindPlain}}) {
		t.Fatalf("CopySubtree of a leaf = %+v", got)
	}
}

func TestDeleteSubtree(t *testing.T) {
	runEditCases(t, []editCase{{
		name:    "removes the bullet and its children",
		before:  "- a\n  - b\n    - c\n  - d\n- e",
		edit:    func(o *Outline) any { return o.DeleteSubtree(1) },
		after:   "\n- a\n  - d\n- e\n",
		ret:     Clip{{0, "b", KindPlain}, {1, "c", KindPlain}},
		deleted: []ID{2, 3},
	}, {
		name:    "the last bullet leaves the outline empty",
		before:  "- * only",
		edit:    func(o *Outline) any { return o.DeleteSubtree(0) },
		after:   "",
		ret:     Clip{{0, "only", KindStar}},
		deleted: []ID{1},
	}, {
		name:    "a top-level bullet with a folded subtree",
		before:  "- a\n+ b\n  - c\n- d",
		edit:    func(o *Outline) any { return o.DeleteSubtree(1) },
		after:   "\n- a\n- d\n",
		ret:     Clip{{0, "b", KindPlain}, {1, "c", KindPlain}},
		deleted: []ID{2, 3},
	}})
}

// inserted wraps InsertClip's two results for an editCase.
func inserted(first, last int) any { return []any{first, last} }

func TestInsertClip(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "after the row's subtree, as its next siblings",
		before: "- a\n  - a1\n- b",
		edit: func(o *Outline) any {
			return inserted(o.InsertClip(0, Clip{{0, "x", KindStar}, {1, "y", KindPlain}, {0, "z", KindTodo}}))
		},
		after: "\n- a\n  - a1\n- * x\n  - y\n- [ ] z\n- b\n",
		ret:   inserted(2, 4),
		put:   []string{"x", "y", "z"},
	}, {
		name:   "at the top",
		before: "- a\n  - a1",
		edit: func(o *Outline) any {
			return inserted(o.InsertClip(-1, Clip{{0, "x", KindPlain}, {1, "y", KindPlain}}))
		},
		after: "\n- x\n  - y\n- a\n  - a1\n",
		ret:   inserted(0, 1),
		put:   []string{"x", "y"},
	}, {
		name:   "nested, among siblings",
		before: "- a\n  - b\n    - b1\n  - c\n- d",
		edit:   func(o *Outline) any { return inserted(o.InsertClip(1, Clip{{0, "x", KindPlain}})) },
		after:  "\n- a\n  - b\n    - b1\n  - x\n  - c\n- d\n",
		ret:    inserted(3, 3),
		put:    []string{"x"},
	}, {
		name:   "depths are clamped to make a valid tree",
		before: "- a\n  - b\n- c",
		edit: func(o *Outline) any {
			return inserted(o.InsertClip(1, Clip{{2, "deep", 0}, {5, "deeper", 0}, {0, "out", 0}, {3, "in", 0}, {3, "in2", 0}}))
		},
		after: "\n- a\n  - b\n  - deep\n    - deeper\n  - out\n    - in\n    - in2\n- c\n",
		ret:   inserted(2, 6),
		put:   []string{"deep", "deeper", "out", "in", "in2"},
	}, {
		name:   "an empty clip inserts nothing",
		before: "- a\n  - b\n- c",
		edit:   func(o *Outline) any { return inserted(o.InsertClip(0, nil)) },
		after:  "\n- a\n  - b\n- c\n",
		ret:    inserted(2, 1),
	}})
}

func TestAppendClip(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "after the last top-level bullet's subtree",
		before: "- a\n  - a1\n- b\n  - b1\n    - b2",
		edit: func(o *Outline) any {
			return inserted(o.AppendClip(Clip{{0, "x", KindPlain}, {1, "y", KindTodo}, {0, "z", KindPlain}}))
		},
		after: "\n- a\n  - a1\n- b\n  - b1\n    - b2\n- x\n  - [ ] y\n- z\n",
		ret:   inserted(5, 7),
		put:   []string{"x", "y", "z"},
	}, {
		name:   "a clip starting nested still goes in at the top level",
		before: "- a\n  - a1",
		edit: func(o *Outline) any {
			return inserted(o.AppendClip(Clip{{3, "deep", KindPlain}, {4, "deeper", KindPlain}}))
		},
		after: "\n- a\n  - a1\n- deep\n  - deeper\n",
		ret:   inserted(2, 3),
		put:   []string{"deep", "deeper"},
	}})
}

func TestAppendClipIntoEmptyOutline(t *testing.T) {
	o := New()
	first, last := o.AppendClip(Clip{{0, "x", KindPlain}, {1, "y", KindPlain}})
	check(t, o)
	if first != 0 || last != 1 || render(o) != "- x\n  - y\n" {
		t.Fatalf("AppendClip = %d, %d, rows:\n%s", first, last, render(o))
	}
}

func TestInsertClipIntoEmptyOutline(t *testing.T) {
	o := New()
	first, last := o.InsertClip(-1, Clip{{0, "talk", KindPlain}, {1, "point", KindStar}})
	check(t, o)
	if first != 0 || last != 1 || render(o) != "- talk\n  - * point\n" {
		t.Fatalf("InsertClip = %d, %d, rows:\n%s", first, last, render(o))
	}
	if _, ok := o.Undo(); !ok || o.Len() != 0 {
		t.Fatalf("undo left %d rows", o.Len())
	}
	if c := o.TakeChanges(); !c.Empty() {
		t.Fatalf("bullets made and taken back before a save still reported: %+v", c)
	}
}

func TestCutAndPasteKeepsTheSubtree(t *testing.T) {
	o := parse(t, "- a\n  - [x] b\n    - c\n      - d\n    - e\n- f\n  - g")
	clip := o.DeleteSubtree(1)
	first, last := o.InsertClip(2, clip)
	check(t, o)
	want := "- a\n- f\n  - g\n  - [x] b\n    - c\n      - d\n    - e\n"
	if got := render(o); got != want || first != 3 || last != 6 {
		t.Fatalf("rows %d..%d:\n%s\nwant:\n%s", first, last, got, want)
	}
	if got := o.CopySubtree(first); !slices.Equal(got, clip) {
		t.Fatalf("pasted subtree copies as %+v, was %+v", got, clip)
	}
}

func TestInsertClipOfAnImport(t *testing.T) {
	o := parse(t, "- before\n- after")
	clip := make(Clip, 10_000)
	for k := range clip {
		clip[k] = Bullet{Depth: k % 4, Text: fmt.Sprint("line ", k)}
	}
	first, last := o.InsertClip(0, clip)
	check(t, o)
	if first != 1 || last != 10_000 || o.At(last+1).Text != "after" {
		t.Fatalf("inserted at %d..%d of %d rows", first, last, o.Len())
	}
	if got := len(o.TakeChanges().Put); got != 10_000 {
		t.Fatalf("%d records to write, want 10,000", got)
	}
	for _, n := range o.Nodes() {
		if len(n.Order) > 6 {
			t.Fatalf("key %q: keys of an import should stay short", n.Order)
		}
	}
}
