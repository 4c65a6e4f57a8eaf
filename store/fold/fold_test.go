package fold

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIndex(t *testing.T) {
	cases := []struct {
		name, text, query string
		want              string // the part of text a highlight covers; "" for no match
		start             int    // its byte offset
	}{
		{"ascii", "p99 latency at the edge", "latency", "latency", 4},
		{"case", "p99 Latency at the edge", "LATENCY", "Latency", 4},
		{"first of two", "cache, then CACHE again", "Cache", "cache", 0},
		{"accented, other case", "lunch at the CAFÉ downstairs", "café", "CAFÉ", 13},
		{"offsets are bytes, after multi-byte letters", "über Größe", "GRÖ", "Grö", 6},
		{"greek, final sigma", "ΣΊΣΥΦΟΣ pushes the rollout", "σίσυφος", "ΣΊΣΥΦΟΣ", 0},
		{"cjk", "会議は東京で開催", "東京", "東京", 9},
		{"kelvin sign", "300 \u212A is warm", "k is", "\u212A is", 4},
		{"long s", "Congreſs of ops", "CONGRESS", "Congreſs", 0},
		{"sharp s, capital", "STRAẞE closed", "straße", "STRAẞE", 0},
		{"sharp s is not ss", "Straße closed", "strasse", "", 0},
		{"ss is not sharp s", "Strasse closed", "straße", "", 0},
		{"turkish dotted capital I", "talk in İSTANBUL", "istanbul", "İSTANBUL", 8},
		{"turkish dotted capital I in the query", "talk in Istanbul", "İstanbul", "Istanbul", 8},
		{"turkish dotless i is another letter", "ılık", "ilik", "", 0},
		{"combining accent as written", "cafe\u0301 au lait", "CAFE\u0301", "cafe\u0301", 0},
		{"no match inside a letter with an accent", "cafe\u0301 au lait", "cafe", "", 0},
		{"no match before a precomposed accent either", "café au lait", "cafe", "", 0},
		{"a later match past a letter with an accent", "e\u0301 then", "e", "e", 6},
		{"full-width letters, other case", "ＡＷＳ bill", "ａｗｓ", "ＡＷＳ", 0},
		{"full-width is not ascii", "ＡＷＳ bill", "aws", "", 0},
		{"emoji", "ship it 🚀 today", "🚀", "🚀", 8},
		{"emoji takes in its skin tone", "ok 👍🏽 from ops", "👍", "👍🏽", 3},
		{"emoji style selector taken in", "we ❤\uFE0F runbooks", "❤", "❤\uFE0F", 3},
		{"emoji style selector skipped in the query", "we ❤ runbooks", "❤\uFE0F run", "❤ run", 3},
		{"at the end", "tail latency", "latency", "latency", 5},
		{"no match", "p99 latency", "throughput", "", 0},
		{"longer than the text", "lat", "latency", "", 0},
		{"partial at the end", "the lat", "latency", "", 0},
		{"empty query", "anything", "", "", 0},
		{"empty text", "", "a", "", 0},
	}
	for _, c := range cases {
		start, end, ok := NewQuery(c.query).Index(c.text)
		if c.want == "" {
			if ok {
				t.Errorf("%s: %q in %q matched %q, want no match", c.name, c.query, c.text, c.text[start:end])
			}
			continue
		}
		if !ok || c.text[start:end] != c.want || start != c.start {
			t.Errorf("%s: %q in %q = %d, %d, %v; want %q at %d", c.name, c.query, c.text, start, end, ok, c.want, c.start)
		}
	}
}

func TestString(t *testing.T) {
	for _, same := range [][2]string{
		{"Paging Fewer People", "PAGING fewer people"},
		{"İstanbul", "istanbul"},
		{"Straße", "STRAẞE"},
		{"👍🏽 ❤\uFE0F", "👍 ❤"},
	} {
		if String(same[0]) != String(same[1]) {
			t.Errorf("String(%q) = %q and String(%q) = %q; want one key", same[0], String(same[0]), same[1], String(same[1]))
		}
	}
	for _, other := range [][2]string{{"Straße", "Strasse"}, {"café", "cafe"}, {"ılık", "ilik"}} {
		if String(other[0]) == String(other[1]) {
			t.Errorf("String(%q) = String(%q); want two keys", other[0], other[1])
		}
	}
}

// equalIgnoringCase is the definition Index must agree with: the same
// runes, case apart, once the runes that only change drawing are gone.
func equalIgnoringCase(a, b string) bool {
	return String(a) == String(b)
}

// TestIndexAgreesWithItsDefinition checks Index against a search of every
// substring: the first match starts where the first substring equal to the
// query ignoring case starts that is not followed by a combining mark.
func TestIndexAgreesWithItsDefinition(t *testing.T) {
	alphabet := []string{"a", "A", "i", "I", "İ", "ı", "k", "K", "\u212A", "s", "S", "ſ", "é", "É", "e\u0301",
		"\u0301", "ß", "ẞ", "σ", "ς", "Σ", "Ａ", "ａ", "👍", "🏽", "\uFE0F", " ", "x"}
	rng := rand.New(rand.NewPCG(4, 4))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 30_000 {
		text, query := word(rng.IntN(8)), word(1+rng.IntN(3))
		want := -1
		for a := 0; a < len(text) && want < 0 && String(query) != ""; a++ {
			if !utf8.RuneStart(text[a]) || startsDrawnOnly(text[a:]) {
				continue // a match starts at a character, not inside one
			}
			for b := a + 1; b <= len(text); b++ {
				if b < len(text) && !utf8.RuneStart(text[b]) {
					continue
				}
				if equalIgnoringCase(text[a:b], query) && !followedByMark(text[b:]) {
					want = a
					break
				}
			}
		}
		start, end, ok := NewQuery(query).Index(text)
		if ok != (want >= 0) || ok && start != want {
			t.Fatalf("%q in %q = %d, %d, %v; want a match at %d", query, text, start, end, ok, want)
		}
		if ok && !equalIgnoringCase(text[start:end], query) {
			t.Fatalf("%q in %q matched %q", query, text, text[start:end])
		}
	}
}

func startsDrawnOnly(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return drawnOnly(r)
}

func followedByMark(s string) bool {
	for _, r := range s {
		if !drawnOnly(r) {
			return combining(r)
		}
	}
	return false
}

func FuzzIndex(f *testing.F) {
	f.Add("p99 Latency at the edge", "latency")
	f.Add("über Größe", "GRÖ")
	f.Add("会議は東京で開催", "東京")
	f.Add("300 \u212A", "k")
	f.Add("İSTANBUL", "istanbul")
	f.Add("ok 👍🏽 from ops", "👍")
	f.Add("cafe\u0301", "cafe")
	f.Fuzz(func(t *testing.T, text, query string) {
		start, end, ok := NewQuery(query).Index(text)
		if ok {
			if start < 0 || end > len(text) || start >= end {
				t.Fatalf("%q in %q = %d, %d: not a range of the text", query, text, start, end)
			}
			if utf8.ValidString(text) && utf8.ValidString(query) && !equalIgnoringCase(text[start:end], query) {
				t.Fatalf("%q in %q = %q, which is not the query in another case", query, text, text[start:end])
			}
		}
		if !utf8.ValidString(text) || !utf8.ValidString(query) || String(query) == "" {
			return
		}
		if i := strings.Index(text, query); i >= 0 && !followedByMark(text[i+len(query):]) && !startsDrawnOnly(query) && (!ok || start > i) {
			t.Fatalf("%q in %q = %d, %d, %v; the query is in the text as it is at %d", query, text, start, end, ok, i)
		}
	})
}
