package fold

import (
	"slices"
	"strings"
	"testing"
)

// found lists the texts of c that contain query, as Next walks them.
func found(c *Corpus, query string) []int {
	q := NewQuery(query)
	var rows []int
	for i := c.Next(q, 0); i >= 0; i = c.Next(q, i+1) {
		rows = append(rows, i)
	}
	return rows
}

// foundByIn lists the texts that contain query by Query.In, one by one:
// what a Corpus must agree with.
func foundByIn(texts []string, query string) []int {
	q := NewQuery(query)
	var rows []int
	for i, t := range texts {
		if q.In(t) {
			rows = append(rows, i)
		}
	}
	return rows
}

func TestCorpusFindsWhatInFinds(t *testing.T) {
	texts := []string{
		"Queues hide LATENCY until they fill",
		"",
		"lunch at the CAFÉ downstairs",
		"cafe\u0301 au lait",            // "cafe" is not in it: the accent makes é
		"talk in İSTANBUL",              // a capital dotted I is an i
		"ok 👍🏽 from ops",                // the skin tone is skipped
		"ΣΊΣΥΦΟΣ pushes the rollout",    // Greek, final sigma
		"300 \u212A is warm",            // the Kelvin sign
		"trailing cafe",                 // a match at the very end of a text
		"\xff\xfe broken bytes latency", // invalid UTF-8 is searched like the rest
		"ends in lat",                   // "latency" across two texts is no match
		"ency at the start",
		"Ι capital iota after iota: ι\u0345",
	}
	c := NewCorpus(texts)
	for _, query := range []string{
		"latency", "café", "cafe", "istanbul", "👍", "σίσυφος", "k is", "e", "",
		"lat\nency", "latency", "ι", "\u0345", "CAFE\u0301", "broken", "\ufffd",
	} {
		if got, want := found(c, query), foundByIn(texts, query); !slices.Equal(got, want) {
			t.Errorf("%q found in texts %v, want %v", query, got, want)
		}
	}
	if got := found(c, "latency"); !slices.Equal(got, []int{0, 9}) {
		t.Errorf("latency in %v, want the first text and the broken one", got)
	}
}

func TestCorpusNextStartsWhereAsked(t *testing.T) {
	c := NewCorpus([]string{"a note", "another note", "no match here"})
	q := NewQuery("NOTE")
	for from, want := range []int{0, 1, -1, -1} {
		if got := c.Next(q, from); got != want {
			t.Errorf("Next from %d = %d, want %d", from, got, want)
		}
	}
	if got := c.Next(q, -1); got != -1 {
		t.Errorf("Next from -1 = %d, want -1", got)
	}
	if got := NewCorpus(nil).Next(q, 0); got != -1 {
		t.Errorf("an empty corpus found %d", got)
	}
}

// FuzzCorpus checks that a Corpus finds exactly the texts Query.In finds,
// however texts and query are made: the texts are the fuzzer's text cut
// at each newline.
func FuzzCorpus(f *testing.F) {
	f.Add("p99 Latency at the edge\nlatency", "latency")
	f.Add("über Größe\ncafe\u0301\ncafé", "CAFÉ")
	f.Add("300 \u212A\nİSTANBUL", "k")
	f.Add("ok 👍🏽 from ops\n\n\n", "👍")
	f.Add("ends in la\ntency", "la\ntency")
	f.Add("Ι\nι\u0345", "ι")
	f.Fuzz(func(t *testing.T, joined, query string) {
		texts := strings.Split(joined, "\n")
		if got, want := found(NewCorpus(texts), query), foundByIn(texts, query); !slices.Equal(got, want) {
			t.Fatalf("%q in %q: corpus finds %v, In finds %v", query, texts, got, want)
		}
	})
}
