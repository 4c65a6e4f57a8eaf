package outline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// parse builds an outline from lines like "  - text", two spaces per level
// ("-" alone is an empty bullet). A "+" in place of the "-" marks a folded
// bullet, and the text may start with a kind's marker (see kindMarkers).
// IDs are 1, 2, ... in line order, so a test can name a node by its line.
// The outline has no pending changes.
func parse(t testing.TB, text string) *Outline {
	t.Helper()
	nodes := parseNodes(t, text)
	o, err := FromNodes(nodes)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if c := o.TakeChanges(); !c.Empty() {
		t.Fatalf("parse: fresh outline has pending changes %+v", c)
	}
	o.SetClock(fixedClock)
	return o
}

// kindMarkers are how parse and render spell the kinds other than plain.
var kindMarkers = []struct {
	kind   Kind
	marker string
}{
	{KindNumbered, "1."},
	{KindStar, "*"},
	{KindTodo, "[ ]"},
	{KindDone, "[x]"},
	{KindQuote, ">"},
}

// parseNodes turns lines like "  - text" into stored records in preorder.
func parseNodes(t testing.TB, text string) []Node {
	t.Helper()
	var nodes []Node
	var parents []ID     // parents[d] is the last node at depth d
	var lastKey []string // lastKey[d] is the last sibling key at depth d
	for lineNo, line := range strings.Split(strings.Trim(text, "\n"), "\n") {
		body := strings.TrimLeft(line, " ")
		indent := len(line) - len(body)
		if indent%2 != 0 || body == "" || (body[0] != '-' && body[0] != '+') ||
			(len(body) > 1 && body[1] != ' ') {
			t.Fatalf("parse: line %d: %q is not \"  - text\"", lineNo+1, line)
		}
		depth := indent / 2
		if depth > len(parents) {
			t.Fatalf("parse: line %d: nested two levels at once", lineNo+1)
		}
		parents, lastKey = parents[:depth], lastKey[:min(len(lastKey), depth+1)]
		if len(lastKey) == depth {
			lastKey = append(lastKey, "")
		}
		var parent ID
		if depth > 0 {
			parent = parents[depth-1]
		}
		kind, rest := parseKind(strings.TrimPrefix(body[1:], " "))
		n := Node{
			ID:      ID(lineNo + 1),
			Parent:  parent,
			Order:   KeyBetween(lastKey[depth], ""),
			Text:    rest,
			Kind:    kind,
			Folded:  body[0] == '+',
			Created: fixedClock(),
		}
		lastKey[depth] = n.Order
		parents = append(parents, n.ID)
		nodes = append(nodes, n)
	}
	return nodes
}

// parseKind splits a kind's marker off the front of a bullet's text.
func parseKind(s string) (Kind, string) {
	for _, m := range kindMarkers {
		if s == m.marker || strings.HasPrefix(s, m.marker+" ") {
			return m.kind, strings.TrimPrefix(s[len(m.marker):], " ")
		}
	}
	return KindPlain, s
}

// render draws the outline as parse reads it.
func render(o *Outline) string {
	var b strings.Builder
	for i := range o.Len() {
		n := o.At(i)
		line := "- "
		if n.Folded {
			line = "+ "
		}
		for _, m := range kindMarkers {
			if m.kind == n.Kind {
				line += m.marker + " "
			}
		}
		b.WriteString(strings.Repeat("  ", n.Depth))
		b.WriteString(strings.TrimRight(line+n.Text, " "))
		b.WriteByte('\n')
	}
	return b.String()
}

// fixedClock is the Created time of every node in these tests.
func fixedClock() time.Time { return time.Date(2025, 6, 12, 10, 30, 0, 0, time.UTC) }

// check fails the test unless the outline is valid: depths well formed,
// Parent, Order and Depth agreeing with the rows, sibling keys strictly
// increasing, the ID index and the change sets consistent with the rows.
func check(t testing.TB, o *Outline) {
	t.Helper()
	if err := validate(o); err != nil {
		t.Fatalf("invalid outline: %v\n%s", err, render(o))
	}
}

