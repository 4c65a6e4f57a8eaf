// Package notestest makes random outlines for the round-trip property tests
// of the notes formats, and compares what came back with what went out.
package notestest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"lanyard/store/outline"
)

// pieces are what random bullet texts are made of: words, and everything a
// notes format could mistake for its own syntax. Markdown: headings, list
// and quote markers, ordered markers, emphasis, code, links, autolinks,
// HTML, entities, escapes, checkboxes, tables, thematic breaks. OPML/XML:
// markup, entities, quotes. Plus wide and combining characters.
var pieces = []string{
	"latency", "p99", "runbook", "canary", "the", "of", "we", "deploy", "on", "fridays",
	"#", "##", "# not a heading", "#tag", "1.", "2)", "10.", "-", "--", "---", "+", "*", "**", "_", "__",
	">", "> not a quote", "`", "``", "`code`", "<", "<b>", "</b>", "<https://example.com>", "&", "&amp;",
	"&#42;", "&copy", "\\", "\\*", "[", "]", "[ ]", "[x]", "[link](https://example.com/a_b)", "![img](x.png)",
	"(", ")", "|", "||", "~", "~~", "=", "===", "!", "\"", "'", "https://example.com/talks?id=1&lang=en",
	"http://example.org/a_b_c", "https://example.com/(paren)", "foo_bar_baz", "snake_case", "*emph*", "a*b",
	"café", "naïve", "東京", "🎉", "e\u0301", "→", "★", "☐", "•", "◦", "<!-- c -->", "]]>", "{{.Title}}",
	"1. 2. 3.", "2026-11-23", "10:30", "C#", "x<y", "a>b", "--->", "\u00a0",
	// Inline Markdown a post keeps, whole and broken: code, emphasis,
	// strong, links and autolinks, and their markers unpaired, nested,
	// glued to URLs, or around HTML.
	"`kubectl get -A`", "`a\\b`", "``x`y``", "`unclosed", "*a", "a*", "**a", "**bold**", "__b__", "_em_",
	"***both***", "*a **b** c*", "[*l*](https://example.com/x)", "[`]`](https://example.com/y)", "[x](mailto:a@b.example)",
	"[js](javascript:alert(1))", "<mailto:a@b.example>", "<https://example.com/a_b>", "<javascript:x>", "www.example.com/_a_",
	"<div>", "</div>", "<script>x</script>", "&lt;", "&#x2a;", "[x]: https://example.com", "| a | b |",
}

// Options says which texts Clip may produce.
type Options struct {
	// Raw allows what only a lossless format keeps: empty bullets,
	// leading and trailing spaces, and runs of spaces.
	Raw bool
}

// Clip returns a random outline of up to n bullets, each at most one level
// deeper than the one before, of random kinds, in the shape of a valid
// outline (the first bullet at depth 0).
func Clip(rng *rand.Rand, n int, opts Options) outline.Clip {
	count := 1 + rng.IntN(n)
	clip := make(outline.Clip, count)
	depth := 0
	for i := range clip {
		if i > 0 {
			depth = max(0, min(depth+1, depth-rng.IntN(3)+1))
		}
		clip[i] = outline.Bullet{Depth: depth, Text: text(rng, opts), Kind: outline.Kind(rng.IntN(int(outline.KindQuote) + 1))}
	}
	return clip
}

// text returns a random bullet text.
func text(rng *rand.Rand, opts Options) string {
	if opts.Raw && rng.IntN(12) == 0 {
		return strings.Repeat(" ", rng.IntN(2))
	}
	words := make([]string, 1+rng.IntN(6))
	for i := range words {
		words[i] = pieces[rng.IntN(len(pieces))]
	}
	sep := " "
	if rng.IntN(4) == 0 {
		sep = "" // glue pieces together: "a_b", "**x", "<b>y"
	}
	s := strings.Join(words, sep)
	if opts.Raw {
		if rng.IntN(6) == 0 {
			s = " " + s + "  "
		}
		return s
	}
	if s = strings.Join(strings.Fields(s), " "); s == "" {
		s = "blank" // only Raw texts may be empty
	}
	return s
}

// Diff describes the first difference between the clip that went out and
// the one that came back, "" when they are the same tree with the same
// texts and kinds.
func Diff(want, got outline.Clip) string {
	for i := range min(len(want), len(got)) {
		w, g := want[i], got[i]
		if w != g {
			return fmt.Sprintf("bullet %d: got depth %d %s %q, want depth %d %s %q", i, g.Depth, g.Kind, g.Text, w.Depth, w.Kind, w.Text)
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("got %d bullets, want %d", len(got), len(want))
	}
	return ""
}

// Outline builds an outline holding clip, for code that exports outlines.
func Outline(clip outline.Clip) *outline.Outline {
	o := outline.New()
	o.InsertClip(-1, clip)
	o.TakeChanges()
	return o
}
