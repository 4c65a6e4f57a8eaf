package outline

import "testing"

func TestKindPrefix(t *testing.T) {
	tests := []struct {
		typed string
		kind  Kind
		ok    bool
	}{
		{"[ ] ", KindTodo, true},
		{"TODO ", KindTodo, true},
		{"[x] ", KindDone, true},
		{"[X] ", KindDone, true},
		{"DONE ", KindDone, true},
		{"> ", KindQuote, true},
		{"! ", KindStar, true},
		{"1. ", KindNumbered, true},
		{"12. ", KindNumbered, true},
		{"123456789. ", KindNumbered, true},
		{"1234567890. ", KindPlain, false}, // a figure, not an ordinal
		{"[ ]", KindPlain, false},          // the space makes the marker
		{"todo ", KindPlain, false},        // a word in a sentence
		{"Todo ", KindPlain, false},
		{"TODO  ", KindPlain, false},
		{"[ ] x ", KindPlain, false},
		{"1.5 ", KindPlain, false},
		{". ", KindPlain, false},
		{"-1. ", KindPlain, false},
		{"a. ", KindPlain, false},
		{">> ", KindPlain, false},
		{" ", KindPlain, false},
		{"", KindPlain, false},
		{"\x1b[31m ", KindPlain, false},
	}
	for _, tc := range tests {
		k, ok := KindPrefix(tc.typed)
		if k != tc.kind || ok != tc.ok {
			t.Errorf("KindPrefix(%q) = %v, %v; want %v, %v", tc.typed, k, ok, tc.kind, tc.ok)
		}
	}
}

func TestTakePrefix(t *testing.T) {
	runEditCases(t, []editCase{{
		name:   "a typed ! makes a takeaway",
		before: "- ! ",
		edit:   func(o *Outline) any { return o.TakePrefix(0, len("! ")) },
		after:  "\n- *\n",
		ret:    true,
		put:    []string{""},
	}, {
		name:   "TODO before existing words makes them a to-do",
		before: "- TODO call the venue",
		edit:   func(o *Outline) any { return o.TakePrefix(0, len("TODO ")) },
		after:  "\n- [ ] call the venue\n",
		ret:    true,
		put:    []string{"call the venue"},
	}, {
		name:   "DONE on a to-do ticks it",
		before: "- [ ] DONE slides",
		edit:   func(o *Outline) any { return o.TakePrefix(0, len("DONE ")) },
		after:  "\n- [x] slides\n",
		ret:    true,
		put:    []string{"slides"},
	}, {
		name:   "a number makes a numbered item",
		before: "- a\n  - 12. measure",
		edit:   func(o *Outline) any { return o.TakePrefix(1, len("12. ")) },
		after:  "\n- a\n  - 1. measure\n",
		ret:    true,
		put:    []string{"measure"},
	}, {
		name:   "the kind the bullet has already: the marker goes, the kind stays",
		before: "- 1. 2. second",
		edit:   func(o *Outline) any { return o.TakePrefix(0, len("2. ")) },
		after:  "\n- 1. second\n",
		ret:    true,
		put:    []string{"second"},
	}, {
		name:   "a marker in the middle of the text is text",
		before: "- see > ",
		edit:   func(o *Outline) any { return o.TakePrefix(0, len("see > ")) },
		after:  "\n- see >\n",
		ret:    false,
	}, {
		name:   "a marker not ending at the cursor is text",
		before: "- ! ",
		edit:   func(o *Outline) any { return o.TakePrefix(0, 1) },
		after:  "\n- !\n",
		ret:    false,
	}})
}

func TestUndoAfterTakePrefixGivesTheTypedMarkerBack(t *testing.T) {
	o := New()
	o.Append("")
	o.SetKind(0, KindStar)
	o.Mark(Cursor{Node: 1})
	o.InsertText(0, 0, "> ")
	o.Mark(Cursor{Node: 1, Offset: 2})
	if !o.TakePrefix(0, 2) {
		t.Fatal("TakePrefix did not take \"> \"")
	}
	if n := o.At(0); n.Text != "" || n.Kind != KindQuote {
		t.Fatalf("after TakePrefix: %q %v, want an empty quote", n.Text, n.Kind)
	}
	c, ok := o.Undo()
	if n := o.At(0); !ok || n.Text != "> " || n.Kind != KindStar || c.Offset != 2 {
		t.Fatalf("after undo: %q %v, cursor %d; want \"> \" back as typed, a takeaway, cursor after it", n.Text, n.Kind, c.Offset)
	}
	if _, ok := o.Redo(); !ok || o.At(0).Kind != KindQuote || o.At(0).Text != "" {
		t.Fatalf("after redo: %q %v, want the quote again", o.At(0).Text, o.At(0).Kind)
	}
}
