package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markupIn lists the inline markup a CommonMark renderer finds in md's
// list items, as "code:…", "em:…", "strong:…" and "link:address".
func markupIn(t *testing.T, md string) []string {
	t.Helper()
	src := []byte(md)
	root := goldmark.New().Parser().Parse(text.NewReader(src))
	var found []string
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || !inList(n) {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan:
			found = append(found, "code:"+inline(n, src))
		case *ast.Emphasis:
			found = append(found, map[int]string{1: "em:", 2: "strong:"}[n.Level]+inline(n, src))
		case *ast.Link:
			found = append(found, "link:"+string(n.Destination))
		case *ast.AutoLink:
			found = append(found, "link:"+string(n.URL(src)))
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// inList reports whether n is inside a list: a bullet of the notes.
func inList(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == ast.KindList {
			return true
		}
	}
	return false
}

// Inline Markdown typed in notes renders as meant in the post; with
// --literal it shows as typed, marks and all; a javascript: link is
// text either way.
func TestExportKeepsInlineMarkdownInNotes(t *testing.T) {
	db, ids := harbourWithNotes(t)
	saveNotes(t, db, ids["Pagers, Sleep and You"],
		bullet{0, "run `kubectl get -A` first"}, bullet{0, "*really* **never** page at 3am"},
		bullet{0, "[runbook](https://example.com/rb) and [click](javascript:alert(1))"}, bullet{0, "*unclosed and `also"})
	md := mustLanyard(t, db, "export", "--no-resources", "--talk", strconv.FormatUint(ids["Pagers, Sleep and You"], 10))
	want := []string{"code:kubectl get -A", "em:really", "strong:never", "link:https://example.com/rb"}
	if got := markupIn(t, md); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the post's markup is %q, want %q:\n%s", got, want, md)
	}
	if !strings.Contains(md, "[click](javascript:alert(1))") && !strings.Contains(md, `\[click\](javascript:alert(1))`) {
		t.Errorf("the javascript link's text is gone:\n%s", md)
	}
	literal := mustLanyard(t, db, "export", "--literal", "--no-resources", "--talk", strconv.FormatUint(ids["Pagers, Sleep and You"], 10))
	if got := markupIn(t, literal); len(got) != 1 || got[0] != "link:https://example.com/rb" {
		t.Errorf("--literal keeps markup %q, want the typed link alone:\n%s", got, literal)
	}
	var html bytes.Buffer
	if err := goldmark.Convert([]byte(literal), &html); err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{"run `kubectl get -A` first", "*really* **never** page at 3am", "*unclosed and `also"} {
		if !strings.Contains(html.String(), typed) {
			t.Errorf("--literal does not show %q as typed:\n%s", typed, html.String())
		}
	}
}
