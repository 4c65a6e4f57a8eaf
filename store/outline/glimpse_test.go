package outline

import (
	"errors"
	"testing"
)

func TestGlimpseKeepsAncestorsInPreorder(t *testing.T) {
	o := parse(t, `
- a
  - b
    - c
    - d
  - e
- f
  - g`)
	// Rows d (3) and g (6): d brings b and a, g brings f.
	g := GlimpseOf(o, []int{6, 3}, func(row int) int { return 10 + row }, func(int) int { return 0 })
	var texts []string
	for _, r := range g.Rows {
		texts = append(texts, r.Node.Text)
	}
	if got, want := len(texts), 5; got != want {
		t.Fatalf("glimpse rows %q, want a b d f g", texts)
	}
	for i, want := range []string{"a", "b", "d", "f", "g"} {
		if texts[i] != want {
			t.Fatalf("glimpse rows %q, want a b d f g", texts)
		}
	}
	if g.Rows[2].Hidden != 13 || g.Rows[0].Hidden != 0 {
		t.Errorf("facts: chosen row d has %d, ancestor a %d; want 13 and 0", g.Rows[2].Hidden, g.Rows[0].Hidden)
	}
	part, err := g.Outline()
	if err != nil {
		t.Fatal(err)
	}
	if part.Len() != 5 || part.At(2).Depth != 2 || part.At(4).Depth != 1 {
		t.Errorf("glimpse outline: %d rows, d at depth %d, g at %d", part.Len(), part.At(2).Depth, part.At(4).Depth)
	}
}

func TestGlimpseThatNeedsRepairIsRefused(t *testing.T) {
	o := parse(t, `
- a
  - b
- c`)
	g := GlimpseOf(o, []int{1, 2}, func(int) int { return 0 }, func(int) int { return 0 })
	orphan := Glimpse{Rows: g.Rows[1:]} // b without its parent a
	if _, err := orphan.Outline(); !errors.Is(err, ErrNotAGlimpse) {
		t.Errorf("glimpse without a parent: err %v, want ErrNotAGlimpse", err)
	}
	swapped := Glimpse{Rows: []GlimpseRow{g.Rows[2], g.Rows[0], g.Rows[1]}} // c before a
	if _, err := swapped.Outline(); !errors.Is(err, ErrNotAGlimpse) {
		t.Errorf("glimpse out of preorder: err %v, want ErrNotAGlimpse", err)
	}
}
