package notesync

import (
	"slices"
	"strings"
	"testing"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

func (l *laptop) event(t testing.TB) schedule.Event {
	t.Helper()
	evs, err := l.nb.Events()
	if err != nil || len(evs) != 1 {
		t.Fatalf("%s: events %v, %v", l.name, evs, err)
	}
	return evs[0]
}

func (l *laptop) talk(t testing.TB, title string) schedule.Talk {
	t.Helper()
	for _, tk := range l.event(t).All() {
		if tk.Title == title {
			return *tk
		}
	}
	t.Fatalf("%s has no talk %q", l.name, title)
	return schedule.Talk{}
}

func TestMarksAndHandAddedTalksMerge(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	r.sync(t, a)
	r.sync(t, b)
	ea, eb := a.event(t), b.event(t)
	must(t, a.nb.SetAttended(ea.ID, a.talkID(t, "Runbooks"), true))
	must(t, b.nb.SetWatchLater(eb.ID, b.talkID(t, "Runbooks"), true))
	must(t, b.nb.SetAttended(eb.ID, b.talkID(t, "Paging"), true))
	page := schedule.Talk{Start: at("2026-05-14 12:40"), Title: "Hallway: pager diaries", Kind: schedule.KindPage, Manual: true}
	_, err := a.nb.AddTalk(ea.ID, "2026-05-14", page)
	must(t, err)
	extra := schedule.Talk{Start: at("2026-05-16 09:00"), End: at("2026-05-16 10:00"), Title: "Workshop", Kind: schedule.KindTalk, Manual: true}
	_, err = b.nb.AddTalk(eb.ID, "2026-05-16", extra)
	must(t, err)
	// Both add the same talk by hand, one marks it: one talk, marked.
	both := schedule.Talk{Start: at("2026-05-15 16:00"), Title: "Drinks", Kind: schedule.KindBreak, Manual: true}
	_, err = a.nb.AddTalk(ea.ID, "2026-05-15", both)
	must(t, err)
	both.Attended = true
	_, err = b.nb.AddTalk(eb.ID, "2026-05-15", both)
	must(t, err)
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	for _, l := range []*laptop{a, b} {
		if rb := l.talk(t, "Runbooks"); !rb.Attended || !rb.WatchLater {
			t.Errorf("%s: Runbooks attended %v, watch later %v; want both, one from each side", l.name, rb.Attended, rb.WatchLater)
		}
		if !l.talk(t, "Paging").Attended {
			t.Errorf("%s: Paging lost its attended mark", l.name)
		}
		if p := l.talk(t, "Hallway: pager diaries"); p.Kind != schedule.KindPage || !p.Manual {
			t.Errorf("%s: the page came as %+v", l.name, p)
		}
		if w := l.talk(t, "Workshop"); !w.End.Equal(at("2026-05-16 10:00")) {
			t.Errorf("%s: the workshop came as %+v", l.name, w)
		}
		if d := l.talk(t, "Drinks"); !d.Attended || len(l.event(t).Days[1].Talks) != 3 {
			t.Errorf("%s: the talk both added came as %+v, in %d talks", l.name, d, len(l.event(t).Days[1].Talks))
		}
		if n := len(l.event(t).Days); n != 3 {
			t.Errorf("%s: %d days, want 3", l.name, n)
		}
	}
	// Unset on one side, untouched on the other: unset.
	must(t, b.nb.SetAttended(b.event(t).ID, b.talkID(t, "Paging"), false))
	r.sync(t, b)
	r.sync(t, a)
	if a.talk(t, "Paging").Attended {
		t.Error("a mark taken off on one side stayed on")
	}
}

func TestATalkDeletedOnOneSideWhoseNotesTheOtherChangedIsKept(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Terraform", func(o *outline.Outline) { appendAll(o, "state") })
	a.edit(t, "Postmortems", func(o *outline.Outline) { appendAll(o, "blameless") })
	r.sync(t, a)
	r.sync(t, b)
	for _, title := range []string{"Terraform", "Postmortems"} {
		_, err := a.nb.DeleteTalk(a.event(t).ID, a.talkID(t, title))
		must(t, err)
	}
	b.edit(t, "Terraform", func(o *outline.Outline) { o.InsertText(0, len("state"), " files") })
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	wantTexts(t, a, "Terraform", "state files")
	for _, tk := range b.event(t).All() {
		if tk.Title == "Postmortems" {
			t.Error("a talk deleted on one side and untouched on the other came back")
		}
	}
}

func TestApplyKeepsWhatWasTypedAfterFiles(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "one", "two") })
	r.sync(t, a)
	r.sync(t, b)
	b.edit(t, "Runbooks", func(o *outline.Outline) { o.InsertText(1, 3, " (b)") })
	must(t, b.nb.SetWatchLater(b.event(t).ID, b.talkID(t, "Paging"), true))
	r.sync(t, b)
	// a takes its form, then the user types on while the merge runs.
	ours, err := a.book.Files()
	must(t, err)
	merged, err := a.book.Merge(a.base, ours, r.latest)
	must(t, err)
	a.edit(t, "Runbooks", func(o *outline.Outline) {
		o.InsertText(0, 3, " more")
		o.SetKind(1, outline.KindStar)
		appendAll(o, "three")
	})
	must(t, a.nb.SetAttended(a.event(t).ID, a.talkID(t, "Paging"), true))
	must(t, a.book.Apply(ours, merged))
	wantTexts(t, a, "Runbooks", "one more", "two (b)", "three")
	o, err := a.nb.LoadOutline(a.talkID(t, "Runbooks"))
	must(t, err)
	if o.At(1).Kind != outline.KindStar {
		t.Error("a kind set after Files was undone by Apply")
	}
	if p := a.talk(t, "Paging"); !p.Attended || !p.WatchLater {
		t.Errorf("Paging attended %v (set after Files), watch later %v (by the merge): want both", p.Attended, p.WatchLater)
	}
	if got := a.book.Changed(); len(got) != 2 || !slices.Contains(got, a.talkID(t, "Runbooks")) || !slices.Contains(got, a.talkID(t, "Paging")) {
		t.Errorf("Changed() = %v, want the talk whose notes the merge changed", got)
	}
}

