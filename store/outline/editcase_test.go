package outline

import (
	"fmt"
	"slices"
	"testing"
)

// editCase is one edit on a small outline: the rows after it, what it
// returned, and which records the store is told to write.
type editCase struct {
	name    string
	before  string
	edit    func(o *Outline) any
	after   string
	ret     any
	put     []string // texts of the nodes in Changes.Put, by ID
	deleted []ID
}

func runEditCases(t *testing.T, cases []editCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := parse(t, tc.before)
			before := o.Nodes()
			o.Mark(cursorBefore)
			ret := tc.edit(o)
			o.SetCursor(cursorAfter)
			check(t, o)
			if got := render(o); got != trimLeadingNewline(tc.after) {
				t.Errorf("rows after:\n%s\nwant:\n%s", got, trimLeadingNewline(tc.after))
			}
			if fmt.Sprint(ret) != fmt.Sprint(tc.ret) {
				t.Errorf("returned %v, want %v", ret, tc.ret)
			}
			c := o.TakeChanges()
			if got := texts(c.Put); !slices.Equal(got, tc.put) {
				t.Errorf("Put %q, want %q", got, tc.put)
			}
			if !slices.Equal(c.Deleted, tc.deleted) {
				t.Errorf("Deleted %v, want %v", c.Deleted, tc.deleted)
			}
			if c := o.TakeChanges(); !c.Empty() {
				t.Errorf("second TakeChanges = %+v, want nothing", c)
			}
			store := fakeStore{}
			store.save(t, Changes{Put: before})
			store.save(t, c)
			checkUndoRedo(t, o, before, store)
		})
	}
}

// The cursors runEditCases gives Mark before an edit and SetCursor after.
var (
	cursorBefore = Cursor{Node: 1, Offset: 2}
	cursorAfter  = Cursor{Node: 1, Offset: 5}
)

// checkUndoRedo undoes the step o's edit made and checks that the rows are
// again before, with the cursor from before the edit, then redoes it and
// checks the rows are as they were after it. Each time the store, which
// holds the outline as it was, must load to the rows it is told of. An
// edit that changed nothing must leave nothing to undo.
func checkUndoRedo(t *testing.T, o *Outline, before []Node, store fakeStore) {
	t.Helper()
	after := o.Nodes()
	got, ok := o.Undo()
	if !ok {
		if !sameNodes(after, before) {
			t.Fatalf("edit changed the outline but Undo has nothing to take back")
		}
		return
	}
	check(t, o)
	if now := o.Nodes(); !sameNodes(now, before) {
		t.Fatalf("after Undo:\n%s\nwant:\n%s", renderNodes(now), renderNodes(before))
	}
	if got != cursorBefore {
		t.Errorf("Undo put the cursor at %+v, want %+v", got, cursorBefore)
	}
	store.save(t, o.TakeChanges())
	store.mustMatch(t, o)
	if _, ok := o.Undo(); ok {
		t.Errorf("a second Undo found a step to take back")
	}
	got, ok = o.Redo()
	if !ok {
		t.Fatal("Redo has nothing to make again")
	}
	check(t, o)
	if now := o.Nodes(); !sameNodes(now, after) {
		t.Fatalf("after Redo:\n%s\nwant:\n%s", renderNodes(now), renderNodes(after))
	}
	if got != cursorAfter {
		t.Errorf("Redo put the cursor at %+v, want %+v", got, cursorAfter)
	}
	store.save(t, o.TakeChanges())
	store.mustMatch(t, o)
}

func trimLeadingNewline(s string) string {
	if len(s) > 0 && s[0] == '\n' {
		return s[1:]
	}
	return s
}
