package markdown

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// maxNotesBytes bounds a notes file: a year of conferences is a few MB.
const maxNotesBytes = 64 << 20

// derivedSections are the headings of the sections a post gathers from its
// talks' notes: reading a post back skips them, since the same bullets
// are in the talks.
var derivedSections = map[string]bool{"Takeaways": true, "Follow-ups": true, "Resources": true}

// notesHeading heads a one-talk post's notes when sections come before
// them.
const notesHeading = "Notes"

// Read reads notes written in Markdown. A post lanyard exported gives its
// talks' sections (notesdoc.Doc.Talks), with exactly the bullets, texts and
// kinds that were exported; any other document gives one tree (Doc.Notes):
// list items, paragraphs and quotes become bullets, nested as the lists
// nest, headings become bullets that what follows them nests under, and
// the front matter's title, else a lone first-level heading, is the
// document's title. Numbered items,
// [ ] and [x] items, quotes and items wholly in strong emphasis keep their
// kinds. Bullets nested deeper than notesdoc.MaxDepth levels are kept at
// the deepest level and counted in Doc.Flattened. It fails only on a read
// error, a file too large, or bytes that are not UTF-8; the error names
// the line.
func Read(r io.Reader) (notesdoc.Doc, error) {
	src, err := io.ReadAll(io.LimitReader(r, maxNotesBytes+1))
	if err != nil {
		return notesdoc.Doc{}, err
	}
	if len(src) > maxNotesBytes {
		return notesdoc.Doc{}, fmt.Errorf("file too large for notes (over %d MiB)", maxNotesBytes>>20)
	}
	if !utf8.Valid(src) {
		return notesdoc.Doc{}, fmt.Errorf("line %d: not UTF-8 text", badLine(src))
	}
	title, body := frontMatter(src)
	body = flattenDeep(body)
	// goldmark's parser alone, as goldmark.New().Parser() makes it: the
	// root package would bring its HTML renderer into every start.
	root := parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...)).Parse(text.NewReader(body))
	rd := docReader{src: body, title: title}
	rd.read(root)
	return rd.doc(), nil
}

// badLine returns the line of src's first invalid UTF-8 sequence.
func badLine(src []byte) int {
	line := 1
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		src = src[size:]
	}
	return line
}

// docReader walks a document's top-level blocks.
type docReader struct {
	src   []byte
	title string // from the front matter
	// talks are the sections of an exported post; talk is the one being
	// read, skipping set inside a gathered section.
	talks    []notesdoc.Talk
	talk     *notesdoc.Talk
	skipping bool
	// all is the whole document as one tree, headings nesting what
	// follows them: used when it holds no talks.
	all      clipBuilder
	headings []int // levels of the headings all is nested under
	h1       []string
	// post is set for a post lanyard wrote, whose talks are all that is
	// read: all is not built.
	post bool
	// talkFlattened counts the talks' bullets kept at the deepest level.
	talkFlattened int
}

func (rd *docReader) read(root ast.Node) {
	rd.post = isPost(root)
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			if next := h.NextSibling(); isMeta(next) {
				rd.startTalk(blockText(h, rd.src), next)
				n = next
				continue
			}
			rd.heading(h)
			continue
		}
		if n == root.FirstChild() && isMeta(n) {
			// A one-talk post with front matter: its title heads it.
			rd.startTalk(rd.title, n)
			continue
		}
		if rd.talk != nil && !rd.skipping {
			talkNotes := clipBuilder{clip: rd.talk.Notes}
			talkNotes.block(n, 0, rd.src)
			rd.talk.Notes = talkNotes.clip
			rd.talkFlattened += talkNotes.flattened
		}
		if !rd.post {
			rd.all.block(n, len(rd.headings), rd.src)
		}
	}
}

// isPost reports whether a document is a post lanyard wrote: one with a
// talk's line of time and place under a heading or at its top.
func isPost(root ast.Node) bool {
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if isMeta(n) && (n == root.FirstChild() || n.PreviousSibling().Kind() == ast.KindHeading) {
			return true
		}
	}
	return false
}

func (rd *docReader) startTalk(heading string, meta ast.Node) {
	rd.talks = append(rd.talks, notesdoc.Talk{Heading: heading, Meta: unwrap(rawText(meta, rd.src), 1)})
	rd.talk, rd.skipping = &rd.talks[len(rd.talks)-1], false
}

// heading handles a heading that does not start a talk: a gathered
// section, a one-talk post's notes, a day, or a heading of a document that
// is not a post.
func (rd *docReader) heading(h *ast.Heading) {
	title := blockText(h, rd.src)
	switch {
	case derivedSections[title]:
		rd.skipping = true // the talk goes on after it, under "Notes"
	case title == notesHeading && rd.talk != nil:
		rd.skipping = false
	default:
		rd.talk, rd.skipping = nil, false
	}
	if h.Level == 1 {
		rd.h1 = append(rd.h1, title)
	}
	for len(rd.headings) > 0 && rd.headings[len(rd.headings)-1] >= h.Level {
		rd.headings = rd.headings[:len(rd.headings)-1]
	}
	if !rd.post {
		rd.all.push(len(rd.headings), title, outline.KindPlain)
	}
	rd.headings = append(rd.headings, h.Level)
}

// doc returns what was read: the talks of a post, else the one tree.
func (rd *docReader) doc() notesdoc.Doc {
	d := notesdoc.Doc{Title: rd.title}
	if len(rd.h1) == 1 && d.Title == "" {
		d.Title = rd.h1[0]
	}
	if len(rd.talks) > 0 {
		d.Talks, d.Flattened = rd.talks, rd.talkFlattened
		return d
	}
	d.Notes, d.Flattened = rd.all.clip, rd.all.flattened
	return d
}

// isMeta reports whether n is a post's line of time and place: a paragraph
// that is one emphasis, right after a talk's heading.
func isMeta(n ast.Node) bool {
	if n == nil || n.Kind() != ast.KindParagraph || n.ChildCount() != 1 {
		return false
	}
	em, ok := n.FirstChild().(*ast.Emphasis)
	return ok && em.Level == 1
}
