package opml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// maxBytes bounds a notes file, so that a wrong or endless input ends in
// an error rather than in memory running out. A year of conference notes
// is a few megabytes; Workflowy's export of a whole account of 17,000
// bullets is 2 MB.
const maxBytes = 64 << 20

// Read reads OPML that lanyard or another outliner wrote. The nesting of
// outlines gives the bullets' depths. In lanyard's own files the outlines
// marked as talks become Doc.Talks, headed by their text with their _note
// as Meta, days are only containers, and every text comes back as it was
// typed. In a file without talks every outline is a bullet of Doc.Notes;
// a note becomes bullets, one per line, before the outline's children, so
// that nothing written in it is lost. Texts of other apps' files are made
// plain (see foreign.go).
//
// A file that is not OPML, or is not well-formed XML, is an error that
// names its line, and nothing is returned. Nesting of any depth is read
// without recursion; outlines nested deeper than notesdoc.MaxDepth levels
// are kept at the deepest level and counted in Doc.Flattened.
func Read(r io.Reader) (notesdoc.Doc, error) {
	return read(r, maxBytes)
}

// read is Read of a file of at most limit bytes.
func read(r io.Reader, limit int64) (notesdoc.Doc, error) {
	p := newParser(r, limit)
	doc, err := p.parse()
	if err != nil {
		return notesdoc.Doc{}, p.lineError(err)
	}
	return doc, nil
}

// parser reads one file.
type parser struct {
	d     *xml.Decoder
	limit int64
	// own is set for a file lanyard wrote: its <opml> declares Namespace.
	own     bool
	foreign foreign
	doc     notesdoc.Doc
	// stack holds a frame for each outline open around the next one.
	stack []frame
}

// frame is an open outline: where the bullets inside it go.
type frame struct {
	// depth is the outline's own depth as a bullet, -1 for a day or talk
	// (and for the body), whose children are at depth 0.
	depth int
	// section is the index in Doc.Talks of the talk the outline is in,
	// -1 outside any talk.
	section int
}

// top is the frame of the body, around the top-level outlines.
var top = frame{depth: -1, section: -1}

func newParser(r io.Reader, limit int64) *parser {
	d := xml.NewDecoder(&limitReader{r: r, left: limit})
	// Outliners write HTML's named entities such as &nbsp; into files;
	// knowing them costs nothing and loses no text.
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charsetReader
	return &parser{d: d, limit: limit}
}

// parse reads the whole document.
func (p *parser) parse() (notesdoc.Doc, error) {
	root, err := p.root()
	if err != nil {
		return notesdoc.Doc{}, err
	}
	p.own = declares(root, Namespace)
	body := false
	for {
		tok, err := p.d.Token()
		if err != nil {
			return notesdoc.Doc{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "head":
				err = p.head()
			case "body":
				body = true
				err = p.body()
			default:
				err = p.d.Skip()
			}
			if err != nil {
				return notesdoc.Doc{}, err
			}
		case xml.EndElement: // </opml>: what follows is not the document's
			if !body {
				return notesdoc.Doc{}, ErrNoBody
			}
			return p.finish(), nil
		}
	}
}

// root returns the document's root element, which must be <opml>.
func (p *parser) root() (xml.StartElement, error) {
	for {
		tok, err := p.d.Token()
		if err == io.EOF {
			return xml.StartElement{}, ErrNotOPML
		}
		if err != nil {
			return xml.StartElement{}, err
		}
		if t, ok := tok.(xml.StartElement); ok {
			if t.Name.Local != "opml" {
				return xml.StartElement{}, fmt.Errorf("%w (the root element is <%s>)", ErrNotOPML, t.Name.Local)
			}
			return t, nil
		}
	}
}

// declares reports whether el binds a prefix to the namespace.
func declares(el xml.StartElement, namespace string) bool {
	for _, a := range el.Attr {
		if a.Name.Space == "xmlns" && a.Value == namespace {
			return true
		}
	}
	return false
}

// head reads the head's title, and whether Dynalist wrote the file.
func (p *parser) head() error {
	for {
		tok, err := p.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			text, err := p.chars()
			if err != nil {
				return err
			}
			switch t.Name.Local {
			case "title":
				p.doc.Title = text
			case "flavor":
				p.foreign.markdownOnly = p.foreign.markdownOnly || strings.EqualFold(strings.TrimSpace(text), "dynalist")
			case "source":
				p.foreign.markdownOnly = p.foreign.markdownOnly || strings.Contains(text, "dynalist.io")
			}
		case xml.EndElement:
			return nil
		}
	}
}

