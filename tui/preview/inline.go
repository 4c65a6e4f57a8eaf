package preview

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"lanyard/export/safetext"
)

// inlines appends the inline content of n to spans, drawn in m and the
// looks of the inlines around each piece. Without colour, emphasis and
// code keep their Markdown marks, so that they still show.
func (d *drawer) inlines(n ast.Node, m mark, spans []span) []span {
	plain := d.paint.looks.plain
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(d.src)
			if !c.IsRaw() {
				v = resolve(v)
			}
			spans = appendText(spans, string(v), m)
			switch {
			case c.HardLineBreak():
				spans = append(spans, span{brk: true})
			case c.SoftLineBreak():
				spans = appendText(spans, " ", m)
			}
		case *ast.String:
			v := c.Value
			if !c.IsRaw() {
				v = resolve(v)
			}
			spans = appendText(spans, string(v), m)
		case *ast.CodeSpan:
			spans = d.marked(c, m|markCode, "`", plain, spans)
		case *ast.Emphasis:
			look, marks := markEmphasis, "*"
			if c.Level >= 2 {
				look, marks = markStrong, "**"
			}
			spans = d.marked(c, m|look, marks, plain, spans)
		case *ast.Link:
			spans = d.link(c, string(c.Destination), m, spans)
		case *ast.Image:
			spans = d.link(c, string(c.Destination), m, spans)
		case *ast.AutoLink:
			spans = append(spans, span{text: string(c.URL(d.src)), mark: m | markLink})
		case *ast.RawHTML:
			for i := range c.Segments.Len() {
				seg := c.Segments.At(i)
				spans = appendText(spans, string(seg.Value(d.src)), m)
			}
		default:
			spans = d.inlines(c, m, spans)
		}
	}
	return spans
}

// appendText appends text in a look, to the last span when it has the
// same: goldmark splits text where markup might have started ("[", "*"),
// and an escape sequence split there would no longer be known whole.
func appendText(spans []span, text string, m mark) []span {
	if n := len(spans); n > 0 && !spans[n-1].brk && spans[n-1].mark == m {
		spans[n-1].text += text
		return spans
	}
	return append(spans, span{text: text, mark: m})
}

// marked appends an inline's content in its look, between its Markdown
// marks when there is no colour to show it.
func (d *drawer) marked(n ast.Node, m mark, marks string, plain bool, spans []span) []span {
	if plain {
		spans = append(spans, span{text: marks, mark: m})
	}
	spans = d.inlines(n, m, spans)
	if plain {
		spans = append(spans, span{text: marks, mark: m})
	}
	return spans
}

// link appends a link's label and, after it, where it leads: a terminal
// cannot follow a label, and the address is what a reader copies. A link
// written as its own address shows once.
func (d *drawer) link(n ast.Node, dest string, m mark, spans []span) []span {
	label := d.inlines(n, m|markLink, nil)
	spans = append(spans, label...)
	if dest == "" || spansText(label) == dest {
		return spans
	}
	if len(label) > 0 {
		spans = append(spans, span{text: " ", mark: m})
	}
	return append(spans, span{text: string(resolve([]byte(dest))), mark: m | markLink})
}

func spansText(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.text)
	}
	return b.String()
}

// resolve turns Markdown's backslash escapes and character references
// into the characters they stand for, as an HTML renderer would. The
// result is not clean: "&#27;" is an escape character.
func resolve(v []byte) []byte {
	if !strings.ContainsAny(string(v), `\&`) {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// cleanVerbatim makes a line of a code block safe to draw while keeping
// its runs of spaces: escape sequences, control and invisible characters
// go, as in any text the preview draws.
func cleanVerbatim(line string) string {
	if isPlainASCII(line) {
		return line
	}
	if strings.ContainsRune(line, 0x1b) {
		line = ansi.Strip(line)
	}
	words := strings.Split(line, " ")
	for i, w := range words {
		words[i] = safetext.Line(w)
	}
	return strings.Join(words, " ")
}

// isPlainASCII reports whether s is printable ASCII, which is safe as it
// is.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// cutCells cuts clean text after at most width cells, between grapheme
// clusters. A cluster wider than the width shows as "…".
func cutCells(s string, width int) (head, rest string) {
	if isPlainASCII(s) {
		if len(s) <= width {
			return s, ""
		}
		return s[:width], s[width:]
	}
	var b strings.Builder
	used := 0
	for s != "" {
		cluster, cw := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		shown := cluster
		if cw > width {
			shown, cw = "…", 1
		}
		if used+cw > width {
			break
		}
		b.WriteString(shown)
		used += cw
		s = s[len(cluster):]
	}
	return b.String(), s
}
