package markdown

import (
	"slices"
	"strings"

	"lanyard/export/inline"
	"lanyard/store/outline"
)

// A note's text keeps the inline Markdown its writer typed: code spans,
// emphasis, strong emphasis, links and autolinks to web and mail
// addresses (inline.Scan says which), so that a post shows them as meant.
// Everything else is escaped as escapeText escapes it, and so is anything
// that would change the post's structure: a heading or list marker at the
// start, HTML, entities, a backslash, an unpaired "*". Each bullet is a
// paragraph of its own, and everything kept in it is paired inside it, so
// nothing typed in one bullet reaches into the next.

// escapeNote returns a bullet's text of kind k as it is written in a
// post: its inline Markdown kept, or everything escaped when literal.
func escapeNote(s string, k outline.Kind, literal bool) string {
	if literal {
		return escapeText(s)
	}
	return escapeInline(clean(s), placeOf(k))
}

// placeOf says where a bullet of kind k writes its text.
func placeOf(k outline.Kind) inline.Place {
	if k == outline.KindStar {
		return inline.Starred
	}
	return inline.Bullet
}

// piece is a part of a text written in its own way.
type piece struct {
	start, end int
	how        pieceKind
}

type pieceKind uint8

const (
	asTyped    pieceKind = iota // marks and code, byte for byte
	asURL                       // a bare URL: see writeURL
	asLinkTail                  // "](address)": see writeLinkTail
)

// escapeInline returns clean text s as inline Markdown that keeps what
// inline.Scan finds in it and shows everything else as typed.
func escapeInline(s string, place inline.Place) string {
	if s == "" {
		return ""
	}
	spans := inline.Scan(s, place)
	marker := orderedMarker(s)
	if spans == nil && marker < 0 && !blockMarker(s[0]) && !hasMarkup(s) {
		return s // the common case, without a copy
	}
	pieces, urls, links := piecesOf(spans)
	risky := riskyURLDelimiters(s, urls)
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	at := 0
	for _, p := range pieces {
		writeEscaped(&b, s, at, p.start, marker, links)
		switch p.how {
		case asTyped:
			b.WriteString(s[p.start:p.end])
		case asURL:
			writeURL(&b, s, span{p.start, p.end}, risky)
		case asLinkTail:
			writeLinkTail(&b, s, p.start, p.end)
		}
		at = p.end
	}
	writeEscaped(&b, s, at, len(s), marker, links)
	return b.String()
}

// piecesOf returns the parts of a text its spans write their own way, in
// order, the bare URLs among them, and where the links start.
func piecesOf(spans []inline.Span) (pieces []piece, urls []span, links []int) {
	for _, sp := range spans {
		switch sp.Kind {
		case inline.Code, inline.Autolink:
			pieces = append(pieces, piece{sp.Start, sp.End, asTyped})
		case inline.URL:
			pieces = append(pieces, piece{sp.Start, sp.End, asURL})
			urls = append(urls, span{sp.Start, sp.End})
		case inline.Link:
			pieces = append(pieces, piece{sp.Start, sp.Open, asTyped}, piece{sp.Close, sp.End, asLinkTail})
			links = append(links, sp.Start)
		default: // emphasis: its marks
			pieces = append(pieces, piece{sp.Start, sp.Open, asTyped}, piece{sp.Close, sp.End, asTyped})
		}
	}
	slices.SortFunc(pieces, func(a, b piece) int { return a.start - b.start })
	return pieces, urls, links
}

// writeEscaped writes s[from:to], text outside what is kept, escaped:
// markup, a block marker at the start, an ordered list's marker, and a
// "!" that would make the link after it an image.
func writeEscaped(b *strings.Builder, s string, from, to, marker int, links []int) {
	plain := from
	for i := from; i < to; i++ {
		c := s[i]
		bang := c == '!' && i+1 == to && slices.Contains(links, to)
		if markup[c] || (i == 0 && blockMarker(c)) || i == marker || bang {
			b.WriteString(s[plain:i])
			b.WriteByte('\\')
			plain = i
		}
	}
	b.WriteString(s[plain:to])
}

// writeLinkTail writes a kept link's "](address)", s[from:to], as typed
// but for an "&" that would read as an entity.
func writeLinkTail(b *strings.Builder, s string, from, to int) {
	for i := from; i < to; i++ {
		if s[i] == '&' && inline.EntityAt(s, i) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
}
