package outline

import "testing"

func TestSplit(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "middle of a leaf makes the next sibling",
		before: "- keynote\n- Q&A",
		edit:   func(o *Outline) any { return o.Split(0, 3) },
		after:  "\n- key\n- note\n- Q&A\n",
		ret:    1,
		put:    []string{"key", "note"},
	}, {
		name:   "end of a leaf makes an empty next sibling, text untouched",
		before: "- first\n  - nested\n- second",
		edit:   func(o *Outline) any { return o.Split(1, len("nested")) },
		after:  "\n- first\n  - nested\n  -\n- second\n",
		ret:    2,
		put:    []string{""},
	}, {
		name:   "start of a bullet inserts an empty one before it",
		before: "- alpha\n- beta\n- gamma",
		edit:   func(o *Outline) any { return o.Split(1, 0) },
		after:  "\n- alpha\n-\n- beta\n- gamma\n",
		ret:    2,
		put:    []string{""},
	}, {
		name:   "start of a first child inserts before it under the same parent",
		before: "- parent\n  - child",
		edit:   func(o *Outline) any { return o.Split(1, 0) },
		after:  "\n- parent\n  -\n  - child\n",
		ret:    2,
		put:    []string{""},
	}, {
		name:   "start of a bullet with children keeps them with the text",
		before: "- one\n- two\n  - sub",
		edit:   func(o *Outline) any { return o.Split(1, 0) },
		after:  "\n- one\n-\n- two\n  - sub\n",
		ret:    2,
		put:    []string{""},
	}, {
		name:   "end of a bullet with children makes an empty first child",
		before: "- parent\n  - child\n- next",
		edit:   func(o *Outline) any { return o.Split(0, len("parent")) },
		after:  "\n- parent\n  -\n  - child\n- next\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "middle of a bullet with children moves the rest to a first child",
		before: "- abcdef\n  - child",
		edit:   func(o *Outline) any { return o.Split(0, 2) },
		after:  "\n- ab\n  - cdef\n  - child\n",
		ret:    1,
		put:    []string{"ab", "cdef"},
	}, {
		name:   "empty bullet at offset 0 adds another after it",
		before: "- x\n-\n- y",
		edit:   func(o *Outline) any { return o.Split(1, 0) },
		after:  "\n- x\n-\n-\n- y\n",
		ret:    2,
		put:    []string{""},
	}, {
		name:   "multi-byte text splits at the byte offset given",
		before: "- café☕tea",
		edit:   func(o *Outline) any { return o.Split(0, len("café☕")) },
		after:  "\n- café☕\n- tea\n",
		ret:    1,
		put:    []string{"café☕", "tea"},
	}})
}

func TestJoinPrev(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "first row has nothing to join",
		before: "- only\n  - child",
		edit: func(o *Outline) any {
			row, off, ok := o.JoinPrev(0)
			return []any{row, off, ok}
		},
		after: "\n- only\n  - child\n",
		ret:   []any{0, 0, false},
	}, {
		name:   "into the previous sibling",
		before: "- hello \n- world",
		edit: func(o *Outline) any {
			row, off, ok := o.JoinPrev(1)
			return []any{row, off, ok}
		},
		after:   "\n- hello world\n",
		ret:     []any{0, 6, true},
		put:     []string{"hello world"},
		deleted: []ID{2},
	}, {
		name:   "empty bullet is removed without touching the one above",
		before: "- note\n-",
		edit: func(o *Outline) any {
			row, off, ok := o.JoinPrev(1)
			return []any{row, off, ok}
		},
		after:   "\n- note\n",
		ret:     []any{0, 4, true},
		deleted: []ID{2},
	}, {
		name:   "first child into its parent: its children take its place",
		before: "- a\n  - b\n    - c\n      - c1\n    - d\n  - e",
		edit: func(o *Outline) any {
			row, off, ok := o.JoinPrev(1)
			return []any{row, off, ok}
		},
		// c and d had keys a0, a1 under b; e has a1 under a, so they need
		// new keys below e's.
		after:   "\n- ab\n  - c\n    - c1\n  - d\n  - e\n",
		ret:     []any{0, 1, true},
		put:     []string{"ab", "c", "d"},
		deleted: []ID{2},
	}, {
		name:   "into a deeper leaf: the children move under the leaf",
		before: "- a\n  - b\n    - c\n- d\n  - e\n    - f\n  - g",
		edit: func(o *Outline) any {
			row, off, ok := o.JoinPrev(3)
			return []any{row, off, ok}
		},
		after:   "\n- a\n  - b\n    - cd\n      - e\n        - f\n      - g\n",
		ret:     []any{2, 1, true},
		put:     []string{"cd", "e", "g"},
		deleted: []ID{4},
	}, {
		name:   "a bullet made and joined again is never reported",
		before: "- ab",
		edit: func(o *Outline) any {
			row := o.Split(0, 1)
			r, off, ok := o.JoinPrev(row)
			return []any{r, off, ok}
		},
		after: "\n- ab\n",
		ret:   []any{0, 1, true},
		put:   []string{"ab"},
	}})
}

func TestIndent(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "under the previous sibling",
		before: "- a\n- b",
		edit:   func(o *Outline) any { return o.Indent(1) },
		after:  "\n- a\n  - b\n",
		ret:    true,
		put:    []string{"b"},
	}, {
		name:   "first row cannot indent",
		before: "- a\n- b",
		edit:   func(o *Outline) any { return o.Indent(0) },
		after:  "\n- a\n- b\n",
		ret:    false,
	}, {
		name:   "first child cannot indent",
		before: "- a\n  - b",
		edit:   func(o *Outline) any { return o.Indent(1) },
		after:  "\n- a\n  - b\n",
		ret:    false,
	}, {
		name:   "carries its subtree and goes after the sibling's children",
		before: "- a\n  - x\n    - x1\n- b\n  - c\n    - d\n- z",
		edit:   func(o *Outline) any { return o.Indent(3) },
		after:  "\n- a\n  - x\n    - x1\n  - b\n    - c\n      - d\n- z\n",
		ret:    true,
		put:    []string{"b"},
	}})
}

