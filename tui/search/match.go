package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match finds the first occurrence of query in text, ignoring case, and
// returns its byte offsets in text. Case is folded rune by rune with
// Unicode's simple folding, so "CAFÉ" finds "café" and the Kelvin sign
// finds "k", but "ß" does not find "ss" (that needs full folding, which
// would also change lengths). An empty query matches nothing.
func Match(text, query string) (start, end int, ok bool) {
	return index(text, fold(query))
}

// folded is a query with every rune replaced by its fold key, made once
// per search rather than once per bullet.
type folded []rune

// fold returns the fold keys of s's runes.
func fold(s string) folded {
	q := make(folded, 0, len(s))
	for _, r := range s {
		q = append(q, foldKey(r))
	}
	return q
}

// foldKey maps every rune of a case-folding orbit to the same rune: the
// orbit's smallest member, lowered when that is an ASCII capital so ASCII
// text can take the fast path in index without a table look-up.
func foldKey(r rune) rune {
	if r < utf8.RuneSelf {
		return asciiLower(r)
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	if least < utf8.RuneSelf {
		return asciiLower(least)
	}
	return least
}

func asciiLower(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + ('a' - 'A')
	}
	return r
}

// index returns the byte range of the first match of q in text.
func index(text string, q folded) (start, end int, ok bool) {
	if len(q) == 0 {
		return 0, 0, false
	}
	first := q[0]
	// Only ſ and the Kelvin sign fold to ASCII letters (s and k); for any
	// other ASCII first rune a match starts at an ASCII byte, which
	// IndexByte finds many bytes at a time.
	if first < utf8.RuneSelf && first != 'k' && first != 's' {
		return indexASCII(text, byte(first), q[1:])
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII: compare the byte itself and skip the decoding, which
			// is most of the work on a notebook of mostly ASCII notes.
			if asciiLower(rune(c)) == first {
				if end, ok := matchAt(text, i+1, q[1:]); ok {
					return i, end, true
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if foldKey(r) == first {
			if end, ok := matchAt(text, i+size, q[1:]); ok {
				return i, end, true
			}
		}
		i += size
	}
	return 0, 0, false
}

// indexASCII is index for a query whose first rune, first, is ASCII and
// no non-ASCII rune folds to.
func indexASCII(text string, first byte, rest folded) (start, end int, ok bool) {
	upper := first
	if 'a' <= first && first <= 'z' {
		upper = first - ('a' - 'A')
	}
	// The next place of each case, kept between candidates so that a case
	// that is far off or absent is not looked for again from every
	// candidate of the other; len(text) when absent.
	nextLower, nextUpper := -1, -1
	for i := 0; ; i++ {
		nextLower = nextByte(text, i, first, nextLower)
		nextUpper = nextByte(text, i, upper, nextUpper)
		i = min(nextLower, nextUpper)
		if i >= len(text) {
			return 0, 0, false
		}
		if end, ok := matchAt(text, i+1, rest); ok {
			return i, end, true
		}
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

// matchAt reports whether text from byte i starts with q, and where the
// match ends.
func matchAt(text string, i int, q folded) (end int, ok bool) {
	for _, want := range q {
		if i >= len(text) {
			return 0, false
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if foldKey(r) != want {
			return 0, false
		}
		i += size
	}
	return i, true
}
