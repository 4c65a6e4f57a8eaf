package markdown

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// renderer is a Markdown engine configured one way.
type renderer struct {
	name string
	md   goldmark.Markdown
}

// renderers are the two kinds of Markdown engine a blog post meets: plain
// CommonMark, and GitHub's flavour, which links bare URLs and strikes
// through ~text~.
var renderers = []renderer{
	{"CommonMark", goldmark.New()},
	{"GFM", goldmark.New(goldmark.WithExtensions(extension.GFM))},
}

// awkward are bullet texts that Markdown would read as markup if written
// as typed.
var awkward = []string{
	"# not a heading", "1. not a list", "2) nor this", "> no quote", "- not a bullet", "+ nor this",
	"*stars*", "_under_", "`code`", "<b>tag</b>", `a\b`, "[x](y)", "&amp;", "&copy; 2025",
	"= not a setext line", "---", "~~not struck~~", "![no](image.png)", "<https://example.com>",
	"see https://example.com/a_b/c?x=1&y=2 (or https://example.com/_x_/y).",
	"ends with a backslash \\", "#hashtag", "trailing hashes ##", "snake_case_name and 2*3*4",
}

// inlineText returns the text a reader sees for n's inline children, or an
// error naming the first piece of markup found (emphasis, a link, code).
// Bare URLs and addresses that a renderer linked count as their text.
func inlineText(n ast.Node, source []byte) (string, error) {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.SoftLineBreak() || c.HardLineBreak() {
				return "", fmt.Errorf("line break after %q", c.Value(source))
			}
			b.WriteString(decodeText(c.Value(source)))
		case *ast.AutoLink: // a bare URL or e-mail address that GFM linked
			b.Write(c.Label(source))
		case *ast.Link: // a link typed as [label](url), kept as one
			label, err := inlineText(c, source)
			if err != nil || len(c.Title) > 0 {
				return "", fmt.Errorf("link %q: %v, title %q", label, err, c.Title)
			}
			b.WriteString("[" + label + "](" + decodeText(c.Destination) + ")")
		default:
			return "", fmt.Errorf("markup %s around %q", c.Kind(), b.String())
		}
	}
	return b.String(), nil
}

// decodeText resolves backslash escapes and entities in raw Text the way
// goldmark's HTML renderer does, then undoes the HTML escaping.
func decodeText(raw []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	gmhtml.DefaultWriter.Write(w, raw)
	if err := w.Flush(); err != nil {
		panic(err) // a bytes.Buffer does not fail
	}
	return html.UnescapeString(buf.String())
}

// listItem is a list item as a renderer nested it.
type listItem struct {
	depth int
	text  string
}

// renderedItems parses md and returns its list items in document order,
// with their nesting depth (0 for a top-level item).
func renderedItems(t *testing.T, md goldmark.Markdown, source []byte) []listItem {
	t.Helper()
	doc := md.Parser().Parse(text.NewReader(source))
	var items []listItem
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != ast.KindListItem {
			return ast.WalkContinue, nil
		}
		depth := -1
		for p := n.Parent(); p != nil; p = p.Parent() {
			if p.Kind() == ast.KindList {
				depth++
			}
		}
		if n.ChildCount() == 0 {
			return ast.WalkStop, fmt.Errorf("empty list item at depth %d", depth)
		}
		got, err := inlineText(n.FirstChild(), source)
		if err != nil {
			return ast.WalkStop, fmt.Errorf("item at depth %d: %w", depth, err)
		}
		items = append(items, listItem{depth, got})
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// expectedItems returns the list a reader should see for o: every bullet
// with text, at a depth that counts only ancestors with text (empty
// bullets are left out and their children move up).
func expectedItems(o *outline.Outline) []listItem {
	var items []listItem
	for i := range o.Len() {
		n := o.At(i)
		if strings.TrimSpace(n.Text) == "" {
			continue
		}
		depth, want := 0, n.Depth-1
		for j := i - 1; j >= 0 && want >= 0; j-- {
			if a := o.At(j); a.Depth == want {
				if strings.TrimSpace(a.Text) != "" {
					depth++
				}
				want--
			}
		}
		items = append(items, listItem{depth, n.Text})
	}
	return items
}

// deepAwkwardOutline nests the awkward texts six levels deep, back up and
// down again, with empty bullets among them.
func deepAwkwardOutline(t *testing.T) *outline.Outline {
	t.Helper()
	depths := []int{0, 1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 0, 1, 2, 3, 3, 2, 3, 4, 5, 0, 1, 2}
	o := outline.New()
	for i, d := range depths {
		text := awkward[i%len(awkward)]
		if i == 3 || i == 13 {
			text = "" // an empty bullet whose children move up
		}
		row := o.Append(text)
		for range d {
			if !o.Indent(row) {
				t.Fatalf("row %d cannot be indented to depth %d", row, d)
			}
		}
	}
	return o
}

// A literal post shows every bullet exactly as typed, in lists nested as
// the outline is.
func TestListsNestAndShowTextAsTyped(t *testing.T) {
	o := deepAwkwardOutline(t)
	ev := schedule.Event{Name: "E", TZ: "UTC", Days: []schedule.Day{{Date: "2025-01-02", Talks: []schedule.Talk{
		{ID: 1, Title: "T", Kind: schedule.KindTalk},
	}}}}
	out := write(t, ev, notesOf(map[uint64]*outline.Outline{1: o}), Options{NoResources: true, Literal: true})
	want := expectedItems(o)
	if deepest := slices.MaxFunc(want, func(a, b listItem) int { return a.depth - b.depth }); deepest.depth != 5 {
		t.Fatalf("fixture too small: %v", want)
	}
	for _, r := range renderers {
		t.Run(r.name, func(t *testing.T) {
			got := renderedItems(t, r.md, out)
			if len(got) != len(want) {
				t.Fatalf("%d list items, want %d; output:\n%s", len(got), len(want), out)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("item %d: got depth %d %q, want depth %d %q", i, got[i].depth, got[i].text, want[i].depth, want[i].text)
				}
			}
		})
	}
}

