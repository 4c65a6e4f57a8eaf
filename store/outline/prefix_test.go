package outline

import (
	"strings"
	"testing"
)

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

// FuzzKindPrefix checks that what KindPrefix takes is a marker an editor
// can ask about: a known kind, a space at the end, no longer than
// LongestKindPrefix, nothing that draws on the terminal.
func FuzzKindPrefix(f *testing.F) {
	for _, seed := range []string{"[ ] ", "TODO ", "12. ", "> ", "! ", "[x]", "1234567890. ", "\x1b[ ] "} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, ok := KindPrefix(s)
		if !ok {
			if k != KindPlain {
				t.Fatalf("KindPrefix(%q) = %v without ok", s, k)
			}
			return
		}
		if k == KindPlain || !k.known() || len(s) > LongestKindPrefix || !strings.HasSuffix(s, " ") {
			t.Fatalf("KindPrefix(%q) = %v: not a marker an editor can take", s, k)
		}
		for _, r := range s {
			if r < ' ' || r == 0x7f {
				t.Fatalf("KindPrefix(%q) took a control character", s)
			}
		}
		o := New()
		o.Append(s + "words")
		if !o.TakePrefix(0, len(s)) || o.At(0).Text != "words" || o.At(0).Kind != k {
			t.Fatalf("TakePrefix on %q left %q %v", s, o.At(0).Text, o.At(0).Kind)
		}
	})
}

func TestCutKindPrefix(t *testing.T) {
	tests := []struct {
		s, rest string
		kind    Kind
		ok      bool
	}{
		{"TODO try the pager diary", "try the pager diary", KindTodo, true},
		{"[ ] try it", "try it", KindTodo, true},
		{"[x] done", "done", KindDone, true},
		{"12. step", "step", KindNumbered, true},
		{"> said", "said", KindQuote, true},
		{"the TODO list", "the TODO list", KindPlain, false},
		{"[ ]x", "[ ]x", KindPlain, false},
		{"1234567890. figure", "1234567890. figure", KindPlain, false},
		{"", "", KindPlain, false},
	}
	for _, tc := range tests {
		k, rest, ok := CutKindPrefix(tc.s)
		if k != tc.kind || rest != tc.rest || ok != tc.ok {
			t.Errorf("CutKindPrefix(%q) = %v, %q, %v; want %v, %q, %v", tc.s, k, rest, ok, tc.kind, tc.rest, tc.ok)
		}
	}
}