// validate returns what is wrong with the outline, nil if nothing.
func validate(o *Outline) error {
	if len(o.nodes) != len(o.rows) {
		return fmt.Errorf("%d rows but %d indexed nodes", len(o.rows), len(o.nodes))
	}
	var ancestors []*Node // ancestors[d] is the open node at depth d
	var lastKey []string
	for i, n := range o.rows {
		if n.ID == 0 || n.ID >= o.nextID {
			return fmt.Errorf("row %d: ID %d outside 1..%d", i, n.ID, o.nextID-1)
		}
		if p, ok := o.nodes[n.ID]; !ok || p.node != n {
			return fmt.Errorf("row %d: node %d not indexed", i, n.ID)
		}
		if n.Depth < 0 || n.Depth > len(ancestors) {
			return fmt.Errorf("row %d: depth %d after depth %d", i, n.Depth, len(ancestors)-1)
		}
		ancestors, lastKey = ancestors[:n.Depth], lastKey[:min(len(lastKey), n.Depth+1)]
		if len(lastKey) <= n.Depth {
			lastKey = append(lastKey, "")
		}
		var parent ID
		if n.Depth > 0 {
			parent = ancestors[n.Depth-1].ID
		}
		if n.Parent != parent {
			return fmt.Errorf("row %d (%q): Parent %d, want %d", i, n.Text, n.Parent, parent)
		}
		if !validKey(n.Order) {
			return fmt.Errorf("row %d: malformed key %q", i, n.Order)
		}
		if prev := lastKey[n.Depth]; prev != "" && prev >= n.Order {
			return fmt.Errorf("row %d (%q): key %q not after sibling's %q", i, n.Text, n.Order, prev)
		}
		lastKey[n.Depth] = n.Order
		ancestors = append(ancestors, n)
	}
	if err := validateJournal(&o.journal); err != nil {
		return err
	}
	for id := range o.dirty {
		if _, ok := o.nodes[id]; !ok {
			return fmt.Errorf("removed node %d still marked changed", id)
		}
	}
	for id := range o.fresh {
		if _, ok := o.dirty[id]; !ok {
			return fmt.Errorf("new node %d not marked changed", id)
		}
	}
	for id := range o.deleted {
		if _, ok := o.nodes[id]; ok {
			return fmt.Errorf("node %d marked deleted but present", id)
		}
	}
	return nil
}

// texts returns the texts of nodes, in their order.
func texts(nodes []Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.Text
	}
	return out
}

// sameTree fails unless a and b hold the same nodes in the same preorder
// with the same stored fields and depths.
func sameTree(t testing.TB, got, want *Outline) {
	t.Helper()
	g, w := got.Nodes(), want.Nodes()
	if !sameNodes(g, w) {
		t.Fatalf("trees differ:\ngot:\n%s\nwant:\n%s", render(got), render(want))
	}
}

// sameNodes reports whether a and b are the same nodes, every field equal.
func sameNodes(a, b []Node) bool {
	return slices.EqualFunc(a, b, func(a, b Node) bool {
		return a.ID == b.ID && a.Parent == b.Parent && a.Order == b.Order &&
			a.Depth == b.Depth && a.Text == b.Text && a.Kind == b.Kind &&
			a.Folded == b.Folded && a.Created.Equal(b.Created)
	})
}

// renderNodes draws nodes, a copy of an outline's rows, as render does.
func renderNodes(nodes []Node) string {
	o := New()
	for i := range nodes {
		o.rows = append(o.rows, &nodes[i])
	}
	return render(o)
}

// validateJournal returns what is wrong with the undo history's bookkeeping.
func validateJournal(j *journal) error {
	if j.done < 0 || j.done > len(j.steps) {
		return fmt.Errorf("journal: %d steps done of %d", j.done, len(j.steps))
	}
	if j.open && (j.done == 0 || j.done != len(j.steps)) {
		return fmt.Errorf("journal: step open with %d done of %d", j.done, len(j.steps))
	}
	records, bytes := 0, 0
	for _, s := range j.steps {
		if len(s.recs) == 0 {
			return fmt.Errorf("journal: empty step")
		}
		records += len(s.recs)
		for k := range s.recs {
			bytes += s.recs[k].size()
		}
	}
	if records != j.records {
		return fmt.Errorf("journal: counts %d records, holds %d", j.records, records)
	}
	if bytes != j.bytes {
		return fmt.Errorf("journal: counts %d bytes, holds %d", j.bytes, bytes)
	}
	if len(j.steps) > 1 && bytes > maxBytes+maxBytes/8 {
		return fmt.Errorf("journal: %d bytes in %d steps: over its limit", bytes, len(j.steps))
	}
	if j.done > maxSteps+maxSteps/8 || records > maxRecords {
		return fmt.Errorf("journal: %d steps, %d records: over its limits", j.done, records)
	}
	return nil
}
