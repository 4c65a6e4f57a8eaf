package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"lanyard/store"
	doc "lanyard/store/outline"
)

func TestImportNotesAppendsTheTreeAfterWhatIsThere(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Pagers, Sleep and You")
	saveNotes(t, db, talk, bullet{0, "typed live"})
	notes := writeFile(t, "later.md", "# Pagers\n\n- on-call load\n  - 40 pages a week\n    1. cut alerts\n    2. page on symptoms\n- [ ] try a pager diary\n> sleep is a feature\n")
	out := mustLanyard(t, db, "import", "notes", notes, "--talk", fmt.Sprint(talk))
	if !strings.Contains(out, "Added 7 bullets") {
		t.Errorf("summary = %q", out)
	}
	want := []string{
		"typed live",
		"Pagers",
		"  on-call load",
		"    40 pages a week",
		"      cut alerts",
		"      page on symptoms",
		"  try a pager diary",
		"  sleep is a feature",
	}
	if got := notesOf(t, db, talk); !slices.Equal(got, want) {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]doc.Kind{}
		for i := range o.Len() {
			kinds[o.At(i).Text] = o.At(i).Kind
		}
		for text, want := range map[string]doc.Kind{"cut alerts": doc.KindNumbered, "try a pager diary": doc.KindTodo, "sleep is a feature": doc.KindQuote} {
			if kinds[text] != want {
				t.Errorf("%q has kind %v, want %v", text, kinds[text], want)
			}
		}
	})
}

func TestImportNotesRefusesBadInputAndChangesNothing(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Pagers, Sleep and You")
	saveNotes(t, db, talk, bullet{0, "kept"})
	empty := writeFile(t, "empty.txt", "\n\n")
	if msg := mustFail(t, db, "import", "notes", empty, "--talk", fmt.Sprint(talk)); !strings.Contains(msg, "empty.txt") {
		t.Errorf("error for an empty file = %q; want it to name the file", msg)
	}
	notes := writeFile(t, "n.txt", "- a\n")
	if msg := mustFail(t, db, "import", "notes", notes, "--talk", "99999"); !strings.Contains(msg, "99999") {
		t.Errorf("error for an unknown talk = %q", msg)
	}
	if msg := mustFail(t, db, "import", "notes", notes, "--talk", "pagers"); !strings.Contains(msg, "lanyard talks") {
		t.Errorf("error for a talk that is not an ID = %q", msg)
	}
	if got := notesOf(t, db, talk); !slices.Equal(got, []string{"kept"}) {
		t.Errorf("failed imports changed the notes: %q", got)
	}
}

func TestImportNotesSaysWhenBulletsWereTooDeep(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Pagers, Sleep and You")
	var deep strings.Builder
	for d := range 130 {
		fmt.Fprintf(&deep, "%s- level %d\n", strings.Repeat("  ", d), d+1)
	}
	notes := writeFile(t, "deep.txt", deep.String())
	out := mustLanyard(t, db, "import", "notes", notes, "--talk", fmt.Sprint(talk))
	if !strings.Contains(out, "Added 130 bullets") || !strings.Contains(out, "30 bullets were nested deeper than 100 levels") {
		t.Errorf("summary = %q, want it to count the 30 bullets kept at level 100", out)
	}
	got := notesOf(t, db, talk)
	if last := got[len(got)-1]; last != strings.Repeat("  ", 99)+"level 130" {
		t.Errorf("the deepest bullet came in as %q, want it at level 100 with its text", last)
	}
}
