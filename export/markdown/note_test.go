package markdown

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"lanyard/export/inline"
	"lanyard/export/internal/notestest"
	"lanyard/store/outline"
)

// rendered describes inline content as a reader sees it: text as shown,
// and <code>, <em>, <strong>, <a href=…> and <auto …> around what is
// marked up. A URL a renderer linked by itself counts as its text, so
// that CommonMark and GFM read a bare URL alike.
func rendered(n ast.Node, src []byte) (string, error) {
	at := 0
	return renderedFrom(n, src, &at)
}

// renderedFrom is rendered with at, how far into src the nodes read so
// far reach: an autolink's label is looked for from there, to tell
// "<url>" from a bare URL GFM linked.
func renderedFrom(n ast.Node, src []byte, at *int) (string, error) {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.SoftLineBreak() || c.HardLineBreak() {
				return "", fmt.Errorf("line break after %q", c.Value(src))
			}
			b.WriteString(decodeText(c.Value(src)))
			*at = c.Segment.Stop
		case *ast.CodeSpan:
			b.WriteString("<code>")
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				b.Write(t.(*ast.Text).Value(src))
			}
			b.WriteString("</code>")
		case *ast.Emphasis:
			tag := map[int]string{1: "em", 2: "strong"}[c.Level]
			inner, err := renderedFrom(c, src, at)
			if err != nil {
				return "", err
			}
			b.WriteString("<" + tag + ">" + inner + "</" + tag + ">")
		case *ast.Link:
			inner, err := renderedFrom(c, src, at)
			if err != nil || len(c.Title) > 0 {
				return "", fmt.Errorf("link %q: %v, title %q", inner, err, c.Title)
			}
			b.WriteString("<a href=" + decodeText(c.Destination) + ">" + inner + "</a>")
		case *ast.AutoLink:
			label := c.Label(src)
			i := *at + bytes.Index(src[*at:], label)
			*at = i + len(label)
			if i > 0 && src[i-1] == '<' {
				b.WriteString("<auto " + string(label) + ">")
			} else {
				b.WriteString(string(label)) // a URL GFM linked by itself
			}
		default:
			return "", fmt.Errorf("markup %s after %q", c.Kind(), b.String())
		}
	}
	return b.String(), nil
}

// expected is what rendered should give for s written with spans kept.
func expected(s string, spans []inline.Span) string {
	var b strings.Builder
	var write func(from, to int, spans []inline.Span) []inline.Span
	write = func(from, to int, spans []inline.Span) []inline.Span {
		at := from
		for len(spans) > 0 && spans[0].Start < to {
			sp := spans[0]
			spans = spans[1:]
			b.WriteString(s[at:sp.Start])
			at = sp.End
			switch sp.Kind {
			case inline.Code:
				b.WriteString("<code>" + codeContent(s[sp.Open:sp.Close]) + "</code>")
			case inline.Emphasis, inline.Strong:
				tag := map[inline.Kind]string{inline.Emphasis: "em", inline.Strong: "strong"}[sp.Kind]
				b.WriteString("<" + tag + ">")
				spans = write(sp.Open, sp.Close, spans)
				b.WriteString("</" + tag + ">")
			case inline.Link:
				b.WriteString("<a href=" + s[sp.Close+2:sp.End-1] + ">")
				spans = write(sp.Open, sp.Close, spans)
				b.WriteString("</a>")
			case inline.Autolink:
				b.WriteString("<auto " + s[sp.Open:sp.Close] + ">")
			case inline.URL:
				b.WriteString(s[sp.Start:sp.End])
			}
		}
		b.WriteString(s[at:to])
		return spans
	}
	write(0, len(s), spans)
	return b.String()
}

// codeContent is a code span's content as CommonMark shows it: one space
// off each end when both ends have one and it is not all spaces.
func codeContent(c string) string {
	if len(c) >= 2 && c[0] == ' ' && c[len(c)-1] == ' ' && strings.Trim(c, " ") != "" {
		return c[1 : len(c)-1]
	}
	return c
}

// checkNote writes s as a bullet of kind k, parses it, and checks that
// the list holds one item that reads as s with exactly inline.Scan's
// spans, and that Read's unescaping gives s back.
func checkNote(t *testing.T, r renderer, s string, k outline.Kind) {
	t.Helper()
	out := escapeNote(s, k, false)
	spans := inline.Scan(s, placeOf(k))
	source := "- " + itemText(k, out) + "\n"
	src := []byte(source)
	doc := r.md.Parser().Parse(text.NewReader(src))
	list := doc.FirstChild()
	if list == nil || list.NextSibling() != nil || list.Kind() != ast.KindList || list.ChildCount() != 1 {
		t.Fatalf("%s: %q is not one list item", r.name, source)
	}
	para := list.FirstChild().FirstChild()
	if k == outline.KindQuote && para != nil && para.Kind() == ast.KindBlockquote {
		para = para.FirstChild()
	}
	if para == nil || para.NextSibling() != nil {
		t.Fatalf("%s: %q is not one paragraph", r.name, source)
	}
	if k == outline.KindStar {
		em, ok := para.FirstChild().(*ast.Emphasis)
		if para.ChildCount() != 1 || !ok || em.Level != 2 {
			t.Fatalf("%s: takeaway %q is not wholly strong", r.name, source)
		}
		para = em
	}
	got, err := rendered(para, src)
	if err != nil {
		t.Fatalf("%s: %q: %v", r.name, source, err)
	}
	if want := expected(s, spans); got != want {
		t.Fatalf("%s: %q reads as\n%q, want\n%q", r.name, source, got, want)
	}
	if back := unescapeText(out); back != s {
		t.Fatalf("%q written as %q reads back as %q", s, out, back)
	}
}

func TestNotesKeepInlineMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"use `kubectl get -A` here", "use `kubectl get -A` here"},
		{"*really* and _truly_, **bold**", "*really* and _truly_, **bold**"},
		{"see [slides](https://example.com/s) or <https://example.com/v>", "see [slides](https://example.com/s) or <https://example.com/v>"},
		{"mail [us](mailto:ops@example.com)", "mail [us](mailto:ops@example.com)"},
		{"[x](javascript:alert(1))", `\[x\](javascript:alert(1))`},
		{"<javascript:alert(1)>", `\<javascript:alert(1)>`},
		{"`C:\\temp` and a \\", "`C:\\temp` and a \\\\"},
		{"*unclosed and `also", `\*unclosed and \` + "`also"},
		{"**a*", `\**a*`},
		{"**whole**", `\*\*whole\*\*`},
		{"<div>x</div> &amp;", `\<div>x\</div> \&amp;`},
		{"# heading? `no`", "\\# heading? `no`"},
		{"1. `code`", "1\\. `code`"},
		{"2*3*4", "2*3*4"},
		{"snake_case_name", `snake\_case\_name`},
		{"https://example.com/_a_ *b*", `https://example.com/_a\_ *b*`},
		{"![img](https://example.com/i.png)", `\![img](https://example.com/i.png)`},
	}
	for _, tt := range tests {
		if got := escapeNote(tt.in, outline.KindPlain, false); got != tt.want {
			t.Errorf("escapeNote(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := escapeNote(tt.in, outline.KindPlain, true); got != escapeText(tt.in) {
			t.Errorf("literal escapeNote(%q) = %q, want %q", tt.in, got, escapeText(tt.in))
		}
		for _, r := range renderers {
			checkNote(t, r, tt.in, outline.KindPlain)
		}
	}
}

func TestTakeawaysKeepTheirStrongWhole(t *testing.T) {
	for _, s := range []string{"*a* b", "a *b*", "*a*", "**a**", "]**##2)**+", "_a_ and *b*", "`x` **y**", "***", "a __b__ c"} {
		for _, r := range renderers {
			checkNote(t, r, s, outline.KindStar)
		}
	}
}

// FuzzNote writes any text as a bullet of each kind and checks that a
// renderer reads exactly the inline Markdown inline.Scan keeps, the rest
// as typed, in one list item; and that Read gives the text back.
func FuzzNote(f *testing.F) {
	for _, s := range awkward {
		f.Add(s)
	}
	for _, s := range []string{
		"*a **b** c*", "***a***", "**a*b**", "_a_b_", "__a__b", "*a*b*c*", "`a``b`", "``a`b``", "` `` `",
		"[*a*](https://x.example/(b))", "[`]`](https://x.example)", "[a](https://x.example)*b*", "*[a*](https://x.example)",
		"<https://x.example/*a*>", "*<https://x.example>*", "https://x.example/`a` `b`", "www.x.example/_a_",
		"*https://x.example/a_b*", "(https://x.example/_a_)*", "[https://x.example/_a_](https://y.example)",
		"x <mailto:a@b.example> y", "a * b * c", "*foo**bar*", "**foo*bar***", "_(a)_", "*(*a*)*",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || !utf8.ValidString(s) || strings.TrimSpace(s) != s || strings.IndexFunc(s, unicode.IsControl) >= 0 {
			t.Skip()
		}
		for _, r := range renderers {
			for _, k := range []outline.Kind{outline.KindPlain, outline.KindStar, outline.KindQuote} {
				checkNote(t, r, s, k)
			}
		}
	})
}

// Random notes of every kind, made of what Markdown could mistake for
// markup, read as exactly what inline.Scan keeps.
func TestRandomNotesReadAsScanned(t *testing.T) {
	for seed := range uint64(300) {
		clip := notestest.Clip(rand.New(rand.NewPCG(seed, 3)), 20, notestest.Options{})
		for _, b := range clip {
			k := b.Kind
			if k != outline.KindStar && k != outline.KindQuote {
				k = outline.KindPlain // the same text after its own marker
			}
			for _, r := range renderers {
				checkNote(t, r, b.Text, k)
			}
		}
	}
}
