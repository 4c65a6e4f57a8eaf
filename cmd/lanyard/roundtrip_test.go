package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"lanyard/store"
	doc "lanyard/store/outline"
)

// kindedNotes gives a talk notes of every kind, with awkward text.
func kindedNotes(t *testing.T, db string, talk uint64) {
	t.Helper()
	saveNotes(t, db, talk,
		bullet{0, "# not a heading, *not* emphasis"}, bullet{1, "roll back in one click"}, bullet{2, "1. not a list"},
		bullet{0, "slides: [deck](https://example.com/deck_(v2))"}, bullet{1, "deploy on fridays"}, bullet{1, "a <b>tag</b> & more"})
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		kinds := []doc.Kind{doc.KindStar, doc.KindNumbered, doc.KindTodo, doc.KindQuote, doc.KindDone, doc.KindPlain}
		for i, k := range kinds {
			o.SetKind(i, k)
		}
		if err := nb.SaveOutline(talk, o.TakeChanges()); err != nil {
			t.Fatal(err)
		}
	})
}

// kindedLines is a talk's outline with each bullet's kind.
func kindedLines(t *testing.T, db string, talk uint64) []string {
	t.Helper()
	var lines []string
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		for i := range o.Len() {
			n := o.At(i)
			lines = append(lines, strings.Repeat("  ", n.Depth)+n.Kind.String()+" "+n.Text)
		}
	})
	return lines
}

// A talk exported and imported into another talk is the same outline,
// through Markdown and through OPML, and through a day's post, whose
// section for that talk is the one taken.
func TestExportThenImportGivesTheSameOutline(t *testing.T) {
	db, ids := harbourWithNotes(t)
	from := ids["Pagers, Sleep and You"]
	kindedNotes(t, db, from)
	want := kindedLines(t, db, from)
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
		into string
	}{
		{"talk.md", []string{"--talk", strconv.FormatUint(from, 10)}, "Postmortems in Five Minutes"},
		{"talk.opml", []string{"--talk", strconv.FormatUint(from, 10)}, "Postmortems in Five Minutes"},
		{"day.md", []string{"--day", "1", "--front-matter"}, "Pagers, Sleep and You"},
		{"day.opml", []string{"--day", "1"}, "Pagers, Sleep and You"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(dir, c.name)
			mustLanyard(t, db, append([]string{"export", "-o", file}, c.args...)...)
			into := talkID(t, db, c.into)
			// The same talk emptied takes its own section of a day's
			// post; another talk takes a one-talk post.
			emptyNotes(t, db, into)
			mustLanyard(t, db, "import", "notes", file, "--talk", strconv.FormatUint(into, 10))
			if got := kindedLines(t, db, into); !slices.Equal(got, want) {
				t.Errorf("after %s:\n%s\nwant:\n%s", c.name, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// emptyNotes deletes every bullet of a talk.
func emptyNotes(t *testing.T, db string, talk uint64) {
	t.Helper()
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		for o.Len() > 0 {
			o.DeleteSubtree(0)
		}
		if err := nb.SaveOutline(talk, o.TakeChanges()); err != nil {
			t.Fatal(err)
		}
	})
}

func TestExportDirWritesAFilePerTalk(t *testing.T) {
	db, _ := harbourWithNotes(t)
	dir := filepath.Join(t.TempDir(), "content", "notes")
	out := mustLanyard(t, db, "export", "--dir", dir)
	if !strings.Contains(out, "Wrote 4 files to "+dir) {
		t.Errorf("summary %q", out)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	var base []string
	for _, n := range names {
		base = append(base, filepath.Base(n))
	}
	wantNames := []string{"2026-03-03-ignites.md", "2026-03-03-shipping-on-fridays.md", "2026-03-03-the-smallest-runbook.md", "2026-03-04-logs-nobody-reads.md"}
	if !slices.Equal(base, wantNames) {
		t.Fatalf("files %q, want %q", base, wantNames)
	}
	post, err := os.ReadFile(filepath.Join(dir, "2026-03-03-shipping-on-fridays.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(post), "---\ntitle: \"Tom Ashby – Shipping on Fridays\"\ndate: 2026-03-03\n") {
		t.Errorf("a --dir file starts with front matter for Hugo and Jekyll:\n%s", post)
	}
	// The runbook is an item: its file has its own notes, not its slot's.
	item, err := os.ReadFile(filepath.Join(dir, "2026-03-03-the-smallest-runbook.md"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(item), "ran ten minutes late") || !strings.Contains(string(item), "one page, no more") {
		t.Errorf("the item's file:\n%s", item)
	}
}

func TestExportTemplateErrorsNameTheFileAndLine(t *testing.T) {
	db, _ := harbourWithNotes(t)
	tmpl := writeFile(t, "mine.tmpl", "# {{.Title}}\n{{range .Days}}\n{{.Nope}}\n{{end}}\n")
	msg := mustFail(t, db, "export", "--template", tmpl)
	if !strings.Contains(msg, "mine.tmpl:3") || !strings.Contains(msg, "Nope") {
		t.Errorf("error %q should name the template, the line and the field", msg)
	}
	bad := writeFile(t, "broken.tmpl", "{{range .Days}\n")
	if msg := mustFail(t, db, "export", "--template", bad); !strings.Contains(msg, "broken.tmpl:1") {
		t.Errorf("error %q should name the line", msg)
	}
	if got := mustLanyard(t, db, "export", "--print-template"); !strings.Contains(got, "{{range .Days}}") {
		t.Errorf("--print-template printed:\n%s", got)
	}
}

func TestImportNotesOntoANewPage(t *testing.T) {
	db := importHarbour(t)
	opml := writeFile(t, "from-workflowy.opml", `<?xml version="1.0"?>
<opml version="2.0"><head><title>Hallway: the tracing folks</title></head><body>
<outline text="they sample 1% of traces"><outline text="100% of errors" _complete="true"/></outline>
<outline text="ask for their collector config"/>
</body></opml>`)
	out := mustLanyard(t, db, "--now", "2026-03-04 15:10", "import", "notes", opml)
	if !strings.Contains(out, `Made the page "Hallway: the tracing folks" on 2026-03-04`) {
		t.Fatalf("summary %q", out)
	}
	page := talkID(t, db, "Hallway: the tracing folks")
	want := []string{"plain they sample 1% of traces", "  done 100% of errors", "plain ask for their collector config"}
	if got := kindedLines(t, db, page); !slices.Equal(got, want) {
		t.Errorf("page:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if list := mustLanyard(t, db, "talks", "--day", "2"); !strings.Contains(list, "15:10") {
		t.Errorf("the page should start at 15:10 on day 2:\n%s", list)
	}
}
