package notesync

import (
	"testing"

	"lanyard/store/outline"
)

func TestNotesInDifferentTalksBothArrive(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "nobody reads them", "make them short") })
	b.edit(t, "Paging", func(o *outline.Outline) { appendAll(o, "40 pages a week") })
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	for _, l := range []*laptop{a, b} {
		wantTexts(t, l, "Runbooks", "nobody reads them", "make them short")
		wantTexts(t, l, "Paging", "40 pages a week")
	}
	evs, err := b.nb.Events()
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || len(evs[0].Days) != 2 || len(evs[0].Days[0].Talks) != 3 {
		t.Fatalf("the schedule both imported was doubled or lost: %+v", evs)
	}
}

func TestAdditionsToTheSameTalkAreAllKept(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "shared point") })
	r.sync(t, a)
	r.sync(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "from a") })
	b.edit(t, "Runbooks", func(o *outline.Outline) {
		appendAll(o, "from b")
		o.Indent(o.Len() - 1)
	})
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	wantTexts(t, a, "Runbooks", "shared point", "  from b", "from a")
}

func TestTheSameBulletChangedOnBothKeepsBothTexts(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "runbooks rot", "next") })
	r.sync(t, a)
	r.sync(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { o.InsertText(0, len("runbooks rot"), " in a year") })
	b.edit(t, "Runbooks", func(o *outline.Outline) { o.InsertText(0, 0, "all ") })
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	wantTexts(t, a, "Runbooks", "all runbooks rot", "!runbooks rot in a year", "next")
}

func TestDeleteAgainstChangeKeepsTheChange(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Paging", func(o *outline.Outline) {
		appendAll(o, "parent", "gone", "stays")
		o.Indent(1)
	})
	r.sync(t, a)
	r.sync(t, b)
	// a deletes the parent with its child and one more; b adds a child
	// under the parent and changes "stays".
	a.edit(t, "Paging", func(o *outline.Outline) {
		o.DeleteSubtree(0)
		o.DeleteSubtree(0)
	})
	b.edit(t, "Paging", func(o *outline.Outline) {
		i := o.Split(1, len("gone"))
		o.InsertText(i, 0, "added by b")
		o.InsertText(3, len("stays"), "!")
	})
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	wantTexts(t, a, "Paging", "parent", "  added by b", "stays!")
}

func TestAThirdNotebookJoiningLaterGetsEverything(t *testing.T) {
	r := &remote{}
	a, b, c := openLaptop(t, "a"), openLaptop(t, "b"), openLaptop(t, "c")
	importConference(t, a)
	a.edit(t, "Terraform", func(o *outline.Outline) { appendAll(o, "state files") })
	r.sync(t, a)
	importConference(t, b)
	b.edit(t, "Toil", func(o *outline.Outline) { appendAll(o, "toil budget") })
	r.sync(t, b)
	r.sync(t, c) // an empty notebook
	sameNotebooks(t, b, c)
	wantTexts(t, c, "Terraform", "state files")
	wantTexts(t, c, "Toil", "toil budget")
}

func TestSyncOfNothingNewGivesTheSameFiles(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "one") })
	b.edit(t, "Paging", func(o *outline.Outline) { appendAll(o, "two") })
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	for _, l := range []*laptop{a, b} {
		before, err := l.book.Files()
		if err != nil {
			t.Fatal(err)
		}
		r.sync(t, l)
		after, err := l.book.Files()
		if err != nil {
			t.Fatal(err)
		}
		if !sameFiles(before, after) || !sameFiles(after, r.latest) {
			t.Errorf("%s: a sync of nothing new changed the form:\n%s", l.name, diffFiles(before, after))
		}
	}
}
