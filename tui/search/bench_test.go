package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"lanyard/store/fold"
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

// BenchmarkKeystroke100k is what the overlay costs the UI's goroutine on
// each key, the search of the notes left to the root's commands: the
// query growing by one letter, the hits that still match kept, and the
// frame.
func BenchmarkKeystroke100k(b *testing.B) {
	m := answeredBy(corpusOf(generated(100_000)), New(theme.New(true))).SetSize(120, 40).Open()
	m = typeText(m, "latenc")
	for b.Loop() {
		next, _ := m.Update(keyPress("y"))
		if next.View() == "" {
			b.Fatal("empty view")
		}
	}
}

// BenchmarkSearchTexts100k is the root's search of the notes in memory
// for one key, off the UI's goroutine, the copy of the outline folded
// already: what decides how soon the hits arrive.
func BenchmarkSearchTexts100k(b *testing.B) {
	talk := TalkTexts{TalkID: 1, Title: "Generated", Texts: doc.Generate(100_000, 1).Texts()}
	for _, c := range []struct{ name, query string }{{"common word", "latency"}, {"no match", "zeppelin"}} {
		b.Run(c.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(SearchTexts(talk, fold.NewQuery(c.query), MaxHits))
			}
			b.ReportMetric(float64(n), "hits")
		})
	}
}

// abstractWords are the words generated abstracts are made of.
var abstractWords = strings.Fields(`the a of and to in we our how why what with for from on this talk
	will show build run scale open source community kernel network storage database compiler
	language memory safety performance latency cloud container cluster deploy test debug trace
	security privacy hardware embedded browser web mobile desktop graphics audio video data model
	learning python rust go java javascript linux bsd package distribution release maintainer`)

// generatedTalks is n talks with titles, speakers, rooms, tracks and
// abstracts of about 1,500 bytes: a big conference's schedule, some 1.5 MB
// of abstracts at 1,000 talks.
func generatedTalks(n int) []TalkDoc {
	rng := rand.New(rand.NewPCG(uint64(n), 14))
	words := func(k int) string {
		var b strings.Builder
		for i := range k {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(abstractWords[rng.IntN(len(abstractWords))])
		}
		return b.String()
	}
	docs := make([]TalkDoc, n)
	for i := range docs {
		docs[i] = TalkDoc{
			TalkID: uint64(i + 1), Title: words(6), Speakers: []string{words(2)},
			Room: fmt.Sprintf("K.%d.%03d", i%7, i%70), Track: words(2) + " devroom",
			Abstract: words(250), When: "Sat 14:05",
		}
	}
	return docs
}

// BenchmarkFindTalks1000 is the match of one query against 1,000 talks
// with abstracts: what the command run for each key costs, off the UI's
// goroutine.
func BenchmarkFindTalks1000(b *testing.B) {
	docs := generatedTalks(1000)
	for _, c := range []struct{ name, query string }{
		{"common word", "latency"},
		{"one letter", "e"},
		{"no match", "zeppelin"},
	} {
		b.Run(c.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(FindTalks(docs, c.query, MaxTalkHits))
			}
			b.ReportMetric(float64(n), "talks")
		})
	}
}