func TestABadFormIsRefusedWithItsLineAndChangesNothing(t *testing.T) {
	a := openLaptop(t, "a")
	importConference(t, a)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "one") })
	good, err := a.book.Files()
	must(t, err)
	for _, tc := range []struct{ name, from, to, want string }{
		{"bad escape", "plain one", `plain o\qne`, `:5: text: unknown escape \q`},
		{"bad kind", "plain one", "shiny one", `:5: unknown kind "shiny"`},
		{"two levels deeper", "- ", "    - ", ":5: indented more than one level"},
		{"bad time", "start 2026-05-14T09:00:00Z", "start at nine", `:7: start "at nine" is not a time`},
		{"no header", "lanyard notes 1\n", "", ":1: not a file of lanyard's synced form"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := map[string][]byte{}
			replaced := ""
			for p, v := range good {
				s := string(v)
				if replaced == "" && strings.Contains(s, tc.from) {
					s = strings.Replace(s, tc.from, tc.to, 1)
					replaced = p
				}
				bad[p] = []byte(s)
			}
			_, err := a.book.Merge(good, good, bad)
			if err == nil || !strings.Contains(err.Error(), replaced+tc.want) {
				t.Fatalf("merge of a bad form: %v; want %q", err, replaced+tc.want)
			}
			if err := a.book.Apply(good, bad); err == nil {
				t.Fatal("apply of a bad form succeeded")
			}
			after, err := a.book.Files()
			must(t, err)
			if !sameFiles(after, good) {
				t.Fatal("a refused merge changed the notebook")
			}
		})
	}
}

func TestMovesOnBothSidesNeverMakeACycle(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "x", "y") })
	r.sync(t, a)
	r.sync(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { o.Indent(1) }) // y under x
	b.edit(t, "Runbooks", func(o *outline.Outline) {                // x under y
		o.MoveUp(1)
		o.Indent(1)
	})
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	got := a.texts(t, "Runbooks")
	if len(got) != 2 || strings.TrimSpace(got[0]) == strings.TrimSpace(got[1]) {
		t.Fatalf("after two crossing moves: %q", got)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestATalkCorrectedAfterASyncStaysOneTalk(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	r.sync(t, a)
	r.sync(t, b)
	tk := a.talk(t, "Terraform")
	tk.Title = "Terraform at the Edge of Sanity"
	_, err := a.nb.UpdateTalk(a.event(t).ID, "2026-05-15", tk)
	must(t, err)
	b.edit(t, "Terraform", func(o *outline.Outline) { appendAll(o, "plan before apply") })
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	wantTexts(t, b, "Terraform at the Edge of Sanity", "plan before apply")
	if n := len(b.event(t).Days[1].Talks); n != 2 {
		t.Errorf("the corrected talk came as another: %d talks on day 2, want 2", n)
	}
}

func TestApplyKeepsATalkAndABulletTypedInSinceFiles(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "one", "two") })
	a.edit(t, "Paging", func(o *outline.Outline) { appendAll(o, "pages") })
	r.sync(t, a)
	r.sync(t, b)
	b.edit(t, "Runbooks", func(o *outline.Outline) { o.DeleteSubtree(1) })
	_, err := b.nb.DeleteTalk(b.event(t).ID, b.talkID(t, "Paging"))
	must(t, err)
	r.sync(t, b)
	ours, err := a.book.Files()
	must(t, err)
	merged, err := a.book.Merge(a.base, ours, r.latest)
	must(t, err)
	// Typed after Files, into what the merge deletes.
	a.edit(t, "Runbooks", func(o *outline.Outline) { o.InsertText(1, 3, " more") })
	a.edit(t, "Paging", func(o *outline.Outline) { appendAll(o, "typed just now") })
	must(t, a.book.Apply(ours, merged))
	wantTexts(t, a, "Runbooks", "one", "two more")
	wantTexts(t, a, "Paging", "pages", "typed just now")
}
