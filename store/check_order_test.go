package store

import (
	"path/filepath"
	"strings"
	"testing"

	"lanyard/store/outline"
)

// Stored siblings whose order keys are tied or out of order (as a lanyard
// with a bug in its undo wrote them) are named by check, with the talk
// they are in, as a warning: the notebook still opens, in the order the
// keys give.
func TestCheckNamesBulletsWhoseOrderKeysAreOutOfOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, talk := notedNotebook(t, path)
	stored := []outline.Node{
		{ID: 1, Order: "a0", Text: "first"},
		{ID: 2, Order: "a0", Text: "tied with first"},
		{ID: 3, Order: "a2", Text: "parent"},
		{ID: 4, Parent: 3, Order: "a1", Text: "child b"},
		{ID: 5, Parent: 3, Order: "a1", Text: "child a"},
	}
	if err := nb.SaveOutline(talk, outline.Changes{Put: stored}); err != nil {
		t.Fatal(err)
	}
	closeNow(t, nb)

	r := mustCheck(t, path)
	var order []string
	for _, w := range r.Warnings {
		if strings.Contains(w, "order key") {
			order = append(order, w)
		}
	}
	if len(order) != 2 {
		t.Fatalf("warnings %q; want two about order keys", r.Warnings)
	}
	for i, want := range []string{`"first" and "tied with first" share the order key "a0"`, `"child b" and "child a" share the order key "a1"`} {
		if !strings.Contains(order[i], want) {
			t.Errorf("warning %q does not say %q", order[i], want)
		}
		for _, place := range []string{"Quiet Systems Summit 2026", "2026-05-14", `"Fsync is not a promise"`} {
			if !strings.Contains(order[i], place) {
				t.Errorf("warning %q does not name the talk by %s", order[i], place)
			}
		}
	}
}

func TestCheckFindsNoOrderProblemInNotesTypedNormally(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "one", "two", "three")
	closeNow(t, nb)
	if r := mustCheck(t, path); len(r.Warnings) != 0 {
		t.Errorf("warnings on a sound notebook: %q", r.Warnings)
	}
}
