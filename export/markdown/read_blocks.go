package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// clipBuilder appends bullets to a clip, keeping it a valid outline: the
// first bullet at depth 0 and none more than one level deeper than the
// one before, whatever nesting the document had, and none deeper than
// notesdoc.MaxDepth levels.
type clipBuilder struct {
	clip outline.Clip
	// flattened counts the bullets kept at the deepest level.
	flattened int
}

func (c *clipBuilder) push(depth int, text string, kind outline.Kind) {
	limit := 0
	if len(c.clip) > 0 {
		limit = c.clip[len(c.clip)-1].Depth + 1
	}
	depth = min(depth, limit)
	if kept := notesdoc.Bound(depth); kept != depth {
		depth = kept
		c.flattened++
	}
	c.clip = append(c.clip, outline.Bullet{Depth: depth, Text: text, Kind: kind})
}

// block adds the bullets of one block at depth.
func (c *clipBuilder) block(n ast.Node, depth int, src []byte) {
	switch n := n.(type) {
	case *ast.List:
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			c.item(item, depth, n.IsOrdered(), src)
		}
	case *ast.Blockquote:
		c.quote(n, depth, src)
	case *ast.Paragraph, *ast.TextBlock:
		text, kind := itemBullet(n, false, false, src)
		c.push(depth, text, kind)
	case *ast.Heading:
		c.push(depth, blockText(n, src), outline.KindPlain)
	case *ast.ThematicBreak:
	default:
		// Code, HTML and whatever else: a bullet per line, as typed.
		for _, line := range strings.Split(rawLines(n, src), "\n") {
			if line = cleanRead(line); line != "" {
				c.push(depth, line, outline.KindPlain)
			}
		}
	}
}

// item adds a list item: its first block is the bullet, the rest nest
// under it.
func (c *clipBuilder) item(item ast.Node, depth int, ordered bool, src []byte) {
	first := item.FirstChild()
	rest := first
	switch first.(type) {
	case nil:
		c.push(depth, "", listKind(ordered))
	case *ast.Paragraph, *ast.TextBlock:
		text, kind := itemBullet(first, true, ordered, src)
		c.push(depth, text, kind)
		rest = first.NextSibling()
	case *ast.Blockquote:
		// "- > quote" with what follows nested under the quote: the form
		// a quote with children is written in.
		c.quote(first, depth, src)
		rest = first.NextSibling()
	default:
		c.push(depth, "", listKind(ordered)) // "- - x": an empty bullet over a list
	}
	for n := rest; n != nil; n = n.NextSibling() {
		c.block(n, depth+1, src)
	}
}

// quote adds a block quote: each paragraph a quote bullet, anything else
// nested under the quote before it.
func (c *clipBuilder) quote(q ast.Node, depth int, src []byte) {
	for n := q.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.Kind() {
		case ast.KindParagraph, ast.KindTextBlock:
			text, _ := itemBullet(n, false, false, src)
			c.push(depth, text, outline.KindQuote)
		default:
			c.block(n, depth+1, src)
		}
	}
}

func listKind(ordered bool) outline.Kind {
	if ordered {
		return outline.KindNumbered
	}
	return outline.KindPlain
}

// itemBullet returns the text and kind of a paragraph that is a bullet:
// a takeaway when it is wholly in strong emphasis, a to-do or done one
// when a list item starts with [ ] or [x], numbered in an ordered list.
func itemBullet(p ast.Node, listed, ordered bool, src []byte) (string, outline.Kind) {
	raw := rawText(p, src)
	if p.ChildCount() == 1 {
		if em, ok := p.FirstChild().(*ast.Emphasis); ok && em.Level == 2 {
			return unwrap(raw, 2), outline.KindStar
		}
	}
	if listed {
		switch {
		case raw == "[ ]" || strings.HasPrefix(raw, "[ ] "):
			return unescapeText(raw[3:]), outline.KindTodo
		case raw == "[x]" || raw == "[X]" || strings.HasPrefix(raw, "[x] ") || strings.HasPrefix(raw, "[X] "):
			return unescapeText(raw[3:]), outline.KindDone
		}
	}
	return unescapeText(raw), listKind(ordered)
}

// blockText returns a paragraph's or heading's text, unescaped.
func blockText(n ast.Node, src []byte) string {
	return unescapeText(rawText(n, src))
}

// rawText returns a block's source with its lines joined by spaces: the
// text as typed, escapes and all.
func rawText(n ast.Node, src []byte) string {
	lines := strings.Split(rawLines(n, src), "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = strings.Trim(l, " \t\r"); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, " ")
}

// rawLines returns a block's lines of source, without the markers of the
// containers it is in.
func rawLines(n ast.Node, src []byte) string {
	lines := n.Lines()
	if lines == nil {
		return ""
	}
	var b strings.Builder
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	return strings.TrimRight(b.String(), "\n")
}

// unwrap removes n delimiter characters from each end of s and unescapes
// what is left: the text inside an emphasis that is a whole paragraph.
func unwrap(s string, n int) string {
	if len(s) < 2*n {
		return ""
	}
	return unescapeText(s[n : len(s)-n])
}
