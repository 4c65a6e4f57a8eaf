package preview

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// The post is drawn by lanyard itself from goldmark's syntax tree: the
// post is lanyard's own Markdown (headings, a meta line, deep bullet
// lists, quotes, links), and drawing it needs neither syntax colouring
// nor HTML cleaning, whose packages cost every start tens of
// milliseconds of initialisation.

// margin is the blank column left of the post, and kept free at its
// right, once the screen is wide enough to spare it.
const (
	margin         = 2
	marginFromWrap = 12
)

// drawMarkdown draws markdown as lines no wider than wrap cells, in looks.
func drawMarkdown(markdown string, wrap int, looks postLooks) []string {
	d := newDrawer(wrap, looks)
	front, body := splitFrontMatter(markdown)
	if front != nil {
		d.frontMatter(front)
	}
	src := []byte(body)
	doc := newParser().Parse(text.NewReader(src))
	d.src = src
	d.blocks(doc, true)
	for len(d.lines) > 0 && d.lines[len(d.lines)-1] == "" {
		d.lines = d.lines[:len(d.lines)-1]
	}
	return d.lines
}

// newParser returns a CommonMark parser, as goldmark.DefaultParser does:
// goldmark's root package would bring its HTML renderer into every start.
func newParser() parser.Parser {
	return parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
}

// drawer draws a post's blocks, line by line, each under the prefixes of
// the lists and quotes it is in.
type drawer struct {
	src    []byte
	paint  *painter
	margin string
	// text is the width of a line inside the margins; indent never takes
	// more than maxIndent of it, so that deep bullets keep room to read.
	text, maxIndent int
	frames          []frame
	lines           []string
	// blank is true when the last line drawn is a blank line.
	blank bool
}

// frame is what a list item or a quote draws before each of its lines.
type frame struct {
	first, rest string // drawn before the frame's first line, and the others
	width       int    // of either, in cells
	used        bool   // the first line is drawn
	item        bool   // a list item's
	hidden      bool   // the item's nested list draws under its marker
}

func newDrawer(wrap int, looks postLooks) *drawer {
	// The post starts under a blank line, apart from the preview's title.
	d := &drawer{paint: newPainter(looks), text: max(wrap, 1), lines: []string{""}, blank: true}
	if wrap >= marginFromWrap {
		d.margin = strings.Repeat(" ", margin)
		d.text = wrap - 2*margin
	}
	d.maxIndent = d.text / 2
	return d
}

// indent is the width of the prefixes drawn now.
func (d *drawer) indent() int {
	n := 0
	for _, f := range d.frames {
		if !f.hidden {
			n += f.width
		}
	}
	return n
}

// room is the width left for text under the prefixes.
func (d *drawer) room() int { return max(d.text-d.indent(), 1) }

// push adds a frame and returns what pop takes. Where the indentation is
// as deep as it goes the frame draws nothing, but for a list item's
// marker while a line has room for it and some text.
func (d *drawer) push(f frame) int {
	limit := d.maxIndent
	if f.item {
		limit = d.text - 1
	}
	if d.indent()+f.width > limit {
		f = frame{item: f.item}
	}
	d.frames = append(d.frames, f)
	return len(d.frames) - 1
}

func (d *drawer) pop(at int) { d.frames = d.frames[:at] }

// emit draws one line of a block under the frames' prefixes.
func (d *drawer) emit(line string) {
	var b strings.Builder
	b.WriteString(d.margin)
	for i := range d.frames {
		f := &d.frames[i]
		switch {
		case f.hidden:
		case !f.used:
			b.WriteString(f.first)
			f.used = true
		default:
			b.WriteString(f.rest)
		}
	}
	b.WriteString(line)
	d.lines = append(d.lines, strings.TrimRight(b.String(), " "))
	d.blank = false
}

// gap draws the blank line between two blocks, with the bars of the
// quotes it is in; never two in a row.
func (d *drawer) gap() {
	if d.blank {
		return
	}
	var b strings.Builder
	for _, f := range d.frames {
		if !f.hidden && f.used {
			b.WriteString(f.rest)
		}
	}
	line := strings.TrimRight(b.String(), " ")
	if line != "" {
		line = d.margin + line
	}
	d.lines = append(d.lines, line)
	d.blank = true
}

// blocks draws a container's blocks, a blank line between them when loose.
func (d *drawer) blocks(parent ast.Node, loose bool) {
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if loose && c != parent.FirstChild() {
			d.gap()
		}
		d.block(c)
	}
}

