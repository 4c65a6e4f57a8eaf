package markdown

import (
	"strconv"
	"strings"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// How an outline is written, so that every CommonMark renderer shows the
// tree and Read gives it back bullet for bullet:
//
//	- plain                    a bullet list item
//	1. numbered                an ordered list item, numbered in its run
//	- **takeaway**             a bullet item in strong emphasis
//	- [ ] to do / - [x] done   GFM task list items
//	- > quote                  an item holding a block quote
//	  - child
//
// A quote is always a list item: a bare block quote right after a list
// line is read as part of that line by pandoc, which wants a blank line
// before a quote, and a blank line would make the whole list loose.
// Each item's children are indented to its content column (2 after "- ",
// 3 after "1. ", 4 after "10. "), the one place every renderer nests them.
// No blank line is written inside the list, so it stays tight.

// listWriter writes one outline as Markdown.
type listWriter struct {
	b *strings.Builder
	o *outline.Outline
	// levels[d] describes where the children of the last bullet seen at
	// outline depth d go: the written ancestor they nest under.
	levels []*container
	// literal writes texts with everything escaped (Options.Literal).
	literal bool
}

// container is a place bullets are written into: the top of the notes or
// a written item's content.
type container struct {
	indent int // column of the content
	// run says what the last bullet written here was and counted the
	// number of the last numbered one, so a numbered run keeps counting.
	run     outline.Kind
	counted int
}

// writeList writes o's bullets as nested Markdown lists into b. Empty
// bullets are left out and their children move up to the nearest written
// ancestor, so what is written is still a tree.
func writeList(b *strings.Builder, o *outline.Outline, literal bool) {
	w := listWriter{b: b, o: o, levels: []*container{{}}, literal: literal}
	for i := range o.Len() {
		w.bullet(i)
	}
}

func (w *listWriter) bullet(i int) {
	n := w.o.At(i)
	// The container of a bullet at depth d is levels[d]; levels[d+1] is
	// made when the bullet is written (or inherits levels[d] when empty).
	// The min with len(levels)-1 guards against a malformed outline; the
	// bound keeps the indentation, and so the text written, in proportion
	// to the notes rather than to the square of their depth: a bullet
	// deeper than notesdoc.MaxDepth levels is written at the deepest, as
	// Read would keep it.
	d := min(max(n.Depth, 0), len(w.levels)-1, notesdoc.MaxDepth-1)
	w.levels = w.levels[:d+1]
	parent := w.levels[d]
	kind := n.Kind
	if kind > outline.KindQuote {
		kind = outline.KindPlain // a kind from a newer lanyard
	}
	text := escapeNote(n.Text, kind, w.literal)
	if text == "" {
		// Children of an empty bullet go where it would have gone: they
		// join its siblings' runs.
		w.levels = append(w.levels, parent)
		return
	}
	pad := strings.Repeat(" ", parent.indent)
	marker := w.marker(parent, kind)
	w.line(pad, marker+itemText(kind, text))
	w.levels = append(w.levels, &container{indent: parent.indent + len(marker)})
}

// marker returns the list marker of a bullet of kind k written into c, and
// records it in c's run.
func (w *listWriter) marker(c *container, k outline.Kind) string {
	if k != outline.KindNumbered {
		*c = container{indent: c.indent, run: k}
		return "- "
	}
	number := 1
	if c.run == outline.KindNumbered {
		number = c.counted + 1
	}
	*c = container{indent: c.indent, run: k, counted: number}
	return strconv.Itoa(number) + ". "
}

// itemText is the content of a list item of kind k.
func itemText(k outline.Kind, text string) string {
	switch k {
	case outline.KindStar:
		return "**" + text + "**"
	case outline.KindTodo:
		return "[ ] " + text
	case outline.KindDone:
		return "[x] " + text
	case outline.KindQuote:
		return "> " + text
	}
	return text
}

func (w *listWriter) line(pad, s string) {
	w.b.WriteString(pad)
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}
