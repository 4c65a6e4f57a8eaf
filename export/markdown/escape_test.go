package markdown

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

func TestEscapeTextLeavesPlainTextAndURLsAsTyped(t *testing.T) {
	// What people type most must survive byte for byte, or the Markdown
	// source of the blog post becomes a thicket of backslashes.
	for _, s := range []string{
		"pages should be actionable, or not exist (really).",
		"p99 < SLO? no: p99 > SLO!", // only "<" needs a backslash: checked below
		"https://example.com/talks/alerts_that_mean_something?v=2&lang=en",
		"see https://en.example.org/wiki/Fog_computing#History, then (https://example.com/a_(b)).",
		"http://example.com/~ada/notes",
		"café 東京 → 42ms 3× #tag @handle",
		"1 2 3", "2025 was the year",
	} {
		want := strings.ReplaceAll(s, "<", `\<`)
		if got := escapeText(s); got != want {
			t.Errorf("escapeText(%q) = %q, want it as typed", s, got)
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# not a heading", `\# not a heading`},
		{"1. not a list", `1\. not a list`},
		{"12) nor this", `12\) nor this`},
		{"> no quote", `\> no quote`},
		{"- no bullet", `\- no bullet`},
		{"+1", `\+1`},
		{"= no underline", `\= no underline`},
		{"*stars* _under_ `code`", "\\*stars\\* \\_under\\_ \\`code\\`"},
		{"<b>tag</b>", `\<b>tag\</b>`},
		{`a\b`, `a\\b`},
		{"[x](y)", `\[x\](y)`},
		{"&amp;", `\&amp;`},
		{"~~struck~~", `\~\~struck\~\~`},
		{"  padded\tand\nbroken  ", "padded and broken"},
		{"bell\a", "bell"},
		// URLs: only what would pair up into markup is escaped.
		{"https://example.com/?a=1&amp;b=2", `https://example.com/?a=1\&amp;b=2`},
		{"https://example.com/_a_/b", `https://example.com/\_a\_/b`},
		{"https://example.com/_a/b", `https://example.com/_a/b`},
		{"https://example.com/~a/~b", `https://example.com/\~a/\~b`},
		{"https://example.com/a*b", `https://example.com/a\*b`},
		{"see https://example.com/x_.", `see https://example.com/x\_.`},
		{"xhttps://example.com/_a_", `xhttps://example.com/\_a\_`},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeHeadingKeepsTrailingHashes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We're #", `We're \#`},
		{"Number ##", `Number \##`},
		{"C#", "C#"},
		{"#", `\#`},
		{"Title #1", "Title #1"},
	}
	for _, tt := range tests {
		if got := escapeHeading(tt.in); got != tt.want {
			t.Errorf("escapeHeading(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzEscape checks that any text, escaped, reads back as itself in a
// paragraph and in a heading, under CommonMark and under GFM.
//
// Texts with control characters (tabs and line breaks included) or with
// leading or trailing whitespace are skipped: Markdown cannot keep them (a
// paragraph's ends are trimmed, a line break ends a bullet), so escapeText
// cleans them away on purpose and TestEscapeText covers that. Invalid UTF-8
// is skipped too: bullets are typed text.
func FuzzEscape(f *testing.F) {
	for _, s := range awkward {
		f.Add(s)
	}
	for _, s := range []string{
		"https://example.com/_a_/b", "(https://example.com/x_(y)_)", "https://example.com/a~b~c",
		"https://example.com/?q=&amp;", "https://x.example/a_ b_", "a_https://x.example/_b",
		"1) x", "***", "- - -", "__init__", "x <!-- y -->", "&#35; &#x23;", "|a|b|", "[ ] task",
		"[a](https://x.example/(b)c)", "![l](https://x.example)", "[l](https://x.example/&amp;)",
		"[a_b](https://x.example) and https://y.example/_c_", "[[x](https://x.example)]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || !utf8.ValidString(s) || strings.TrimSpace(s) != s || strings.IndexFunc(s, unicode.IsControl) >= 0 {
			t.Skip()
		}
		paragraph := escapeText(s)
		heading := "### " + escapeHeading(s)
		for _, r := range renderers {
			checkReadsBack(t, r, paragraph, ast.KindParagraph, s)
			checkReadsBack(t, r, heading, ast.KindHeading, s)
		}
	})
}

// checkReadsBack parses source and checks that it is one block of the
// given kind showing exactly want.
func checkReadsBack(t *testing.T, r renderer, source string, kind ast.NodeKind, want string) {
	t.Helper()
	src := []byte(source)
	doc := r.md.Parser().Parse(text.NewReader(src))
	block := doc.FirstChild()
	if block == nil || block.NextSibling() != nil || block.Kind() != kind {
		t.Fatalf("%s: %q is not one %s", r.name, source, kind)
	}
	got, err := inlineText(block, src)
	if err != nil {
		t.Fatalf("%s: %q: %v", r.name, source, err)
	}
	if got != want {
		t.Fatalf("%s: %q reads as %q, want %q", r.name, source, got, want)
	}
}
