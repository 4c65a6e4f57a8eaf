package outline

import "testing"

// joined wraps JoinPrev's three results for an editCase.
func joined(row, off int, ok bool) any { return []any{row, off, ok} }

func TestSetKind(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "makes a to-do",
		before: "- call the speaker\n- b",
		edit:   func(o *Outline) any { o.SetKind(0, KindTodo); return nil },
		after:  "\n- [ ] call the speaker\n- b\n",
		put:    []string{"call the speaker"},
	}, {
		name:   "ticks a to-do",
		before: "- a\n  - [ ] read the paper",
		edit:   func(o *Outline) any { o.SetKind(1, KindDone); return nil },
		after:  "\n- a\n  - [x] read the paper\n",
		put:    []string{"read the paper"},
	}, {
		name:   "the same kind changes nothing",
		before: "- > quoted",
		edit:   func(o *Outline) any { o.SetKind(0, KindQuote); return nil },
		after:  "\n- > quoted\n",
	}, {
		name:   "back to plain",
		before: "- * takeaway\n- 1. step",
		edit:   func(o *Outline) any { o.SetKind(0, KindPlain); o.SetKind(1, KindPlain); return nil },
		after:  "\n- takeaway\n- step\n",
		put:    []string{"takeaway", "step"},
	}})
}

func TestSetFolded(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "folds a bullet with children",
		before: "- a\n  - b\n- c",
		edit:   func(o *Outline) any { o.SetFolded(0, true); return nil },
		after:  "\n+ a\n  - b\n- c\n",
		put:    []string{"a"},
	}, {
		name:   "unfolds",
		before: "+ a\n  - b",
		edit:   func(o *Outline) any { o.SetFolded(0, false); return nil },
		after:  "\n- a\n  - b\n",
		put:    []string{"a"},
	}, {
		name:   "a leaf has nothing to fold",
		before: "- a\n- c",
		edit:   func(o *Outline) any { o.SetFolded(0, true); return nil },
		after:  "\n- a\n- c\n",
	}, {
		name:   "reveal unfolds every bullet above a row",
		before: "+ a\n  + b\n    - c\n  + d\n    - e",
		edit:   func(o *Outline) any { o.Reveal(2); return nil },
		after:  "\n- a\n  - b\n    - c\n  + d\n    - e\n",
		put:    []string{"a", "b"},
	}})
}

func TestEditsKeepFoldsAndKinds(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "enter at the end of a done item makes a to-do",
		before: "- [x] book flights",
		edit:   func(o *Outline) any { return o.Split(0, len("book flights")) },
		after:  "\n- [x] book flights\n- [ ]\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "splitting a numbered item numbers both halves",
		before: "- 1. first second",
		edit:   func(o *Outline) any { return o.Split(0, len("first ")) },
		after:  "\n- 1. first\n- 1. second\n",
		ret:    1,
		put:    []string{"first ", "second"},
	}, {
		name:   "enter at the start of a quote adds a plain bullet above",
		before: "- > words",
		edit:   func(o *Outline) any { return o.Split(0, 0) },
		after:  "\n-\n- > words\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "enter at the end of a folded bullet adds a sibling after its subtree",
		before: "+ a\n  - a1\n- b",
		edit:   func(o *Outline) any { return o.Split(0, 1) },
		after:  "\n+ a\n  - a1\n-\n- b\n",
		ret:    2,
		put:    []string{""},
	}, {
		name:   "splitting a folded bullet moves the rest after its subtree",
		before: "+ ab\n  - x\n    - y\n- c",
		edit:   func(o *Outline) any { return o.Split(0, 1) },
		after:  "\n+ a\n  - x\n    - y\n- b\n- c\n",
		ret:    3,
		put:    []string{"a", "b"},
	}, {
		name:   "indenting under a folded sibling unfolds it",
		before: "+ a\n  - a1\n- b",
		edit:   func(o *Outline) any { return o.Indent(2) },
		after:  "\n- a\n  - a1\n  - b\n",
		ret:    true,
		put:    []string{"a", "b"},
	}, {
		name:   "outdenting a folded bullet that takes followers unfolds it",
		before: "- p\n  + a\n    - a1\n  - b",
		edit:   func(o *Outline) any { return o.Outdent(1) },
		after:  "\n- p\n- a\n  - a1\n  - b\n",
		ret:    true,
		put:    []string{"a", "b"},
	}, {
		name:   "outdenting a folded last child keeps it folded",
		before: "- p\n  + a\n    - a1",
		edit:   func(o *Outline) any { return o.Outdent(1) },
		after:  "\n- p\n+ a\n  - a1\n",
		ret:    true,
		put:    []string{"a"},
	}, {
		name:    "joining into a row hidden by a fold opens the fold",
		before:  "+ a\n  - a1\n- b",
		edit:    func(o *Outline) any { return joined(o.JoinPrev(2)) },
		after:   "\n- a\n  - a1b\n",
		ret:     joined(1, 2, true),
		put:     []string{"a", "a1b"},
		deleted: []ID{3},
	}, {
		name:    "a folded bullet's children stay folded under the row joined into",
		before:  "- a\n  - a1\n+ b\n  - b1",
		edit:    func(o *Outline) any { return joined(o.JoinPrev(2)) },
		after:   "\n- a\n  + a1b\n    - b1\n",
		ret:     joined(1, 2, true),
		put:     []string{"a1b", "b1"},
		deleted: []ID{3},
	}})
}

