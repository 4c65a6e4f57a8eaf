package outline

import (
	"fmt"
	"slices"
)

// OrderProblem is a pair of siblings in stored records whose order keys do
// not say which comes first: Next's key is equal to or sorts before Prev's,
// or one of them is not a well-formed key. FromNodes still loads such
// records in the order the keys (then IDs) give, and gives the siblings
// fresh keys in that order; a notebook written by a lanyard with a bug can
// hold them, and `lanyard check` names them.
type OrderProblem struct {
	// Parent is the siblings' parent, 0 at top level.
	Parent ID
	// Prev and Next are the siblings, in the order they load.
	Prev, Next Node
}

// String says what is wrong, naming the bullets by their text.
func (p OrderProblem) String() string {
	switch {
	case !validKey(p.Prev.Order):
		return fmt.Sprintf("bullet %q has a malformed order key %q", shorten(p.Prev.Text), p.Prev.Order)
	case !validKey(p.Next.Order):
		return fmt.Sprintf("bullet %q has a malformed order key %q", shorten(p.Next.Text), p.Next.Order)
	case p.Prev.Order == p.Next.Order:
		return fmt.Sprintf("bullets %q and %q share the order key %q", shorten(p.Prev.Text), shorten(p.Next.Text), p.Prev.Order)
	}
	return fmt.Sprintf("bullet %q (key %q) is stored after %q (key %q)", shorten(p.Next.Text), p.Next.Order, shorten(p.Prev.Text), p.Prev.Order)
}

// shorten cuts text for a message.
func shorten(s string) string {
	const max = 40
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}

// OrderProblems returns the sibling pairs in stored records whose keys are
// malformed, equal or out of order, grouped by parent ID and in load order
// within a group. It reads the records as FromNodes does, without changing
// them.
func OrderProblems(nodes []Node) []OrderProblem {
	kids := make(map[ID][]*Node)
	for i := range nodes {
		kids[nodes[i].Parent] = append(kids[nodes[i].Parent], &nodes[i])
	}
	parents := make([]ID, 0, len(kids))
	for p := range kids {
		parents = append(parents, p)
	}
	slices.Sort(parents)
	var out []OrderProblem
	for _, p := range parents {
		sibs := kids[p]
		slices.SortFunc(sibs, bySiblingOrder)
		for j, n := range sibs {
			switch {
			case j == 0 && len(sibs) == 1 && !validKey(n.Order):
				out = append(out, OrderProblem{Parent: p, Prev: *n, Next: *n})
			case j == 0:
			case !validKey(sibs[j-1].Order) || !validKey(n.Order) || sibs[j-1].Order >= n.Order:
				out = append(out, OrderProblem{Parent: p, Prev: *sibs[j-1], Next: *n})
			}
		}
	}
	return out
}
