package outline

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	o := parse(t, "- Café au lait at the keynote\n  - ÉCLAIRS at lunch\n- talk in 東京\n"+
		"  - kelvin: 300 \u212A\n- nothing here")
	for _, tc := range []struct {
		query string
		want  []int
	}{
		{"café", []int{0}},
		{"CAFÉ", []int{0}},
		{"é", []int{0, 1}},
		{"at", []int{0, 1}},
		{"東京", []int{2}},
		{"K", []int{0, 2, 3}},
		{"300 k", []int{3}},
		{"lunch!", nil},
		{"", nil},
		{"a much longer query than any bullet in the outline", nil},
	} {
		if got := o.Search(tc.query); !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
}

// TestContainsFoldAgreesWithEqualFold checks the search against its
// definition: some substring of the text is strings.EqualFold to the query.
func TestContainsFoldAgreesWithEqualFold(t *testing.T) {
	alphabet := []string{"a", "A", "k", "K", "\u212A", "s", "S", "ſ", "é", "É", "ß", "σ", "ς", "Σ", " ", "x"}
	rng := rand.New(rand.NewPCG(4, 4))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 20_000 {
		text, query := word(rng.IntN(8)), word(1+rng.IntN(3))
		want := false
		for a := range len(text) + 1 {
			for b := a; b <= len(text) && !want; b++ {
				want = strings.EqualFold(text[a:b], query)
			}
		}
		if got := newMatcher(foldRunes(query)).in(text); got != want {
			t.Fatalf("matcher of %q in %q = %v, want %v", text, query, got, want)
		}
	}
}