func TestOutdent(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "top level cannot outdent",
		before: "- a\n  - b",
		edit:   func(o *Outline) any { return o.Outdent(0) },
		after:  "\n- a\n  - b\n",
		ret:    false,
	}, {
		name:   "last child becomes the parent's next sibling",
		before: "- a\n  - b\n- c",
		edit:   func(o *Outline) any { return o.Outdent(1) },
		after:  "\n- a\n- b\n- c\n",
		ret:    true,
		put:    []string{"b"},
	}, {
		name:   "following siblings become its children",
		before: "- a\n  - b\n  - c\n    - c1\n  - d\n- z",
		edit:   func(o *Outline) any { return o.Outdent(1) },
		after:  "\n- a\n- b\n  - c\n    - c1\n  - d\n- z\n",
		ret:    true,
		put:    []string{"b", "c", "d"},
	}, {
		name:   "followers go after its own children",
		before: "- a\n  - b\n    - x\n    - y\n  - c\n  - d",
		edit:   func(o *Outline) any { return o.Outdent(1) },
		after:  "\n- a\n- b\n  - x\n  - y\n  - c\n  - d\n",
		ret:    true,
		put:    []string{"b", "c", "d"},
	}, {
		name:   "deep row with its own subtree",
		before: "- a\n  - b\n    - c\n      - e\n    - f\n  - g",
		edit:   func(o *Outline) any { return o.Outdent(2) },
		after:  "\n- a\n  - b\n  - c\n    - e\n    - f\n  - g\n",
		ret:    true,
		put:    []string{"c", "f"},
	}})
}

func TestTextEdits(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "typing inserts at the offset",
		before: "- talk by ",
		edit: func(o *Outline) any {
			o.InsertText(0, len("talk by "), "Ada")
			o.InsertText(0, 0, "great ")
			return nil
		},
		after: "\n- great talk by Ada\n",
		ret:   nil,
		put:   []string{"great talk by Ada"},
	}, {
		name:   "deleting removes the byte range",
		before: "- naïve idea",
		edit:   func(o *Outline) any { o.DeleteText(0, 0, len("naïve ")); return nil },
		after:  "\n- idea\n",
		ret:    nil,
		put:    []string{"idea"},
	}, {
		name:   "empty edits change nothing",
		before: "- same",
		edit: func(o *Outline) any {
			o.InsertText(0, 2, "")
			o.DeleteText(0, 1, 1)
			o.SetText(0, "same")
			return nil
		},
		after: "\n- same\n",
		ret:   nil,
	}, {
		name:   "set text replaces",
		before: "- a\n  - old",
		edit:   func(o *Outline) any { o.SetText(1, "new"); return nil },
		after:  "\n- a\n  - new\n",
		ret:    nil,
		put:    []string{"new"},
	}, {
		name:   "append goes at the end at top level",
		before: "- a\n  - b\n    - c",
		edit:   func(o *Outline) any { return o.Append("d") },
		after:  "\n- a\n  - b\n    - c\n- d\n",
		ret:    3,
		put:    []string{"d"},
	}})
}

func TestAppendToEmpty(t *testing.T) {
	o := New()
	if got := o.Append("first"); got != 0 {
		t.Fatalf("Append on empty = %d, want 0", got)
	}
	if got := o.Append("second"); got != 1 {
		t.Fatalf("second Append = %d, want 1", got)
	}
	check(t, o)
	if got, want := render(o), "- first\n- second\n"; got != want {
		t.Fatalf("rows:\n%s\nwant:\n%s", got, want)
	}
}

func TestCreatedUsesClock(t *testing.T) {
	o := parse(t, "- a")
	o.Split(0, 1)
	if got := o.At(1).Created; !got.Equal(fixedClock()) {
		t.Fatalf("Created = %v, want the outline's clock %v", got, fixedClock())
	}
}

func TestFindFollowsMovedRows(t *testing.T) {
	o := parse(t, "- a\n- b\n- c\n- d")
	d := o.At(3).ID
	if got := o.Find(d); got != 3 {
		t.Fatalf("Find = %d, want 3", got)
	}
	o.Split(0, 0)
	o.Split(0, 0)
	if got := o.Find(d); got != 5 {
		t.Fatalf("after two inserts above, Find = %d, want 5", got)
	}
	if _, _, ok := o.JoinPrev(5); !ok {
		t.Fatal("JoinPrev(5) refused")
	}
	if got := o.Find(d); got != -1 {
		t.Fatalf("after removal, Find = %d, want -1", got)
	}
	if got := o.Find(999); got != -1 {
		t.Fatalf("Find(unknown) = %d, want -1", got)
	}
}

func TestSubtreeEndAndHasChildren(t *testing.T) {
	o := parse(t, "- a\n  - b\n    - c\n  - d\n- e")
	for _, tc := range []struct {
		row, end int
		kids     bool
	}{{0, 4, true}, {1, 3, true}, {2, 3, false}, {3, 4, false}, {4, 5, false}} {
		if got := o.SubtreeEnd(tc.row); got != tc.end {
			t.Errorf("SubtreeEnd(%d) = %d, want %d", tc.row, got, tc.end)
		}
		if got := o.HasChildren(tc.row); got != tc.kids {
			t.Errorf("HasChildren(%d) = %v, want %v", tc.row, got, tc.kids)
		}
	}
}
