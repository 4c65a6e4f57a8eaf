package outline

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

const sample = `
- opening keynote
  - speaker: Dana Okafor
  - slides later
    - ask for link
- storage talk
  - WAL first
  - fsync costs
- hallway`

func TestFromNodesAnyOrder(t *testing.T) {
	nodes := parseNodes(t, sample)
	want := parse(t, sample)
	rng := rand.New(rand.NewPCG(7, 7))
	for range 20 {
		rng.Shuffle(len(nodes), func(i, j int) { nodes[i], nodes[j] = nodes[j], nodes[i] })
		o, err := FromNodes(nodes)
		if err != nil {
			t.Fatal(err)
		}
		check(t, o)
		sameTree(t, o, want)
		if c := o.TakeChanges(); !c.Empty() {
			t.Fatalf("clean load has pending changes %+v", c)
		}
	}
}

func TestFromNodesIgnoresStoredDepth(t *testing.T) {
	nodes := parseNodes(t, sample)
	for i := range nodes {
		nodes[i].Depth = 9
	}
	o, err := FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	check(t, o)
	if got := render(o); got != trimLeadingNewline(sample)+"\n" {
		t.Fatalf("rows:\n%s", got)
	}
}

func TestFromNodesDoesNotAlterInput(t *testing.T) {
	nodes := parseNodes(t, sample)
	before := slices.Clone(nodes)
	o, err := FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	o.SetText(0, "changed")
	if !slices.Equal(nodes, before) {
		t.Fatal("FromNodes or an edit changed the caller's records")
	}
}

func TestFromNodesRejectsBadIDs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		nodes []Node
		want  error
	}{
		{"zero", []Node{{ID: 1, Order: "a0"}, {ID: 0, Order: "a1"}}, ErrZeroID},
		{"duplicate", []Node{{ID: 3, Order: "a0"}, {ID: 3, Order: "a1"}}, ErrDuplicateID},
	} {
		if _, err := FromNodes(tc.nodes); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestFromNodesEmpty(t *testing.T) {
	o, err := FromNodes(nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.Len() != 0 {
		t.Fatalf("Len = %d", o.Len())
	}
	if got := o.Append("x"); got != 0 {
		t.Fatalf("Append = %d", got)
	}
	check(t, o)
}

func TestFromNodesNewIDsAfterStoredOnes(t *testing.T) {
	o, err := FromNodes([]Node{{ID: 41, Order: "a0", Text: "x"}})
	if err != nil {
		t.Fatal(err)
	}
	o.Append("y")
	if got := o.At(1).ID; got != 42 {
		t.Fatalf("new ID = %d, want 42", got)
	}
}

func TestFromNodesKeepsOrphans(t *testing.T) {
	nodes := []Node{
		{ID: 1, Order: "a0", Text: "root"},
		{ID: 5, Parent: 99, Order: "a1", Text: "orphan b"},
		{ID: 4, Parent: 99, Order: "a0", Text: "orphan a"},
		{ID: 6, Parent: 5, Order: "a0", Text: "child of orphan"},
		{ID: 2, Order: "a1", Text: "last root"},
	}
	o, err := FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	check(t, o)
	want := "- root\n- last root\n- orphan a\n- orphan b\n  - child of orphan\n"
	if got := render(o); got != want {
		t.Fatalf("rows:\n%s\nwant:\n%s", got, want)
	}
	c := o.TakeChanges()
	if got := texts(c.Put); !slices.Equal(got, []string{"orphan a", "orphan b"}) {
		t.Fatalf("repairs to write back: %q", got)
	}
}

func TestFromNodesBreaksCycles(t *testing.T) {
	nodes := []Node{
		{ID: 1, Order: "a0", Text: "root"},
		{ID: 7, Parent: 8, Order: "a0", Text: "seven"},
		{ID: 8, Parent: 7, Order: "a0", Text: "eight"},
		{ID: 3, Parent: 7, Order: "a1", Text: "hangs off seven"},
		{ID: 9, Parent: 9, Order: "a0", Text: "own parent"},
	}
	o, err := FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	check(t, o)
	// Walking up from node 3, the lowest unplaced ID, reaches 7 then 8
	// then 7 again: the cycle is broken at 7, the first repeated node.
	want := "- root\n- seven\n  - eight\n  - hangs off seven\n- own parent\n"
	if got := render(o); got != want {
		t.Fatalf("rows:\n%s\nwant:\n%s", got, want)
	}
	if got := texts(o.TakeChanges().Put); !slices.Equal(got, []string{"seven", "own parent"}) {
		t.Fatalf("repairs to write back: %q", got)
	}
}

func TestFromNodesRepairsTiedAndBadKeys(t *testing.T) {
	nodes := []Node{
		{ID: 2, Order: "a0", Text: "second by ID"},
		{ID: 1, Order: "a0", Text: "first by ID"},
		{ID: 3, Order: "a1", Text: "third"},
		{ID: 4, Parent: 3, Order: "not a key!", Text: "bad key"},
		{ID: 5, Parent: 3, Order: "a5", Text: "good key"},
	}
	o, err := FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	check(t, o)
	want := "- first by ID\n- second by ID\n- third\n  - good key\n  - bad key\n"
	if got := render(o); got != want {
		t.Fatalf("rows:\n%s\nwant:\n%s", got, want)
	}
	c := o.TakeChanges()
	if len(c.Put) != 5 {
		t.Fatalf("want both sibling groups re-keyed and written back, got %q", texts(c.Put))
	}
	o2, err := FromNodes(o.Nodes())
	if err != nil {
		t.Fatal(err)
	}
	if c := o2.TakeChanges(); !c.Empty() {
		t.Fatalf("repaired records still need repair: %q", texts(c.Put))
	}
}

func TestGenerate(t *testing.T) {
	a, b := Generate(3000, 5), Generate(3000, 5)
	check(t, a)
	sameTree(t, a, b)
	if c := a.TakeChanges(); !c.Empty() {
		t.Fatal("Generate left pending changes")
	}
	deepest, withKids := 0, 0
	for i := range a.Len() {
		n := a.At(i)
		deepest = max(deepest, n.Depth)
		if len(n.Text) < 20 || len(n.Text) > 120 {
			t.Fatalf("row %d text %d bytes: %q", i, len(n.Text), n.Text)
		}
		if a.HasChildren(i) {
			withKids++
		}
	}
	if deepest != maxGenDepth || withKids < 300 {
		t.Fatalf("deepest %d, %d rows with children: not a realistic tree", deepest, withKids)
	}
	loaded, err := FromNodes(a.Nodes())
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, loaded, a)
	if c := Generate(3000, 6); render(c) == render(a) {
		t.Fatal("seed does not change the outline")
	}
}
