package outline

import (
	"slices"
	"testing"
)

const folds = `
- a
  + b
    - c
      - d
  - e
+ f
  - g
- h
  - i
    + j
      + k
        - l
  - m`

func TestVisibleWalk(t *testing.T) {
	o := parse(t, folds)
	// a b e f h i j m: the rows in sight, top to bottom.
	shown := []int{0, 1, 4, 5, 7, 8, 9, 12}
	for k, row := range shown {
		next, prev := -1, -1
		if k+1 < len(shown) {
			next = shown[k+1]
		}
		if k > 0 {
			prev = shown[k-1]
		}
		if got := o.VisibleNext(row); got != next {
			t.Errorf("VisibleNext(%d) = %d, want %d", row, got, next)
		}
		if got := o.VisiblePrev(row); got != prev {
			t.Errorf("VisiblePrev(%d) = %d, want %d", row, got, prev)
		}
	}
}

func TestHiddenCount(t *testing.T) {
	o := parse(t, folds)
	for row, want := range map[int]int{0: 0, 1: 2, 5: 1, 7: 0, 9: 2, 10: 1, 11: 0} {
		if got := o.HiddenCount(row); got != want {
			t.Errorf("HiddenCount(%d) = %d, want %d", row, got, want)
		}
	}
}

func TestAncestors(t *testing.T) {
	o := parse(t, folds)
	for row, want := range map[int][]int{0: {}, 3: {0, 1, 2}, 11: {7, 8, 9, 10}, 12: {7}} {
		if got := o.Ancestors(row); !slices.Equal(got, want) {
			t.Errorf("Ancestors(%d) = %v, want %v", row, got, want)
		}
	}
	// Rows found after edits above them moved them.
	o.Split(0, 0)
	o.Split(0, 0)
	if got := o.Ancestors(13); !slices.Equal(got, []int{9, 10, 11, 12}) {
		t.Errorf("after two rows inserted above, Ancestors(13) = %v", got)
	}
}

func TestRowOf(t *testing.T) {
	o := parse(t, folds)
	if row, ok := o.RowOf(12); !ok || row != 11 {
		t.Errorf("RowOf(12) = %d, %v", row, ok)
	}
	o.DeleteSubtree(11)
	if _, ok := o.RowOf(12); ok {
		t.Error("RowOf found a deleted node")
	}
}
