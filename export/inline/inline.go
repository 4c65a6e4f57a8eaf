// Package inline finds the inline Markdown typed into a bullet that a post
// keeps as Markdown: code spans, *emphasis* and _emphasis_, **strong**,
// [label](url) links and <url> autolinks to http, https and mailto
// addresses, and bare http(s) URLs. The post writer keeps exactly these
// and escapes every other character Markdown could read as markup; the
// editor styles exactly these, so what the editor shows styled is what the
// post shows styled.
//
// Scan follows CommonMark as goldmark reads it (code spans before links,
// links before emphasis, the delimiter-run rules for emphasis), applied to
// the text as it is written out: a backslash, an "&" or a "<" that starts
// nothing kept is written escaped, so it is never markup here either. A
// delimiter the rules leave unpaired is written escaped too, which can
// change how the others pair ("**a*" keeps "*a*"), so Scan pairs again
// without it until every delimiter left is paired: what it returns is then
// exactly what a renderer reads in the written text.
package inline

import (
	"slices"
	"strings"
)

// Kind is what a span of inline Markdown is.
type Kind uint8

// The kinds of inline Markdown kept.
const (
	Code     Kind = iota + 1 // `code`
	Emphasis                 // *emphasis* or _emphasis_
	Strong                   // **strong** or __strong__
	Link                     // [label](https://…)
	Autolink                 // <https://…>
	URL                      // a bare http(s) URL
)

// Span is one piece of inline Markdown in a text s: s[Start:End] is all
// of it, s[Open:Close] its content (the code, the emphasised text, a
// link's label, an address), and the rest its marks: "`", "**", "[" and
// "](url)", "<" and ">". A URL has no marks.
type Span struct {
	Kind                    Kind
	Start, Open, Close, End int
}

// Place says where a text is written, which bounds what of it can be
// kept without changing what the text reads back as.
type Place uint8

const (
	// Bullet is a bullet's own paragraph: a strong emphasis around all of
	// it is not kept, since a bullet wholly in strong emphasis is how a
	// takeaway is written.
	Bullet Place = iota
	// Starred is a takeaway's text, written inside "**" and "**": emphasis
	// at either end of it is not kept, since it would run into those.
	Starred
)

// maxPasses bounds the pairings Scan makes: each pass unpairs at least
// one delimiter, and a text that still has unpaired ones after this many
// keeps no emphasis at all, which is always a consistent answer.
const maxPasses = 8

// Scan returns the inline Markdown in s kept where place says, ordered by
// Start, a span before the spans inside it. It takes time in proportion
// to s for any text a person types.
func Scan(s string, place Place) []Span {
	if !maybeMarkup(s) {
		return nil
	}
	if place == Starred {
		return scanStarred(s)
	}
	return scan(s, 0, len(s), true, wholeStrong)
}

// scan pairs s's delimiters until every one in s[lo:hi] left pairs (see
// the package comment); those outside are written whatever. check returns
// the delimiter bytes a pass's answer may not keep besides those left
// unpaired, dropping the spans they mark.
//
// itemStart says s starts a list item, where GitHub's renderer reads a
// "[x]" as a task's checkbox even when a link's address follows.
func scan(s string, lo, hi int, itemStart bool, check func(*scanner) []int) []Span {
	var literal []bool // delimiter bytes written escaped
	for pass := 0; ; pass++ {
		sc := scanner{s: s, lo: lo, hi: hi, literal: literal, noEmphasis: pass == maxPasses, itemStart: itemStart}
		sc.tokens()
		sc.emphasize()
		unpaired := append(sc.unpaired(lo, hi), check(&sc)...)
		if len(unpaired) == 0 || sc.noEmphasis {
			slices.SortFunc(sc.spans, func(a, b Span) int {
				if a.Start != b.Start {
					return a.Start - b.Start
				}
				return b.End - a.End
			})
			return sc.spans
		}
		if literal == nil {
			literal = make([]bool, len(s))
		}
		for _, i := range unpaired {
			literal[i] = true
		}
	}
}

// maybeMarkup reports whether s holds something Scan can find: a byte
// that starts a mark, an address ("://", "www.") or an "@". The common
// note has none and costs a pass over its bytes.
func maybeMarkup(s string) bool {
	// A search for each byte is vectorised; a loop over bytes is not.
	for _, c := range []byte("`*_[<@") {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	return strings.Contains(s, "://") || strings.Contains(s, "www.")
}

// unpaired returns the delimiter bytes in [lo, hi) the pairing left over,
// and those of a run that neither opens nor closes only because it runs
// on past lo or hi: written apart from the bytes there, it could.
func (sc *scanner) unpaired(lo, hi int) []int {
	var out []int
	for _, d := range sc.inert {
		if d.lo < lo || d.hi > hi {
			for i := max(d.lo, lo); i < min(d.hi, hi); i++ {
				out = append(out, i)
			}
		}
	}
	for _, d := range sc.delims {
		for i := max(d.lo, lo); i < min(d.hi, hi); i++ {
			out = append(out, i)
		}
	}
	return out
}

// drop removes the spans that keep returns false for and returns the
// bytes of their marks that lie within [lo, hi).
func (sc *scanner) drop(keep func(Span) bool, lo, hi int) []int {
	var out []int
	kept := sc.spans[:0]
	for _, sp := range sc.spans {
		if keep(sp) {
			kept = append(kept, sp)
			continue
		}
		for i := max(sp.Start, lo); i < min(sp.Open, hi); i++ {
			out = append(out, i)
		}
		for i := max(sp.Close, lo); i < min(sp.End, hi); i++ {
			out = append(out, i)
		}
	}
	sc.spans = kept
	return out
}

// wholeStrong refuses a strong emphasis around all of a bullet's text.
func wholeStrong(sc *scanner) []int {
	n := len(sc.s)
	return sc.drop(func(sp Span) bool { return sp.Kind != Strong || sp.Start != 0 || sp.End != n }, 0, n)
}

// scanStarred scans s as written between "**" and "**": those marks
// must pair with each other, so the delimiters inside that would pair
// with one of them are written as text.
func scanStarred(s string) []Span {
	const mark = "**"
	w := mark + s + mark
	n, lo, hi := len(w), len(mark), len(w)-len(mark)
	spans := scan(w, lo, hi, false, func(sc *scanner) []int {
		whole := false
		out := sc.drop(func(sp Span) bool {
			if sp == (Span{Kind: Strong, Start: 0, Open: lo, Close: hi, End: n}) {
				whole = true
				return true
			}
			return sp.Start >= lo && sp.End <= hi
		}, lo, hi)
		if !whole && len(out) == 0 {
			// The marks paired in some other way: make every delimiter
			// inside text, which leaves them nothing else to pair with.
			for _, d := range sc.delims {
				for i := max(d.lo, lo); i < min(d.hi, hi); i++ {
					out = append(out, i)
				}
			}
		}
		return out
	})
	kept := spans[:0]
	for _, sp := range spans {
		if sp.Start >= lo && sp.End <= hi {
			kept = append(kept, Span{Kind: sp.Kind, Start: sp.Start - lo, Open: sp.Open - lo, Close: sp.Close - lo, End: sp.End - lo})
		}
	}
	return kept
}
