package outline

import (
	"slices"
	"testing"

	"lanyard/store/fold"
)

// A search keeps a copy of an outline while Version says it is still
// true: every edit, undo and redo must change it, or the search would
// miss what the user just typed.
func TestEveryEditChangesVersion(t *testing.T) {
	o := parse(t, "- first\n  - child\n- second\n- third")
	edits := []struct {
		name string
		edit func()
	}{
		{"append", func() { o.Append("fourth") }},
		{"insert text", func() { o.InsertText(0, 5, "!") }},
		{"delete text", func() { o.DeleteText(0, 0, 1) }},
		{"set text", func() { o.SetText(2, "replaced") }},
		{"split", func() { o.Split(2, 3) }},
		{"join", func() { o.JoinPrev(3) }},
		{"indent", func() { o.Indent(3) }},
		{"outdent", func() { o.Outdent(3) }},
		{"move up", func() { o.MoveUp(3) }},
		{"move down", func() { o.MoveDown(2) }},
		{"kind", func() { o.SetKind(0, KindTodo) }},
		{"fold", func() { o.SetFolded(0, true) }},
		{"delete subtree", func() { o.DeleteSubtree(0) }},
		{"undo", func() { o.Undo() }},
		{"redo", func() { o.Redo() }},
	}
	for _, e := range edits {
		before := o.Version()
		e.edit()
		if o.Version() == before {
			t.Errorf("%s left Version at %d", e.name, before)
		}
	}
}

func TestTextsIsACopyThatEditsLeaveAlone(t *testing.T) {
	o := parse(t, "- Latency at the edge\n  - p99 LATENCY\n- coffee")
	snap := o.Texts()
	o.SetText(0, "nothing")
	o.DeleteSubtree(2)
	o.Append("latency again")
	if snap.Version() == o.Version() {
		t.Fatal("the copy claims the version of the edited outline")
	}
	var texts []string
	for i := range snap.Len() {
		_, _, text := snap.Row(i)
		texts = append(texts, text)
	}
	if want := []string{"Latency at the edge", "p99 LATENCY", "coffee"}; !slices.Equal(texts, want) {
		t.Errorf("copy holds %q, want %q as it was taken", texts, want)
	}
	if id, depth, _ := snap.Row(1); id != 2 || depth != 1 {
		t.Errorf("row 1 is node %d at depth %d, want node 2 at depth 1", id, depth)
	}
}

func TestTextsFindsWhatSearchFinds(t *testing.T) {
	o := Generate(2_000, 3)
	snap := o.Texts()
	for _, query := range []string{"latency", "CAFÉ", "東京", "🎉", "zeppelin", "e", ""} {
		q := fold.NewQuery(query)
		var got []int
		for i := snap.Next(q, 0); i >= 0; i = snap.Next(q, i+1) {
			got = append(got, i)
		}
		if want := o.Search(query); !slices.Equal(got, want) {
			t.Errorf("%q: the copy finds %d rows, Search %d", query, len(got), len(want))
		}
	}
}

// BenchmarkTexts100k is what the UI's goroutine pays, once per change of
// an outline, for a search to read it elsewhere: the copy of its rows,
// whole, or after a word typed into one bullet, sharing the rest of the
// copy before it. "then no match" adds the search off the UI's goroutine
// that follows, which folds the chunk made again: the time until a
// search answers after an edit.
func BenchmarkTexts100k(b *testing.B) {
	o := Generate(100_000, 1)
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			if o.Texts().Len() != 100_000 {
				b.Fatal("short copy")
			}
		}
	})
	q := fold.NewQuery("zeppelin")
	prev := o.Texts()
	prev.Next(q, 0)
	b.Run("after an edit", func(b *testing.B) {
		for b.Loop() {
			o.InsertText(50_000, 0, "x")
			prev = o.TextsSince(prev)
		}
	})
	b.Run("after an edit, then no match", func(b *testing.B) {
		for b.Loop() {
			o.InsertText(50_000, 0, "x")
			prev = o.TextsSince(prev)
			if prev.Next(q, 0) >= 0 {
				b.Fatal("zeppelin found")
			}
		}
	})
}

// BenchmarkTextsNext100k is a search of a copy of 100,000 bullets, off
// the UI's goroutine: folding them, once per copy, then a query found in
// none (every bullet read) and one found in many (the first 200 hits).
// "fold" is a copy searched for the first time: every chunk folded.
func BenchmarkTextsNext100k(b *testing.B) {
	o := Generate(100_000, 1)
	b.Run("fold", func(b *testing.B) {
		for b.Loop() {
			o.Texts().Next(fold.NewQuery("zeppelin"), 0)
		}
	})
	snap := o.Texts()
	for _, c := range []struct{ name, query string }{{"no match", "zeppelin"}, {"common word, 200 hits", "latency"}} {
		q := fold.NewQuery(c.query)
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				n := 0
				for i := snap.Next(q, 0); i >= 0 && n < 200; i = snap.Next(q, i+1) {
					n++
				}
			}
		})
	}
}

// A copy taken after an edit finds what the outline holds now, and shares
// with the copy before it the chunks of rows the edit did not touch.
func TestTextsSinceSharesWhatEditsLeftAlone(t *testing.T) {
	o := Generate(5*textsChunk+10, 4)
	first := o.Texts()
	first.Next(fold.NewQuery("zeppelin"), 0) // folds every chunk
	o.SetText(3*textsChunk+5, "a zeppelin over the venue")
	second := o.TextsSince(first)
	for k := range second.chunks {
		if shared := second.chunks[k] == first.chunks[k]; shared != (k != 3) {
			t.Errorf("after a text edit in chunk 3, chunk %d shared: %v", k, shared)
		}
	}
	o.Append("zeppelin again")
	o.DeleteSubtree(0) // every row moves up
	third := o.TextsSince(second)
	check := func(name string, snap *Texts, want []int) {
		t.Helper()
		q := fold.NewQuery("ZEPPELIN")
		var got []int
		for i := snap.Next(q, 0); i >= 0; i = snap.Next(q, i+1) {
			got = append(got, i)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: zeppelin in rows %v, want %v", name, got, want)
		}
	}
	check("after the text edit", second, []int{3*textsChunk + 5})
	check("after rows moved", third, o.Search("zeppelin"))
	if third.Len() != o.Len() {
		t.Errorf("copy of %d rows, outline of %d", third.Len(), o.Len())
	}
	for i := range o.Len() {
		if id, depth, text := third.Row(i); id != o.At(i).ID || depth != o.At(i).Depth || text != o.At(i).Text {
			t.Fatalf("row %d of the copy differs from the outline's", i)
		}
	}
}
