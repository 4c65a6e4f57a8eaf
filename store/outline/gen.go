package outline

import (
	"math/rand/v2"
	"strings"
	"time"
)

// maxGenDepth is the deepest level Generate nests bullets.
const maxGenDepth = 6

// genWords are what Generate's bullet texts are made of: the vocabulary of
// conference notes, invented for the purpose.
var genWords = strings.Fields(`
	latency cache p99 queue retries backpressure shard replica quorum lease
	tracing spans sampling budget alert pager runbook rollout canary flag
	schema migration index vacuum compaction snapshot WAL fsync batch stream
	talk speaker slide demo question hallway keynote workshop lunch follow-up
	idea todo link repo paper benchmark graph flamegraph profile allocation
	the a of to and in is for on with why how what when we they it this
	Go Rust SQLite Postgres Kafka eBPF WASM gRPC HTTP/3 TLS OAuth CRDT
	café naïve 東京 emoji 🎉 → ≤ “quoted” (aside) #tag @handle 42ms 3×
`)

// Generate builds a realistic outline of n bullets for benchmarks: nesting
// up to depth 6, mostly shallow, with texts of 20 to 120 bytes of words,
// punctuation and some non-ASCII. The same n and seed always give the same
// outline, created times included. It has no pending changes, as if just
// loaded.
func Generate(n int, seed int64) *Outline {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x6c616e79617264))
	o := New()
	o.nodes = make(map[ID]place, n)
	o.rows = make([]*Node, 0, n)
	block := make([]Node, n)
	start := time.Date(2025, time.June, 12, 9, 0, 0, 0, time.UTC)
	var lastKey [maxGenDepth + 1]string // last sibling key at each depth
	var lastID [maxGenDepth + 1]ID      // last node at each depth
	depth := 0
	for i := range block {
		if i > 0 {
			depth = nextGenDepth(rng, depth)
			if depth == o.rows[i-1].Depth+1 {
				lastKey[depth] = "" // first child of the row above
			}
		}
		var parent ID
		if depth > 0 {
			parent = lastID[depth-1]
		}
		nd := &block[i]
		*nd = Node{
			ID:      ID(i + 1),
			Parent:  parent,
			Order:   KeyBetween(lastKey[depth], ""),
			Depth:   depth,
			Text:    genText(rng),
			Created: start.Add(time.Duration(i) * 7 * time.Second),
		}
		lastKey[depth], lastID[depth] = nd.Order, nd.ID
		o.nodes[nd.ID] = place{node: nd, row: i}
		o.rows = append(o.rows, nd)
	}
	o.nextID = ID(n + 1)
	return o
}

// nextGenDepth picks the next row's depth after one at depth d: often a
// sibling, sometimes a child, sometimes back out to any shallower level.
func nextGenDepth(rng *rand.Rand, d int) int {
	switch r := rng.IntN(10); {
	case r < 3 && d < maxGenDepth:
		return d + 1
	case r < 7 || d == 0:
		return d
	default:
		return rng.IntN(d)
	}
}

// genText returns words joined by spaces, 20 to 120 bytes long.
func genText(rng *rand.Rand) string {
	want := 20 + rng.IntN(101)
	var b strings.Builder
	for b.Len() < want {
		w := genWords[rng.IntN(len(genWords))]
		if b.Len() > 0 {
			if b.Len()+1+len(w) > 120 {
				break
			}
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
