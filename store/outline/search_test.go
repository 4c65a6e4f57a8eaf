package outline

import (
	"slices"
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
