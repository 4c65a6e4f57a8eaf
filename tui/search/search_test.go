package search

import (
	"testing"

	doc "lanyard/store/outline"
)

func TestMatch(t *testing.T) {
	cases := []struct {
		name, text, query string
		want              string // the matched part of text; "" for no match
		start             int
	}{
		{"ascii", "p99 latency at the edge", "latency", "latency", 4},
		{"case", "p99 Latency at the edge", "LATENCY", "Latency", 4},
		{"first of two", "cache, then CACHE again", "Cache", "cache", 0},
		{"accented, other case", "lunch at the CAFÉ downstairs", "café", "CAFÉ", 13},
		{"diaeresis", "a Naïve cache", "naÏve", "Naïve", 2},
		// Offsets are bytes of the text, after multi-byte letters.
		{"after multi-byte", "über Größe", "GRÖ", "Grö", 6},
		{"greek", "ΣΊΣΥΦΟΣ pushes the rollout", "σίσυφος", "ΣΊΣΥΦΟΣ", 0},
		{"cjk", "会議は東京で開催", "東京", "東京", 9},
		{"kelvin sign", "300 \u212A is warm", "k is", "\u212A is", 4},
		{"at the end", "tail latency", "latency", "latency", 5},
		{"no match", "p99 latency", "throughput", "", 0},
		{"longer than text", "lat", "latency", "", 0},
		{"partial at the end", "the lat", "latency", "", 0},
		{"empty query", "anything", "", "", 0},
		{"empty text", "", "a", "", 0},
		// The highlight takes in an emoji's skin tone, and a match never
		// ends inside a letter with an accent.
		{"skin tone", "ok 👍🏽 from ops", "👍", "👍🏽", 3},
		{"combining accent", "cafe\u0301 or cafe", "cafe", "cafe", 10},
	}
	for _, c := range cases {
		start, end, ok := Match(c.text, c.query)
		if c.want == "" {
			if ok {
				t.Errorf("%s: Match(%q, %q) = %q, want no match", c.name, c.text, c.query, c.text[start:end])
			}
			continue
		}
		if !ok || c.text[start:end] != c.want || start != c.start {
			t.Errorf("%s: Match(%q, %q) = %d, %d, %v; want %q at %d", c.name, c.text, c.query, start, end, ok, c.want, c.start)
		}
	}
}

// hitRef is what tests compare of a hit.
type hitRef struct {
	talk uint64
	text string
}

func refs(hits []Hit) []hitRef {
	var r []hitRef
	for _, h := range hits {
		r = append(r, hitRef{h.TalkID, h.Text})
	}
	return r
}

func TestSearchFindsBulletsInTalkThenBulletOrder(t *testing.T) {
	hits := Search(testTalks(t), "latency", 0)
	want := []hitRef{
		{11, "Queues hide latency until they fill"},
		{11, "Little's law ties queue length to LATENCY"},
		{11, "Latency budget per hop: 40ms"},
		{14, farMatch},
		{14, "Tail latency is a cache's real cost"},
	}
	if got := refs(hits); !equalRefs(got, want) {
		t.Fatalf("Search latency:\n got %v\nwant %v", got, want)
	}
	// Each hit carries what the list draws and what a jump needs.
	h := hits[1]
	if h.Talk != "Backpressure in practice" || h.Depth != 1 || h.NodeID == 0 || h.NodeID == hits[0].NodeID {
		t.Errorf("second hit %+v: want its talk's title, depth 1 and its own node ID", h)
	}
	if got := Search(testTalks(t), "東京", 0); len(got) != 1 || got[0].TalkID != 21 {
		t.Errorf("Search 東京 = %v, want the one bullet of talk 21", refs(got))
	}
}

func equalRefs(a, b []hitRef) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSearchStopsAtTheLimit(t *testing.T) {
	talks := testTalks(t)
	all := Search(talks, "latency", 0)
	for _, limit := range []int{1, 2, 4} {
		got := Search(talks, "latency", limit)
		if !equalRefs(refs(got), refs(all[:limit])) {
			t.Errorf("limit %d: %v, want the first %d of %v", limit, refs(got), limit, refs(all))
		}
	}
	if got := Search(talks, "latency", 100); len(got) != len(all) {
		t.Errorf("a limit above the hits gave %d hits, want %d", len(got), len(all))
	}
}

func TestSearchFindsNothingForAnEmptyQuery(t *testing.T) {
	if got := Search(testTalks(t), "", 10); len(got) != 0 {
		t.Errorf("empty query found %v", refs(got))
	}
}

func TestSearchSkipsTalksWithoutNotes(t *testing.T) {
	talks := []TalkOutline{
		{TalkID: 1, Title: "Not loaded"},
		{TalkID: 2, Title: "Empty", Outline: doc.New()},
		{TalkID: 3, Title: "Written", Outline: outlineOf(t, "canary rollout")},
	}
	if got := refs(Search(talks, "canary", 0)); !equalRefs(got, []hitRef{{3, "canary rollout"}}) {
		t.Errorf("Search = %v, want the one written bullet", got)
	}
}
