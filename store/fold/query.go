package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a text to look for ignoring case, folded once and then matched
// against many texts. The zero Query (and one made of an empty text)
// matches nothing.
type Query struct {
	keys []rune
	// Most of a search's time goes to finding where a match could start:
	// the runes whose key is keys[0]. For an ASCII key those are its two
	// cases, found by strings.IndexByte many bytes at a time, and for i, k
	// and s one non-ASCII rune too (İ, the Kelvin sign, the long s), found
	// by its first byte; lower, upper and lead are those bytes, lead 0 for
	// none. Otherwise firsts holds the runes for strings.IndexAny.
	lower, upper, lead byte
	firsts             string
	// folded is keys as UTF-8, what a Corpus looks for in its folded texts.
	folded []byte
}

// leadOf holds the one non-ASCII rune that shares each of these ASCII
// keys; a match can start at its first byte.
var leadOf = map[rune]string{'i': "\u0130", 'k': "\u212A", 's': "\u017F"}

// NewQuery folds text into a query.
func NewQuery(text string) *Query {
	q := &Query{}
	for _, r := range text {
		if !drawnOnly(r) {
			q.keys = append(q.keys, Rune(r))
		}
	}
	if len(q.keys) == 0 {
		return q
	}
	q.folded = []byte(string(q.keys))
	first := q.keys[0]
	if first < utf8.RuneSelf {
		q.lower, q.upper = byte(first), byte(unicode.ToUpper(first))
		if other, ok := leadOf[first]; ok {
			q.lead = other[0]
		}
		return q
	}
	runes := []rune{first}
	for f := unicode.SimpleFold(first); f != first; f = unicode.SimpleFold(f) {
		runes = append(runes, f)
	}
	q.firsts = string(runes)
	return q
}

// Empty reports whether the query matches nothing, having no text.
func (q *Query) Empty() bool { return len(q.keys) == 0 }

// In reports whether text contains the query ignoring case.
func (q *Query) In(text string) bool {
	_, _, ok := q.Index(text)
	return ok
}

// Index returns the byte range of the first match of the query in text:
// the range a highlight covers, with any variation selectors and skin-tone
// modifiers that follow the match.
func (q *Query) Index(text string) (start, end int, ok bool) {
	if len(q.keys) == 0 {
		return 0, 0, false
	}
	if q.firsts == "" {
		return q.indexASCII(text)
	}
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], q.firsts)
		if j < 0 {
			return 0, 0, false
		}
		i += j
		_, size := decode(text[i:])
		if end, ok := q.matchAt(text, i+size); ok {
			return i, end, true
		}
		i += size
	}
	return 0, 0, false
}

// indexASCII is Index for a query whose first key is ASCII.
func (q *Query) indexASCII(text string) (start, end int, ok bool) {
	// The next place of each byte, kept between candidates so that one
	// that is far off or absent is not looked for again from every
	// candidate of the others; len(text) when absent.
	nextLower, nextUpper, nextLead := -1, -1, len(text)
	if q.lead != 0 {
		nextLead = -1
	}
	for i := 0; ; {
		nextLower = nextByte(text, i, q.lower, nextLower)
		nextUpper = nextByte(text, i, q.upper, nextUpper)
		if q.lead != 0 {
			nextLead = nextByte(text, i, q.lead, nextLead)
		}
		i = min(nextLower, nextUpper, nextLead)
		if i >= len(text) {
			return 0, 0, false
		}
		size := 1
		if text[i] == q.lead {
			// Another rune with the same first byte is no start.
			var r rune
			if r, size = decode(text[i:]); Rune(r) != q.keys[0] {
				i += size
				continue
			}
		}
		if end, ok := q.matchAt(text, i+size); ok {
			return i, end, true
		}
		i += size
	}
}

// nextByte returns the index of the first c in text at or after from,
// len(text) if there is none; known is the answer of an earlier call with
// a smaller from, kept while it is still ahead.
func nextByte(text string, from int, c byte, known int) int {
	if known >= from {
		return known
	}
	if from >= len(text) {
		return len(text)
	}
	j := strings.IndexByte(text[from:], c)
	if j < 0 {
		return len(text)
	}
	return from + j
}

// matchAt reports whether text from byte i goes on with the query's keys
// after the first, and where the match ends: after the runes that only
// change how its last character is drawn, and not before a combining
// mark, which would make that character another. ASCII, most of the
// notes, is compared byte by byte without decoding.
func (q *Query) matchAt(text string, i int) (end int, ok bool) {
	for _, want := range q.keys[1:] {
		if i >= len(text) {
			return 0, false
		}
		if c := text[i]; c < utf8.RuneSelf {
			if asciiLower(rune(c)) != want {
				return 0, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		for drawnOnly(r) {
			if i += size; i >= len(text) {
				return 0, false
			}
			r, size = decode(text[i:])
		}
		if Rune(r) != want {
			return 0, false
		}
		i += size
	}
	for i < len(text) && text[i] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(text[i:])
		if combining(r) {
			return 0, false
		}
		if !drawnOnly(r) {
			break
		}
		i += size
	}
	return i, true
}
