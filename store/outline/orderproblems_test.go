package outline

import (
	"strings"
	"testing"
)

func TestOrderProblemsNamesTiedAndMalformedKeys(t *testing.T) {
	nodes := []Node{
		{ID: 1, Order: "a0", Text: "first"},
		{ID: 2, Order: "a0", Text: "tied"},
		{ID: 3, Order: "a1", Text: "fine"},
		{ID: 4, Parent: 3, Order: "a0", Text: "child"},
		{ID: 5, Parent: 3, Order: "!!", Text: "broken"},
	}
	got := OrderProblems(nodes)
	if len(got) != 2 {
		t.Fatalf("%d problems, want 2: %v", len(got), got)
	}
	if s := got[0].String(); !strings.Contains(s, `"first" and "tied" share the order key "a0"`) {
		t.Errorf("tie reported as %q", s)
	}
	if s := got[1].String(); got[1].Parent != 3 || !strings.Contains(s, `"broken" has a malformed order key`) {
		t.Errorf("malformed key reported as %q under %d", s, got[1].Parent)
	}
	// The records load in the order the keys give, ties by ID, and the
	// repaired keys are handed back for the store to write.
	o, err := FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	if o.At(0).Text != "first" || o.At(1).Text != "tied" || o.At(2).Text != "fine" {
		t.Fatalf("loaded as\n%s", render(o))
	}
	fixed := o.TakeChanges()
	if len(fixed.Put) == 0 || len(OrderProblems(o.Nodes())) != 0 {
		t.Fatalf("load repaired %d records, %d problems left", len(fixed.Put), len(OrderProblems(o.Nodes())))
	}
}

func TestOrderProblemsFindsNothingInAGoodOutline(t *testing.T) {
	if got := OrderProblems(Generate(200, 4).Nodes()); len(got) != 0 {
		t.Fatalf("problems in a generated outline: %v", got)
	}
}
