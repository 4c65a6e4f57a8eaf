package outline

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchSizes are the outline sizes every edit is measured on.
var benchSizes = []int{10_000, 100_000}

// benchEdit measures edit on a generated outline of each size. The edit
// gets a random row; when drift says the outline has grown or changed too
// far from its generated shape, it is regenerated with the timer stopped.
func benchEdit(b *testing.B, edit func(o *Outline, rng *rand.Rand), drift func(o *Outline, n, done int) bool) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			o := Generate(n, 1)
			rng := rand.New(rand.NewPCG(9, 9))
			done := 0
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if drift != nil && drift(o, n, done) {
					b.StopTimer()
					o, done = Generate(n, 1), 0
					b.StartTimer()
				}
				edit(o, rng)
				done++
			}
		})
	}
}

// resizedBy says to regenerate once the outline is a tenth bigger or
// smaller than generated, so every size is measured near its own.
func resizedBy(o *Outline, n, _ int) bool { return o.Len() > n+n/10 || o.Len() < n-n/10 }

// reshapedAfter says to regenerate after as many tree edits as rows, so
// repeated indents do not turn the outline into a staircase.
func reshapedAfter(_ *Outline, n, done int) bool { return done > n }

func BenchmarkInsertText(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		i := rng.IntN(o.Len())
		o.InsertText(i, len(o.At(i).Text), "x")
	}, nil)
}

func BenchmarkSplit(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		i := rng.IntN(o.Len())
		o.Split(i, len(o.At(i).Text)/2)
	}, resizedBy)
}

func BenchmarkJoinPrev(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		o.JoinPrev(1 + rng.IntN(o.Len()-1))
	}, resizedBy)
}

func BenchmarkIndent(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		o.Indent(rng.IntN(o.Len()))
	}, reshapedAfter)
}

func BenchmarkOutdent(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		// Pick a nested row: outdenting a top-level one does nothing.
		i := rng.IntN(o.Len())
		for o.At(i).Depth == 0 {
			i = (i + 1) % o.Len()
		}
		o.Outdent(i)
	}, reshapedAfter)
}

func BenchmarkTakeChangesAfterOneEdit(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		i := rng.IntN(o.Len())
		o.InsertText(i, 0, "x")
		if c := o.TakeChanges(); len(c.Put) != 1 {
			b.Fatalf("one edit gave %d changes", len(c.Put))
		}
	}, nil)
}

func BenchmarkFind(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		// The editor's pattern: an edit, then find the cursor's node.
		i := rng.IntN(o.Len())
		id := o.At(min(i+5, o.Len()-1)).ID
		o.Split(i, 0)
		o.Find(id)
	}, resizedBy)
}

func BenchmarkFromNodes100k(b *testing.B) {
	nodes := Generate(100_000, 1).Nodes()
	rand.New(rand.NewPCG(3, 3)).Shuffle(len(nodes), func(i, j int) { nodes[i], nodes[j] = nodes[j], nodes[i] })
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := FromNodes(nodes); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGenerate100k(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		Generate(100_000, 1)
	}
}

// smallSubtree returns a row at or after a random one whose subtree, itself
// included, has at most 4 rows: the bullet a user typically moves.
func smallSubtree(o *Outline, rng *rand.Rand) int {
	i := rng.IntN(o.Len())
	for o.SubtreeEnd(i)-i > 4 {
		i = (i + 1) % o.Len()
	}
	return i
}

func BenchmarkMoveUp(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		o.MoveUp(smallSubtree(o, rng))
	}, reshapedAfter)
}

func BenchmarkMoveDown(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		o.MoveDown(smallSubtree(o, rng))
	}, reshapedAfter)
}

func BenchmarkSetFolded(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		i := rng.IntN(o.Len())
		o.SetFolded(i, !o.At(i).Folded)
	}, nil)
}

// benchClip is ten bullets as a paste would bring them.
var benchClip = Clip{
	{0, "takeaway: measure first", KindStar}, {1, "p99 before and after", KindPlain},
	{1, "flamegraph link", KindPlain}, {2, "ask for the slides", KindTodo},
	{0, "second point", KindPlain}, {1, "quote from the talk", KindQuote},
	{0, "1", KindNumbered}, {0, "2", KindNumbered}, {0, "3", KindNumbered}, {1, "aside", KindPlain},
}

func BenchmarkInsertClip10(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		o.InsertClip(rng.IntN(o.Len()), benchClip)
	}, resizedBy)
}

// benchStep makes one undoable step of a kind picked by rng: typing, Enter,
// indent, a move or a paste.
func benchStep(o *Outline, rng *rand.Rand) {
	i := smallSubtree(o, rng)
	o.Mark(Cursor{Node: o.At(i).ID})
	switch rng.IntN(5) {
	case 0:
		o.InsertText(i, 0, "x")
	case 1:
		o.Split(i, len(o.At(i).Text)/2)
	case 2:
		o.Indent(i)
	case 3:
		o.MoveUp(i)
	case 4:
		o.InsertClip(i, benchClip[:3])
	}
}

func BenchmarkUndo(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		b.StopTimer()
		benchStep(o, rng)
		b.StartTimer()
		o.Undo()
	}, nil)
}

func BenchmarkRedo(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		b.StopTimer()
		benchStep(o, rng)
		o.Undo()
		b.StartTimer()
		o.Redo()
	}, reshapedAfter)
}

func BenchmarkVisiblePrev(b *testing.B) {
	benchEdit(b, func(o *Outline, rng *rand.Rand) {
		i := rng.IntN(o.Len())
		if o.HasChildren(i) {
			o.SetFolded(i, true)
		}
		o.VisiblePrev(o.SubtreeEnd(i) % o.Len())
	}, nil)
}

func BenchmarkSearch100k(b *testing.B) {
	o := Generate(100_000, 1)
	b.ReportAllocs()
	for b.Loop() {
		if len(o.Search("Flamegraph")) == 0 {
			b.Fatal("nothing found")
		}
	}
}

func BenchmarkImport10kInto100k(b *testing.B) {
	clip := make(Clip, 10_000)
	for k := range clip {
		clip[k] = Bullet{Depth: k % 3, Text: "imported line of notes"}
	}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		o := Generate(100_000, 1)
		b.StartTimer()
		o.InsertClip(50_000, clip)
	}
}
