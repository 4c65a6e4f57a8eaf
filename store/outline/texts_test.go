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
// an outline, for a search to read it elsewhere: the copy of its rows.
func BenchmarkTexts100k(b *testing.B) {
	o := Generate(100_000, 1)
	for b.Loop() {
		if o.Texts().Len() != 100_000 {
			b.Fatal("short copy")
		}
	}
}

// BenchmarkTextsNext100k is a search of a copy of 100,000 bullets, off
// the UI's goroutine: folding them, once per copy, then a query found in
// none (every bullet read) and one found in many (the first 200 hits).
func BenchmarkTextsNext100k(b *testing.B) {
	o := Generate(100_000, 1)
	b.Run("fold", func(b *testing.B) {
		for b.Loop() {
			o.Texts().Next(fold.NewQuery("x"), 0)
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
