package outline

import (
	"errors"
	"fmt"
	"slices"
)

// A glimpse is the few hundred rows of a big outline that its first screen
// shows, kept so that the next start can draw that screen before decoding
// the whole outline (100,000 bullets take about 70 ms; a glimpse well under
// one). It is a picture, never the truth: the editor shows it, edits
// nothing while it is up, and swaps in the outline loaded in full as soon
// as that arrives.

// GlimpseRow is one row of a glimpse: a node as stored, with what the
// editor would otherwise learn from rows the glimpse leaves out.
type GlimpseRow struct {
	Node Node
	// Hidden is how many rows a folded bullet hides: the glimpse keeps
	// none of them, but the editor says how many there are.
	Hidden int
	// Number is a numbered bullet's place in its list, counted on the
	// whole outline; 0 for other kinds.
	Number int
}

// Glimpse is part of an outline: rows in preorder, each row's parent
// among the rows before it, so that it is an outline of its own.
type Glimpse struct {
	Rows []GlimpseRow
	// Cursor is the bullet the editor's cursor was put on when the
	// glimpse was taken, 0 for the end of the outline: the screen it
	// shows is the one opening with the cursor there draws.
	Cursor ID
}

// ErrNotAGlimpse is a glimpse whose rows do not form an outline as they
// stand: one that would need repairs, or rows out of preorder.
var ErrNotAGlimpse = errors.New("rows do not form an outline")

// Outline builds the outline the glimpse's rows form. It refuses rows that
// would need a repair to form one (a missing parent, keys out of order):
// a glimpse must draw exactly what the stored outline would, and the
// loader then falls back to reading the whole outline.
func (g Glimpse) Outline() (*Outline, error) {
	nodes := make([]Node, len(g.Rows))
	for i, r := range g.Rows {
		nodes[i] = r.Node
	}
	o, err := AdoptNodes(nodes)
	if err != nil {
		return nil, fmt.Errorf("glimpse: %w", err)
	}
	if !o.TakeChanges().Empty() {
		return nil, fmt.Errorf("glimpse: %w", ErrNotAGlimpse)
	}
	for i, r := range g.Rows {
		if o.At(i).ID != r.Node.ID {
			return nil, fmt.Errorf("glimpse: row %d: %w", i, ErrNotAGlimpse)
		}
	}
	return o, nil
}

// GlimpseOf picks rows of o into a glimpse: the rows chosen (by the
// editor, which knows what a screen shows), every ancestor of theirs, in
// preorder. hidden and number give each chosen row's facts.
func GlimpseOf(o *Outline, chosen []int, hidden, number func(row int) int) Glimpse {
	keep := make(map[int]bool, len(chosen)*2)
	for _, row := range chosen {
		for r := row; r >= 0 && !keep[r]; {
			keep[r] = true
			parent := o.At(r).Parent
			if parent == 0 {
				break
			}
			r = o.Find(parent)
		}
	}
	picked := make(map[int]bool, len(chosen))
	for _, row := range chosen {
		picked[row] = true
	}
	rows := make([]int, 0, len(keep))
	for r := range keep {
		rows = append(rows, r)
	}
	slices.Sort(rows)
	g := Glimpse{Rows: make([]GlimpseRow, len(rows))}
	for i, r := range rows {
		g.Rows[i].Node = *o.At(r)
		if picked[r] {
			g.Rows[i].Hidden, g.Rows[i].Number = hidden(r), number(r)
		}
	}
	return g
}
