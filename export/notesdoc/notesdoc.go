// Package notesdoc is notes as read from a file: what the Markdown and OPML
// readers return, and the rule that picks which of a file's notes go into
// one talk.
//
// A file another outliner wrote is one tree of bullets. A file lanyard
// exported for a day or an event holds several talks, each under its
// heading; importing it into a talk takes that talk's section, so that an
// export imported back gives exactly the tree that was exported.
package notesdoc

import (
	"fmt"
	"strings"

	"lanyard/store/outline"
)

// MaxDepth is how many levels deep the notes readers nest bullets and the
// writers write them. No one takes notes 100 levels deep; a file nested
// deeper is a mistake or an attack, and unbounded depth costs time and
// memory in proportion to its square wherever indentation is drawn or
// written. Deeper bullets are kept, with their text, at the deepest level.
const MaxDepth = 100

// Bound returns the depth a bullet at depth is kept at: depth itself, or
// the deepest level, MaxDepth-1, for one deeper.
func Bound(depth int) int { return min(depth, MaxDepth-1) }

// Doc is the notes read from one file.
type Doc struct {
	// Title is the file's own title (an OPML head title, a Markdown
	// document's first heading), "" when it has none. A new page made
	// from the file is named after it.
	Title string
	// Talks are the sections of a lanyard export, one per talk, in the
	// file's order. Empty for a file that is one tree of bullets.
	Talks []Talk
	// Notes are the file's bullets when Talks is empty.
	Notes outline.Clip
	// Flattened counts the bullets the file nested deeper than MaxDepth
	// levels, which were kept at the deepest level: the import says so.
	Flattened int
}

// Talk is one talk's section of an exported file.
type Talk struct {
	// Heading is the talk as the export headed it, unescaped:
	// schedule.Talk.Heading's "Speaker – Title".
	Heading string
	// Meta is the line of time and place under the heading, unescaped.
	Meta  string
	Notes outline.Clip
}

// For returns the notes to put into the talk headed heading: the section
// with that heading, else the only section, else the file's bullets. A file
// of several talks none of which is this one is an error that names them.
func (d Doc) For(heading string) (outline.Clip, error) {
	switch len(d.Talks) {
	case 0:
		return d.Notes, nil
	case 1:
		return d.Talks[0].Notes, nil
	}
	for _, t := range d.Talks {
		if t.Heading == heading {
			return t.Notes, nil
		}
	}
	names := make([]string, len(d.Talks))
	for i, t := range d.Talks {
		names[i] = fmt.Sprintf("%q", t.Heading)
	}
	return nil, fmt.Errorf("it holds the notes of %d talks (%s) and none is headed %q: export that talk alone with lanyard export --talk",
		len(d.Talks), strings.Join(names, ", "), heading)
}

// All returns every bullet of the file: the file's own bullets, or each
// talk's heading as a top-level bullet with its notes nested under it.
// A new page made from a file of several talks gets this.
func (d Doc) All() outline.Clip {
	if len(d.Talks) == 0 {
		return d.Notes
	}
	var all outline.Clip
	for _, t := range d.Talks {
		all = append(all, outline.Bullet{Text: t.Heading})
		for _, b := range t.Notes {
			// Under its heading a bullet is one level deeper, still
			// within the bound.
			b.Depth = Bound(b.Depth + 1)
			all = append(all, b)
		}
	}
	return all
}

// Page returns the title and bullets of a new page made from the file: a
// file of one talk gives that talk's; a file whose bullets all hang under
// one plain bullet that is its title (or that it has no other title) is
// that bullet's page; anything else is every bullet under the file's
// title, which may be empty.
func (d Doc) Page() (string, outline.Clip) {
	if len(d.Talks) == 1 {
		return d.Talks[0].Heading, d.Talks[0].Notes
	}
	clip := d.All()
	if len(clip) == 0 || clip[0].Kind != outline.KindPlain || d.Title != "" && d.Title != clip[0].Text {
		return d.Title, clip
	}
	for _, b := range clip[1:] {
		if b.Depth == 0 {
			return d.Title, clip
		}
	}
	body := make(outline.Clip, len(clip)-1)
	for i, b := range clip[1:] {
		b.Depth--
		body[i] = b
	}
	return clip[0].Text, body
}
