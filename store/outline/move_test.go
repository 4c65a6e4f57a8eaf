package outline

import "testing"

// moved wraps a move's two results for an editCase.
func moved(row int, ok bool) any { return []any{row, ok} }

func TestMoveUp(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "before the previous sibling, both with their subtrees",
		before: "- a\n  - a1\n- b\n  - b1\n- c",
		edit:   func(o *Outline) any { return moved(o.MoveUp(2)) },
		after:  "\n- b\n  - b1\n- a\n  - a1\n- c\n",
		ret:    moved(0, true),
		put:    []string{"a", "b"},
	}, {
		name:   "the first top-level bullet stays",
		before: "- a\n- b",
		edit:   func(o *Outline) any { return moved(o.MoveUp(0)) },
		after:  "\n- a\n- b\n",
		ret:    moved(0, false),
	}, {
		name:   "a first child becomes the last child of its parent's previous sibling",
		before: "- a\n  - a1\n- b\n  - b1\n    - deep\n  - b2",
		edit:   func(o *Outline) any { return moved(o.MoveUp(3)) },
		after:  "\n- a\n  - a1\n  - b1\n    - deep\n- b\n  - b2\n",
		ret:    moved(2, true),
		put:    []string{"b1"},
	}, {
		name:   "a first child moves into a leaf above as its only child",
		before: "- a\n- b\n  - b1",
		edit:   func(o *Outline) any { return moved(o.MoveUp(2)) },
		after:  "\n- a\n  - b1\n- b\n",
		ret:    moved(1, true),
		put:    []string{"b1"},
	}, {
		name:   "crossing into a folded bullet unfolds it",
		before: "+ a\n  - a1\n- b\n  - b1",
		edit:   func(o *Outline) any { return moved(o.MoveUp(3)) },
		after:  "\n- a\n  - a1\n  - b1\n- b\n",
		ret:    moved(2, true),
		put:    []string{"a", "b1"},
	}, {
		name:   "without a parent's sibling it crosses into the nearest bullet at that depth",
		before: "- a\n  - x\n    - x1\n- b\n  - y\n    - y1",
		edit:   func(o *Outline) any { return moved(o.MoveUp(5)) },
		after:  "\n- a\n  - x\n    - x1\n    - y1\n- b\n  - y\n",
		ret:    moved(3, true),
		put:    []string{"y1"},
	}, {
		name:   "a first child with nothing at its parent's depth above stays",
		before: "- a\n  - a1\n    - a11",
		edit:   func(o *Outline) any { return moved(o.MoveUp(2)) },
		after:  "\n- a\n  - a1\n    - a11\n",
		ret:    moved(2, false),
	}, {
		name:   "keeps kind and fold, and passes a folded sibling whole",
		before: "- p\n  + a\n    - a1\n  + [ ] b\n    - b1",
		edit:   func(o *Outline) any { return moved(o.MoveUp(3)) },
		after:  "\n- p\n  + [ ] b\n    - b1\n  + a\n    - a1\n",
		ret:    moved(1, true),
		put:    []string{"a", "b"},
	}})
}

func TestMoveDown(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "after the next sibling, both with their subtrees",
		before: "- a\n  - a1\n- b\n  - b1\n- c",
		edit:   func(o *Outline) any { return moved(o.MoveDown(0)) },
		after:  "\n- b\n  - b1\n- a\n  - a1\n- c\n",
		ret:    moved(2, true),
		put:    []string{"a", "b"},
	}, {
		name:   "the last top-level bullet stays",
		before: "- a\n- b\n  - b1",
		edit:   func(o *Outline) any { return moved(o.MoveDown(1)) },
		after:  "\n- a\n- b\n  - b1\n",
		ret:    moved(1, false),
	}, {
		name:   "a last child becomes the first child of its parent's next sibling",
		before: "- a\n  - a1\n  - a2\n    - deep\n- b\n  - b1",
		edit:   func(o *Outline) any { return moved(o.MoveDown(2)) },
		after:  "\n- a\n  - a1\n- b\n  - a2\n    - deep\n  - b1\n",
		ret:    moved(3, true),
		put:    []string{"a2"},
	}, {
		name:   "crossing into a folded bullet unfolds it",
		before: "- a\n  - a1\n+ b\n  - b1",
		edit:   func(o *Outline) any { return moved(o.MoveDown(1)) },
		after:  "\n- a\n- b\n  - a1\n  - b1\n",
		ret:    moved(2, true),
		put:    []string{"a1", "b"},
	}, {
		name:   "without a parent's sibling it crosses into the nearest bullet at that depth",
		before: "- a\n  - x\n    - x1\n- b\n  - y",
		edit:   func(o *Outline) any { return moved(o.MoveDown(2)) },
		after:  "\n- a\n  - x\n- b\n  - y\n    - x1\n",
		ret:    moved(4, true),
		put:    []string{"x1"},
	}, {
		name:   "a last child with nothing at its parent's depth below stays",
		before: "- a\n- b\n  - b1",
		edit:   func(o *Outline) any { return moved(o.MoveDown(2)) },
		after:  "\n- a\n- b\n  - b1\n",
		ret:    moved(2, false),
	}})
}

func TestMoveUpThenDownIsTheSameTree(t *testing.T) {
	o := Generate(400, 8)
	start := o.Nodes()
	for i := range o.Len() {
		row, ok := o.MoveUp(i)
		if !ok {
			continue
		}
		check(t, o)
		if _, ok := o.MoveDown(row); !ok {
			t.Fatalf("row %d moved up to %d cannot move back down", i, row)
		}
		check(t, o)
		got := o.Nodes()
		// Keys may differ after crossing; rows, texts and parents may not.
		for k := range got {
			if got[k].ID != start[k].ID || got[k].Parent != start[k].Parent || got[k].Depth != start[k].Depth {
				t.Fatalf("after moving row %d up and down, row %d is %+v, was %+v", i, k, got[k], start[k])
			}
		}
	}
}