func TestEnterCarriesListsOnly(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "after a to-do the next is to do",
		before: "- [ ] email the speaker",
		edit:   func(o *Outline) any { return o.Split(0, len("email the speaker")) },
		after:  "\n- [ ] email the speaker\n- [ ]\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "after a numbered item the next is numbered",
		before: "- 1. measure",
		edit:   func(o *Outline) any { return o.Split(0, len("measure")) },
		after:  "\n- 1. measure\n- 1.\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "after a takeaway the next is plain",
		before: "- * alerts need owners",
		edit:   func(o *Outline) any { return o.Split(0, len("alerts need owners")) },
		after:  "\n- * alerts need owners\n-\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "after a quote the next is plain",
		before: "- > ship on fridays",
		edit:   func(o *Outline) any { return o.Split(0, len("ship on fridays")) },
		after:  "\n- > ship on fridays\n-\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "a takeaway split in the middle keeps its kind and the rest is plain",
		before: "- * alerts need owners",
		edit:   func(o *Outline) any { return o.Split(0, len("alerts ")) },
		after:  "\n- * alerts\n- need owners\n",
		ret:    1,
		put:    []string{"alerts ", "need owners"},
	}, {
		name:   "a done item split in the middle leaves the rest to do",
		before: "- [x] book hotel and train",
		edit:   func(o *Outline) any { return o.Split(0, len("book hotel ")) },
		after:  "\n- [x] book hotel\n- [ ] and train\n",
		ret:    1,
		put:    []string{"book hotel ", "and train"},
	}, {
		name:   "enter at the start of a to-do adds a to-do above",
		before: "- [ ] slides",
		edit:   func(o *Outline) any { return o.Split(0, 0) },
		after:  "\n- [ ]\n- [ ] slides\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "enter on an empty to-do ends the list: it turns plain and stays",
		before: "- [ ] slides\n- [ ]",
		edit:   func(o *Outline) any { return o.Split(1, 0) },
		after:  "\n- [ ] slides\n-\n",
		ret:    1,
		put:    []string{""},
	}, {
		name:   "enter on an empty numbered item with children ends the list too",
		before: "- 1.\n  - detail",
		edit:   func(o *Outline) any { return o.Split(0, 0) },
		after:  "\n-\n  - detail\n",
		ret:    0,
		put:    []string{""},
	}, {
		name:   "enter on an empty plain bullet adds one",
		before: "- a\n-",
		edit:   func(o *Outline) any { return o.Split(1, 0) },
		after:  "\n- a\n-\n-\n",
		ret:    2,
		put:    []string{""},
	}})
}

func TestEnterOnAnEmptyBulletOfAnUnknownKindAddsOne(t *testing.T) {
	o := New()
	o.Append("")
	o.SetKind(0, Kind(42)) // from a newer lanyard; drawn as plain
	if got := o.Split(0, 0); got != 1 || o.Len() != 2 || o.At(0).Kind != Kind(42) || o.At(1).Kind != KindPlain {
		t.Fatalf("Split = %d, %d rows, kinds %v %v; want a plain bullet added after the kept one", got, o.Len(), o.At(0).Kind, o.At(1).Kind)
	}
}

func TestEnterEndingAListIsUndone(t *testing.T) {
	o := New()
	o.Append("")
	o.SetKind(0, KindTodo)
	o.Mark(Cursor{Node: o.At(0).ID})
	o.Split(0, 0)
	if _, ok := o.Undo(); !ok || o.At(0).Kind != KindTodo || o.Len() != 1 {
		t.Fatalf("after undo: %d rows, kind %v; want the empty to-do back", o.Len(), o.At(0).Kind)
	}
}

func TestKindNames(t *testing.T) {
	for k, want := range map[Kind]string{KindPlain: "plain", KindTodo: "todo", KindDone: "done", Kind(42): "kind(42)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}