// chars returns the text of the element just opened, up to its end;
// elements inside it are skipped.
func (p *parser) chars() (string, error) {
	var b strings.Builder
	for {
		tok, err := p.d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if err := p.d.Skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// body reads the outlines, up to the end of the body. It keeps its own
// stack of open outlines rather than recursing, so that nesting 10,000 or
// a million deep costs memory in proportion, not the goroutine's stack.
func (p *parser) body() error {
	p.stack = p.stack[:0]
	for {
		tok, err := p.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "outline" {
				if err := p.d.Skip(); err != nil {
					return err
				}
				continue
			}
			p.outline(readAttrs(t.Attr))
		case xml.EndElement:
			if len(p.stack) == 0 {
				return nil // </body>
			}
			p.stack = p.stack[:len(p.stack)-1]
		}
	}
}

// outline takes in an outline just opened: a talk starts a section, a day
// is a container, anything else is a bullet followed by its note's lines.
func (p *parser) outline(a outlineAttrs) {
	parent := top
	if n := len(p.stack); n > 0 {
		parent = p.stack[n-1]
	}
	switch {
	case a.typ == typeTalk && parent.section < 0:
		p.doc.Talks = append(p.doc.Talks, notesdoc.Talk{Heading: p.plain(a.text), Meta: p.plain(a.note)})
		p.stack = append(p.stack, frame{depth: -1, section: len(p.doc.Talks) - 1})
	case a.typ == typeDay && parent == top:
		p.stack = append(p.stack, top)
	default:
		depth := parent.depth + 1
		text, kind := p.bullet(a)
		p.add(parent.section, outline.Bullet{Depth: p.bound(depth), Text: text, Kind: kind})
		notes := noteBullets(a.note, depth+1, p.plain)
		for i := range notes {
			notes[i].Depth = p.bound(notes[i].Depth)
		}
		p.add(parent.section, notes...)
		p.stack = append(p.stack, frame{depth: depth, section: parent.section})
	}
}

// bound returns the depth a bullet at depth is kept at, and counts those
// nested deeper than notesdoc.MaxDepth levels, kept at the deepest. The
// stack keeps the real depths: an outline closed finds its parent's.
func (p *parser) bound(depth int) int {
	kept := notesdoc.Bound(depth)
	if kept != depth {
		p.doc.Flattened++
	}
	return kept
}

// bullet returns the text and kind of a bullet's outline.
func (p *parser) bullet(a outlineAttrs) (string, outline.Kind) {
	if p.own {
		return exact(a.text), a.bulletKind()
	}
	text, kind := p.foreign.bullet(a.text, a.bulletKind())
	// A link's or a feed's address is kept with its name: nothing in the
	// file is lost.
	if url := p.foreign.text(a.url); url != "" && !strings.Contains(text, url) {
		text = strings.TrimSpace(text + " " + url)
	}
	return text, kind
}

// plain cleans a text that is not a bullet's: a heading, a meta line, a
// line of a note, the title.
func (p *parser) plain(s string) string {
	if p.own {
		return exact(s)
	}
	return p.foreign.text(s)
}

// add appends bullets to the talk section, or to the file's own bullets
// when section is -1.
func (p *parser) add(section int, bullets ...outline.Bullet) {
	if section < 0 {
		p.doc.Notes = append(p.doc.Notes, bullets...)
		return
	}
	t := &p.doc.Talks[section]
	t.Notes = append(t.Notes, bullets...)
}

// finish returns the document read. A file of talks is its talks alone:
// an outline outside every talk and day is not a bullet of any.
func (p *parser) finish() notesdoc.Doc {
	p.doc.Title = p.plain(p.doc.Title)
	if len(p.doc.Talks) > 0 {
		p.doc.Notes = nil
	}
	return p.doc
}

// lineError puts the line where reading stopped on err.
func (p *parser) lineError(err error) error {
	var syntax *xml.SyntaxError
	if errors.As(err, &syntax) {
		return fmt.Errorf("opml: line %d: %w: %s", syntax.Line, ErrMalformed, syntax.Msg)
	}
	line, _ := p.d.InputPos()
	if errors.Is(err, ErrTooLarge) {
		return fmt.Errorf("opml: line %d: %w (over %d MiB)", line, err, p.limit>>20)
	}
	return fmt.Errorf("opml: line %d: %w", line, err)
}

// limitReader reads at most left bytes from r, and fails with
// ErrTooLarge when asked for more and r has more.
type limitReader struct {
	r    io.Reader
	left int64
}

func (l *limitReader) Read(b []byte) (int, error) {
	if l.left <= 0 {
		var probe [1]byte
		n, err := l.r.Read(probe[:])
		if n > 0 {
			return 0, ErrTooLarge
		}
		return 0, err
	}
	if int64(len(b)) > l.left {
		b = b[:l.left]
	}
	n, err := l.r.Read(b)
	l.left -= int64(n)
	return n, err
}
