package search

import (
	"testing"

	doc "lanyard/store/outline"
	"lanyard/tui/theme"
)

// generated is one talk of n generated bullets.
func generated(n int) []TalkOutline {
	return []TalkOutline{{TalkID: 1, Title: "Generated", Outline: doc.Generate(n, 1)}}
}

func BenchmarkSearch100k(b *testing.B) {
	talks := generated(100_000)
	cases := []struct {
		name, query string
		limit       int
	}{
		// What the overlay asks on each keystroke: it stops at 200.
		{"common word, limit 200", "latency", MaxHits},
		// Every bullet scanned: the price of a word in every bullet…
		{"common word, all hits", "latency", 0},
		// …and of a word in none, the worst case of a keystroke.
		{"no match", "zeppelin", MaxHits},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(Search(talks, c.query, c.limit))
			}
			b.ReportMetric(float64(n), "hits")
		})
	}
}

// BenchmarkKeystroke100k is what a user waits for on each key: the
// search as the query grows by one letter, then the frame.
func BenchmarkKeystroke100k(b *testing.B) {
	m := New(theme.New(true), corpusOf(generated(100_000))).SetSize(120, 40).Open()
	m = typeText(m, "latenc")
	for b.Loop() {
		next := typeText(m, "y")
		if next.View() == "" {
			b.Fatal("empty view")
		}
	}
}
