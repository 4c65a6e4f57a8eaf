package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// HTML typed into notes, or in a schedule, is text: an export must show it
// as written, never hand it to a blog's Markdown renderer or an outliner
// as markup. A post built from notes that quote a talk about XSS must not
// run the talk's example on the blog.

// hostileHTML is HTML that would run or load something if it were markup.
var hostileHTML = []string{
	"<script>alert(1)</script>",
	`<img src=x onerror="alert(2)">`,
	`<a href="javascript:alert(3)">click</a>`,
	"<!-- a comment --><iframe src=//example.invalid></iframe>",
}

// htmlNotebook is a notebook with one talk whose title, speaker, room and
// notes (of every kind a post gathers apart: takeaways, to-dos, quotes)
// carry HTML, written straight into the store as a hand-edited or older
// notebook could hold it.
func htmlNotebook(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	loc, err := time.LoadLocation("Europe/Lisbon")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 3, 10, 0, 0, 0, loc)
	withNotebook(t, db, func(nb *store.Notebook) {
		ev, err := nb.CreateEvent(sched.Event{Name: "Web <b>Days</b>", TZ: "Europe/Lisbon", Days: []sched.Day{{
			Date: "2026-03-03", Talks: []sched.Talk{{Title: "XSS <script>alert(0)</script> for fun", Kind: sched.KindTalk,
				Start: start, End: start.Add(30 * time.Minute), Speakers: []string{"Eve <img src=x onerror=alert(5)>"},
				Room: "<i>Hall</i> B", Track: "<u>Security</u>"}},
		}}})
		if err != nil {
			t.Fatal(err)
		}
		o := doc.New()
		kinds := []doc.Kind{doc.KindPlain, doc.KindStar, doc.KindTodo, doc.KindQuote}
		for i, h := range hostileHTML {
			row := o.Append("example " + h + " as the speaker showed it")
			o.SetKind(row, kinds[i%len(kinds)])
		}
		if err := nb.SaveOutline(ev.Days[0].Talks[0].ID, o.TakeChanges()); err != nil {
			t.Fatal(err)
		}
	})
	return db
}

// rawHTMLIn returns the raw HTML a CommonMark renderer finds in md: what a
// blog engine with HTML allowed (Hugo's unsafe, pandoc) would pass through.
func rawHTMLIn(t *testing.T, md string) []string {
	t.Helper()
	src := []byte(md)
	root := goldmark.New().Parser().Parse(text.NewReader(src))
	var found []string
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				s := n.Segments.At(i)
				found = append(found, string(s.Value(src)))
			}
		case *ast.HTMLBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				line := n.Lines().At(i)
				found = append(found, string(line.Value(src)))
			}
		case *ast.AutoLink:
			if strings.HasPrefix(strings.ToLower(string(n.URL(src))), "javascript:") {
				found = append(found, string(n.URL(src)))
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// checkMarkdownHasNoHTML fails the test if the body of md (after any
// front matter, which blog engines take off before rendering) holds HTML
// a renderer would pass through, or one of the hostile strings as written
// with no backslash before it.
func checkMarkdownHasNoHTML(t *testing.T, name, md string) {
	t.Helper()
	body := withoutFrontMatter(md)
	if raw := rawHTMLIn(t, body); len(raw) > 0 {
		t.Errorf("%s: a Markdown renderer reads HTML in the export: %q\n%s", name, raw, md)
	}
	for _, h := range hostileHTML {
		for i := strings.Index(body, h); i >= 0; i = indexFrom(body, h, i+1) {
			if i == 0 || body[i-1] != '\\' {
				t.Errorf("%s: the export holds %q as written", name, h)
				break
			}
		}
	}
	if !strings.Contains(body, "alert(1)") {
		t.Errorf("%s: the note's text is gone from the export, not escaped:\n%s", name, md)
	}
}

// indexFrom is strings.Index of sub in s from byte from on, -1 if none.
func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

// withoutFrontMatter returns md without a leading YAML front matter block.
func withoutFrontMatter(md string) string {
	if !strings.HasPrefix(md, "---\n") {
		return md
	}
	if end := strings.Index(md[4:], "\n---\n"); end >= 0 {
		return md[4+end+5:]
	}
	return md
}

func TestHTMLInNotesIsEscapedInTheMarkdownExport(t *testing.T) {
	db := htmlNotebook(t)
	checkMarkdownHasNoHTML(t, "export", mustLanyard(t, db, "export"))
	checkMarkdownHasNoHTML(t, "export --front-matter", mustLanyard(t, db, "export", "--front-matter"))

	dir := filepath.Join(t.TempDir(), "posts")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	mustLanyard(t, db, "export", "--dir", dir)
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("export --dir wrote no post into %s (%v)", dir, err)
	}
	for _, f := range files {
		md, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkMarkdownHasNoHTML(t, "export --dir "+filepath.Base(f), string(md))
	}
}

func TestHTMLInNotesIsEscapedInTheOPMLExport(t *testing.T) {
	db := htmlNotebook(t)
	out := mustLanyard(t, db, "export", "--format", "opml")
	for _, h := range append(hostileHTML, "<script>alert(0)</script>", "<img src=x onerror=alert(5)>", "<b>", "<i>") {
		if strings.Contains(out, h) {
			t.Errorf("the OPML holds %q unescaped:\n%s", h, out)
		}
	}
	// Escaped, not dropped: an XML reader gets the notes' text back whole.
	texts := opmlTexts(t, out)
	for _, h := range hostileHTML {
		found := false
		for _, text := range texts {
			found = found || strings.Contains(text, h)
		}
		if !found {
			t.Errorf("no outline's text holds %q once the XML is read; texts: %q", h, texts)
		}
	}
}

// opmlTexts returns the text attribute of every outline element.
func opmlTexts(t *testing.T, opml string) []string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(opml))
	var texts []string
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				return texts
			}
			t.Fatalf("the OPML is not well-formed XML: %v\n%s", err, opml)
		}
		if el, ok := tok.(xml.StartElement); ok && el.Name.Local == "outline" {
			for _, a := range el.Attr {
				if a.Name.Local == "text" {
					texts = append(texts, a.Value)
				}
			}
		}
	}
}
