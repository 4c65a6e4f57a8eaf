package richtext

import (
	"html"
	"net/url"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// unescape decodes the HTML entities in plain text ("&amp;", "&#x27;"):
// wafer and frab escape what speakers typed even where no tag is.
func unescape(s string) string { return html.UnescapeString(s) }

// fromHTML turns HTML into text: paragraphs and headings become blocks
// apart by a blank line, <br>, <div> and table rows break the line, list
// items become "- " lines (indented two spaces a level), a link keeps its
// address as "label (url)" or just the address when the label is it,
// entities are decoded, and scripts, styles and other content no reader
// sees are dropped. Space collapses as a browser collapses it, except in
// <pre>. more reports that the text was longer than the output may grow.
func fromHTML(s string, base *url.URL) (text string, more bool) {
	w := htmlWriter{base: base}
	w.b.Grow(len(s))
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for w.b.Len() < maxInput {
		switch z.Next() {
		case xhtml.ErrorToken:
			return w.b.String(), false
		case xhtml.TextToken:
			if w.hidden == 0 {
				w.text(z.Text())
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			href := ""
			if a == atom.A && hasAttr {
				href = attr(z, "href")
			}
			w.start(a, href)
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			w.end(atom.Lookup(name))
		}
	}
	return w.b.String(), true
}

// attr returns the named attribute of the tag just read.
func attr(z *xhtml.Tokenizer, name string) string {
	for {
		key, val, more := z.TagAttr()
		if string(key) == name {
			return string(val)
		}
		if !more {
			return ""
		}
	}
}

// maxIndent is the deepest list level indented further.
const maxIndent = 6

// htmlWriter builds the text. Breaks and spaces are held as pending and
// written only before the next word, so that runs of tags make one break,
// and none lead or trail.
type htmlWriter struct {
	b strings.Builder
	// base resolves relative links; nil drops their address.
	base *url.URL
	// brk is the pending break: 0 none, 1 a new line, 2 a blank line.
	brk   int
	space bool
	// bullet is the list marker owed to the next word of a list item.
	bullet string
	lists  int
	pre    int
	// hidden counts the open elements whose content no reader sees.
	hidden int
	// links are the open <a> elements, innermost last.
	links []openLink
}

// openLink is an <a> being read: its address (if safe) and where its
// label starts in the text.
type openLink struct {
	url   string
	start int
}

func (w *htmlWriter) start(a atom.Atom, href string) {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Head, atom.Title, atom.Noscript, atom.Iframe, atom.Object, atom.Svg, atom.Math:
		w.hidden++
	case atom.Br:
		w.breakAt(1)
		if w.pre > 0 {
			w.b.WriteString("\n")
		}
	case atom.Li:
		w.breakAt(1)
		// Indent stops at maxIndent levels: deeper lists are rare, and
		// a hostile file's thousand levels must not cost a screen a line.
		w.bullet = strings.Repeat("  ", min(max(w.lists-1, 0), maxIndent)) + "- "
	case atom.Ul, atom.Ol:
		w.breakAt(paragraphOrLine(w.lists))
		w.lists++
	case atom.Pre:
		w.breakAt(2)
		w.pre++
	case atom.A:
		link, _ := URL(href, w.base)
		w.links = append(w.links, openLink{url: link, start: w.b.Len()})
	case atom.Td, atom.Th:
		w.space = w.b.Len() > 0
	default:
		w.breakAt(blockBreak(a))
	}
}

func (w *htmlWriter) end(a atom.Atom) {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Head, atom.Title, atom.Noscript, atom.Iframe, atom.Object, atom.Svg, atom.Math:
		w.hidden = max(w.hidden-1, 0)
	case atom.Li:
		w.breakAt(1)
		w.bullet = ""
	case atom.Ul, atom.Ol:
		w.lists = max(w.lists-1, 0)
		w.breakAt(paragraphOrLine(w.lists))
	case atom.Pre:
		w.pre = max(w.pre-1, 0)
		w.breakAt(2)
	case atom.A:
		w.endLink()
	default:
		w.breakAt(blockBreak(a))
	}
}

// paragraphOrLine is the break around a list: a paragraph's at the top
// level, a line's for a list inside a list item.
func paragraphOrLine(depth int) int {
	if depth > 0 {
		return 1
	}
	return 2
}

// blockBreak is the break an element puts before and after itself.
func blockBreak(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Table, atom.Dl, atom.Hr, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Figure, atom.Aside, atom.Nav, atom.Main, atom.Address, atom.Details, atom.Body:
		return 2
	case atom.Div, atom.Tr, atom.Dt, atom.Dd, atom.Caption, atom.Figcaption, atom.Summary:
		return 1
	}
	return 0
}

// endLink closes the innermost <a>: its address follows its label unless
// the label already says it.
func (w *htmlWriter) endLink() {
	if len(w.links) == 0 {
		return
	}
	link := w.links[len(w.links)-1]
	w.links = w.links[:len(w.links)-1]
	if link.url == "" || w.hidden > 0 {
		return
	}
	label := strings.TrimSpace(w.b.String()[min(link.start, w.b.Len()):])
	switch {
	case label == "":
		w.word(link.url)
	case !sameAddress(label, link.url):
		w.space = true
		w.word("(" + link.url + ")")
	}
}

// sameAddress reports whether a link's label is its address, as written
// or without its scheme: "example.org/x" for "https://example.org/x".
func sameAddress(label, url string) bool {
	trim := func(s string) string {
		for _, p := range []string{"https://", "http://", "mailto:"} {
			if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
				s = s[len(p):]
			}
		}
		return strings.TrimSuffix(s, "/")
	}
	return trim(label) == trim(url)
}

// breakAt asks for a break of at least n before the next word.
func (w *htmlWriter) breakAt(n int) {
	w.brk = max(w.brk, n)
}

// text writes a text node: in <pre> as it is, else its words with space
// collapsed as HTML collapses it (ASCII space only: a no-break space
// stays). It reads the tokenizer's bytes without copying them whole.
func (w *htmlWriter) text(s []byte) {
	if w.pre > 0 {
		w.flush()
		w.b.Write(s)
		return
	}
	for len(s) > 0 {
		if isSpaceByte(s[0]) {
			w.space = true
			s = s[1:]
			continue
		}
		n := 1
		for n < len(s) && !isSpaceByte(s[n]) {
			n++
		}
		w.flush()
		w.b.Write(s[:n])
		s = s[n:]
	}
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// word writes one word after the pending break or space.
func (w *htmlWriter) word(s string) {
	w.flush()
	w.b.WriteString(s)
}

// flush writes the pending break, bullet or space, none at the start.
func (w *htmlWriter) flush() {
	if w.b.Len() == 0 {
		w.brk, w.space = 0, false
	}
	switch {
	case w.brk > 0:
		w.b.WriteString(strings.Repeat("\n", w.brk))
	case w.space:
		w.b.WriteString(" ")
	}
	if w.bullet != "" && (w.brk > 0 || w.b.Len() == 0) {
		w.b.WriteString(w.bullet)
		w.bullet = ""
	}
	w.brk, w.space = 0, false
}