func TestHeadingsAndMetaShowTextAsTyped(t *testing.T) {
	tk := schedule.Talk{ID: 1, Kind: schedule.KindTalk, Title: "Why *not* [x](y)? #", Speakers: []string{"A_B", "1. C"}}
	slot := schedule.Talk{ID: 2, Kind: schedule.KindSlot, Title: "<Ignites> & _more_", Room: "Room *7*", Items: []schedule.Talk{tk},
		Start: time.Date(2026, 5, 14, 13, 45, 0, 0, time.UTC), End: time.Date(2026, 5, 14, 14, 15, 0, 0, time.UTC)}
	ev := schedule.Event{Name: "# Conf `26`", TZ: "UTC", Days: []schedule.Day{{Date: "2026-05-14", Talks: []schedule.Talk{slot}}}}
	out := write(t, ev, notesOf(map[uint64]*outline.Outline{2: buildOutline(t, "- the slot's own notes")}), Options{All: true})
	want := []string{
		"# Conf `26`",
		"Thursday 14 May 2026",
		"<Ignites> & _more_",
		"13:45–14:15 · Room *7*",
		"A_B and 1. C – Why *not* [x](y)? #",
		"13:45–14:15 · <Ignites> & _more_ · Room *7*",
	}
	for _, r := range renderers {
		t.Run(r.name, func(t *testing.T) {
			doc := r.md.Parser().Parse(text.NewReader(out))
			var got []string
			for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
				if n.Kind() == ast.KindList {
					continue // lists have their own test
				}
				inline := n
				if n.Kind() == ast.KindParagraph { // the meta line: one emphasis
					if n.ChildCount() != 1 || n.FirstChild().Kind() != ast.KindEmphasis {
						t.Fatalf("meta line is not one emphasis:\n%s", out)
					}
					inline = n.FirstChild()
				}
				s, err := inlineText(inline, out)
				if err != nil {
					t.Fatalf("%v in\n%s", err, out)
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got blocks\n%q\nwant\n%q\nfrom\n%s", got, want, out)
			}
		})
	}
}

func TestBareURLsStayLinkable(t *testing.T) {
	const url = "https://example.com/talks/alerts_that_mean_something?v=2&lang=en#slides"
	src := []byte(escapeText("slides (" + url + "), then lunch"))
	doc := renderers[1].md.Parser().Parse(text.NewReader(src))
	var linked []string
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if link, ok := n.(*ast.AutoLink); ok && entering {
			linked = append(linked, string(link.URL(src)))
		}
		return ast.WalkContinue, nil
	})
	if err != nil || !slices.Equal(linked, []string{url}) {
		t.Errorf("GFM linked %q in %s, want the whole URL", linked, src)
	}
}
