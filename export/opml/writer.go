package opml

import (
	"bufio"
	"fmt"
	"io"
	"unicode/utf8"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// maxIndent is the deepest level that is indented further. Indentation is
// only for people reading the file; without a cap an outline nested 10,000
// deep would be written with 100 million spaces.
const maxIndent = 24

// bodyLevel is the indentation level of the body's outlines.
const bodyLevel = 2

// attrs are the attributes of an outline besides its text.
type attrs struct {
	note string // _note; "" writes none
	typ  string // lanyard:type; "" writes none
	kind outline.Kind
	// url is a talk's page, written as OPML 2.0 writes a link
	// (type="link" url="…"); "" writes none.
	url string
}

// writer writes an OPML document. Errors stick in the bufio.Writer and are
// reported once, by finish.
type writer struct {
	b *bufio.Writer
}

func newWriter(w io.Writer) *writer {
	return &writer{b: bufio.NewWriterSize(w, 64<<10)}
}

// start writes everything up to the body's first outline.
func (w *writer) start(title string) {
	w.b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.b.WriteString(`<opml version="2.0" xmlns:` + prefix + `="` + Namespace + `">` + "\n")
	w.b.WriteString("  <head>\n    <title>")
	w.escape(title)
	w.b.WriteString("</title>\n  </head>\n  <body>\n")
}

// finish closes the document and flushes it.
func (w *writer) finish() error {
	w.b.WriteString("  </body>\n</opml>\n")
	if err := w.b.Flush(); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	return nil
}

// open writes the start tag of an outline with children, depth levels
// into the body.
func (w *writer) open(depth int, text string, a attrs) {
	w.tag(depth, text, a)
	w.b.WriteString(">\n")
}

// leaf writes an outline without children.
func (w *writer) leaf(depth int, text string, a attrs) {
	w.tag(depth, text, a)
	w.b.WriteString("/>\n")
}

// close writes the end tag of the outline opened at depth.
func (w *writer) close(depth int) {
	w.indent(depth)
	w.b.WriteString("</outline>\n")
}

// tag writes an outline's start tag up to its closing bracket.
func (w *writer) tag(depth int, text string, a attrs) {
	w.indent(depth)
	w.b.WriteString(`<outline text="`)
	w.escape(text)
	w.b.WriteByte('"')
	if a.note != "" {
		w.b.WriteString(` _note="`)
		w.escape(a.note)
		w.b.WriteByte('"')
	}
	if a.url != "" {
		w.b.WriteString(` type="link" url="`)
		w.escape(a.url)
		w.b.WriteByte('"')
	}
	if a.typ != "" {
		w.b.WriteString(` ` + prefix + `:type="` + a.typ + `"`)
	}
	if a.kind != outline.KindPlain && int(a.kind) < len(kindNames) {
		w.b.WriteString(` ` + prefix + `:kind="` + kindNames[a.kind] + `"`)
	}
	if a.kind == outline.KindDone {
		w.b.WriteString(` _complete="true"`)
	}
}

// bullets writes o's rows as nested outlines, its top level depth levels
// into the body. It walks the rows once, keeping no stack: a row's depth
// says how many outlines the row before it leaves open. Rows deeper than
// notesdoc.MaxDepth levels are written at the deepest level, as Read
// would keep them.
func (w *writer) bullets(depth int, o *outline.Outline) {
	n := o.Len()
	for i := range n {
		node := o.At(i)
		a := attrs{kind: node.Kind}
		at := notesdoc.Bound(node.Depth)
		next := -1 // the depth of the row after this one, -1 at the end
		if i+1 < n {
			next = notesdoc.Bound(o.At(i + 1).Depth)
		}
		if next > at {
			w.open(depth+at, node.Text, a)
			continue
		}
		w.leaf(depth+at, node.Text, a)
		for d := at - 1; d >= max(next, 0); d-- {
			w.close(depth + d)
		}
	}
}

// indent writes the indentation of an outline depth levels into the body.
func (w *writer) indent(depth int) {
	const spaces = "                                                  "
	n := 2 * min(bodyLevel+depth, maxIndent)
	for n > 0 {
		k := min(n, len(spaces))
		w.b.WriteString(spaces[:k])
		n -= k
	}
}

// escape writes s as XML character data that reads back as s, in an
// attribute value or between tags. Tabs and line breaks are written as
// character references, because a reader normalises literal ones in an
// attribute to spaces. Characters XML 1.0 cannot hold (other control
// characters, U+FFFE and U+FFFF) and bytes that are not UTF-8 are dropped:
// no reader would accept the file with them.
func (w *writer) escape(s string) {
	plain := 0 // start of the run not yet written that needs no escape
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != '>' && c != '"' {
			i++
			continue
		}
		size := 1
		var repl string
		switch c {
		case '&':
			repl = "&amp;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		case '"':
			repl = "&quot;"
		case '\t':
			repl = "&#9;"
		case '\n':
			repl = "&#10;"
		case '\r':
			repl = "&#13;"
		default:
			if c >= utf8.RuneSelf {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				if xmlChar(r, size) {
					i += size
					continue
				}
			}
		}
		w.b.WriteString(s[plain:i])
		w.b.WriteString(repl)
		i += size
		plain = i
	}
	w.b.WriteString(s[plain:])
}

// xmlChar reports whether r, decoded from size bytes, is a character XML
// 1.0 can hold. A RuneError of one byte is a byte that is not UTF-8.
func xmlChar(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return false
	case r == 0xfffe || r == 0xffff:
		return false
	}
	return true
}
