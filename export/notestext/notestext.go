// Package notestext reads notes written or pasted as plain text into
// bullets with depths: the tree a reader of the text sees. It serves both
// paste in the outline editor and importing a notes file into a talk.
//
// Notes come in many hands. Nesting is read from indentation, whatever its
// width, and from the bullet glyphs that rich-text editors paste (•, ◦, ▪ at
// one indentation are three levels); Markdown lists, checkboxes, quotes and
// headings are understood; hard-wrapped lines are joined back. Depth is
// always relative to what came before, so the result never jumps more than
// one level from one bullet to the next, which is what outline.Outline
// requires of its rows.
package notestext

import (
	"fmt"
	"io"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// Bullet is one line of notes with its nesting (0 = top) and kind.
type Bullet struct {
	// Depth is 0 for a top-level bullet; each bullet is at most one level
	// deeper than the one before it.
	Depth int
	// Text is the bullet as typed, without its glyph, checkbox or quote
	// marker, with Markdown backslash escapes undone. It has no control
	// characters and no leading or trailing spaces; it is empty only for a
	// glyph typed with nothing after it.
	Text string
	// Kind is what the glyph before the text said the bullet was.
	Kind Kind
}

// Kind is what a bullet's marker said about it.
type Kind uint8

// The kinds of bullet. Their values are fixed: callers may store them.
const (
	// KindPlain is a bullet with a plain glyph or none, and a heading.
	KindPlain Kind = iota
	// KindNumbered is an ordered item: "1.", "2)", "a)", "iv.".
	KindNumbered
	// KindStar is a bullet marked ★ or ⭐, the way people flag a takeaway.
	KindStar
	// KindTodo is an open checkbox: "- [ ]" or ☐.
	KindTodo
	// KindDone is a ticked checkbox: "- [x]", ☑ or ✓.
	KindDone
	// KindQuote is a quoted line: "> ...".
	KindQuote
)

var kindNames = [...]string{"plain", "numbered", "star", "todo", "done", "quote"}

// String returns the kind's name in lower case, as tests and logs show it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Parse reads notes text and returns its bullets in order. It fails only
// when reading fails or a line is not valid UTF-8; the error names the
// line. Blank lines, Markdown rules and setext underlines yield no bullet.
// Bullets nested deeper than notesdoc.MaxDepth levels are kept at the
// deepest level; Read says how many there were.
func Parse(r io.Reader) ([]Bullet, error) {
	t, err := parse(r)
	if err != nil {
		return nil, err
	}
	return t.bullets, nil
}

// Read reads a notes file as Parse does, into a document of one tree
// whose Flattened counts the bullets kept at the deepest level.
func Read(r io.Reader) (notesdoc.Doc, error) {
	t, err := parse(r)
	if err != nil {
		return notesdoc.Doc{}, err
	}
	clip := make(outline.Clip, len(t.bullets))
	for i, b := range t.bullets {
		clip[i] = outline.Bullet{Depth: b.Depth, Text: b.Text, Kind: outline.Kind(b.Kind)}
	}
	return notesdoc.Doc{Notes: clip, Flattened: t.flattened}, nil
}

func parse(r io.Reader) (*tree, error) {
	lines, err := readLines(r)
	if err != nil {
		return nil, err
	}
	t := newTree(indentUnit(lines), len(lines))
	for i := range lines {
		t.add(&lines[i])
	}
	return t, nil
}