func (d *drawer) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		d.heading(n)
	case *ast.Paragraph, *ast.TextBlock:
		d.wrapped(d.inlines(n, 0, nil))
	case *ast.List:
		d.list(n)
	case *ast.Blockquote:
		d.quote(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		d.code(n.Lines(), markCode)
	case *ast.HTMLBlock:
		// Shown as written: the post is for a blog, the preview a terminal.
		lines := n.Lines()
		if n.HasClosure() {
			lines = text.NewSegments()
			lines.AppendAll(n.Lines().Sliced(0, n.Lines().Len()))
			lines.Append(n.ClosureLine)
		}
		d.code(lines, 0)
	case *ast.ThematicBreak:
		d.emit(d.paint.paint(strings.Repeat("─", d.room()), markRule))
	default:
		d.blocks(n, true)
	}
}

// wrapped draws inline text word-wrapped to the room left.
func (d *drawer) wrapped(spans []span) {
	for _, l := range wrapSpans(spans, d.room()) {
		d.emit(d.paint.line(l))
	}
}

// heading draws a heading in its look. The level shows as Markdown's
// marks, but for the title at the top in colour.
func (d *drawer) heading(h *ast.Heading) {
	var spans []span
	if h.Level > 1 || d.paint.looks.plain {
		spans = append(spans, span{text: strings.Repeat("#", h.Level) + " ", mark: markHeading})
	}
	d.wrapped(d.inlines(h, markHeading, spans))
}

// list draws a list's items: bullets, or numbers from the list's start.
// A list nested where the indentation is as deep as it goes draws its
// items under its parent's marker instead.
func (d *drawer) list(l *ast.List) {
	if n := len(d.frames); n > 0 && d.frames[n-1].item && d.indent()+2 > d.maxIndent {
		parent := &d.frames[n-1]
		was := parent.hidden
		parent.hidden = true
		defer func() { d.frames[n-1].hidden = was }()
	}
	number := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if !l.IsTight && item != l.FirstChild() {
			d.gap()
		}
		marker := "•"
		if l.IsOrdered() {
			marker = strconv.Itoa(number) + "."
			number++
		}
		d.item(item, marker, l.IsTight)
	}
}

// item draws a list item: its first line after the marker, the rest
// under the first's text.
func (d *drawer) item(item ast.Node, marker string, tight bool) {
	w := textWidth(marker) + 1
	at := d.push(frame{first: d.paint.paint(marker, markBullet) + " ", rest: strings.Repeat(" ", w), width: w, item: true})
	if item.FirstChild() == nil {
		d.emit("")
	}
	d.blocks(item, !tight)
	d.pop(at)
}

// quote draws a block quote's blocks behind a bar.
func (d *drawer) quote(q *ast.Blockquote) {
	bar := "│ "
	if d.paint.looks.plain {
		bar = "| "
	}
	bar = d.paint.paint(strings.TrimSpace(bar), markQuote) + " "
	at := d.push(frame{first: bar, rest: bar, width: 2})
	if q.FirstChild() == nil {
		d.emit("")
	}
	d.blocks(q, true)
	d.pop(at)
}

// code draws the lines of a code block (or HTML) as they are, indented,
// each cut into pieces as wide as the room left.
func (d *drawer) code(lines *text.Segments, m mark) {
	at := d.push(frame{first: "  ", rest: "  ", width: 2})
	defer d.pop(at)
	for i := range lines.Len() {
		seg := lines.At(i)
		line := strings.TrimRight(string(seg.Value(d.src)), "\r\n")
		line = strings.Repeat(" ", seg.Padding) + strings.ReplaceAll(line, "\t", "    ")
		d.verbatim(line, m)
	}
}

// verbatim draws a line keeping its spaces, cut where it is wider than
// the room left.
func (d *drawer) verbatim(line string, m mark) {
	room := d.room()
	for line = cleanVerbatim(line); ; {
		head, rest := cutCells(line, room)
		d.emit(d.paint.paint(head, m))
		if rest == "" {
			return
		}
		line = rest
	}
}

// splitFrontMatter cuts the YAML front matter off the top of a post: the
// lines between a first line "---" and the next "---" or "...". front is
// nil when there is none.
func splitFrontMatter(markdown string) (front []string, body string) {
	first, rest, ok := strings.Cut(markdown, "\n")
	if !ok || strings.TrimRight(first, " \r") != "---" {
		return nil, markdown
	}
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if l := strings.TrimRight(line, " \r"); l == "---" || l == "..." {
			return front, rest
		}
		front = append(front, strings.TrimRight(line, "\r"))
	}
	return nil, markdown // never closed: not front matter
}

// frontMatter draws the front matter as it is written, between its rules
// (cut, like every line, to a screen narrower than they are).
func (d *drawer) frontMatter(front []string) {
	ruleText, _ := cutCells("---", d.room())
	rule := d.paint.paint(ruleText, markRule)
	d.emit(rule)
	for _, l := range front {
		d.verbatim(l, markRule)
	}
	d.emit(rule)
	d.gap()
}
