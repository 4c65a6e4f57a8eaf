package outline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Search returns the rows whose text contains query, in order, ignoring
// case the way strings.EqualFold does (Unicode simple folding: "É" finds
// "é", "K" finds the Kelvin sign). An empty query finds nothing. Hits may
// be hidden in folded bullets; Reveal brings one into sight.
func (o *Outline) Search(query string) []int {
	q := foldRunes(query)
	if len(q) == 0 {
		return nil
	}
	m := newMatcher(q)
	var rows []int
	for i, n := range o.rows {
		if m.in(n.Text) {
			rows = append(rows, i)
		}
	}
	return rows
}

// foldRunes returns s's runes, each replaced by its fold.
func foldRunes(s string) []rune {
	q := make([]rune, 0, len(s))
	for _, r := range s {
		q = append(q, fold(r))
	}
	return q
}

// matcher finds a folded query in texts. Most of a search's time goes to
// finding where a match could start, the runes equal to the query's first
// ignoring case: when those are all ASCII (any query not starting with k, s
// or a non-ASCII letter) strings.IndexByte finds them, many bytes at a
// time; otherwise strings.IndexAny.
type matcher struct {
	q []rune
	// firsts is the runes equal to q[0] ignoring case; lower and upper
	// are its bytes if it is one or two ASCII characters, else 0.
	firsts       string
	lower, upper byte
}

func newMatcher(q []rune) *matcher {
	runes := []rune{q[0]}
	for f := unicode.SimpleFold(q[0]); f != q[0]; f = unicode.SimpleFold(f) {
		runes = append(runes, f)
	}
	m := &matcher{q: q, firsts: string(runes)}
	if len(m.firsts) == len(runes) && len(runes) <= 2 {
		m.lower, m.upper = m.firsts[0], m.firsts[len(runes)-1]
	}
	return m
}

// in reports whether s contains a run of runes whose folds are m.q.
func (m *matcher) in(s string) bool {
	for {
		j := m.start(s)
		if j < 0 {
			return false
		}
		_, size := decode(s[j:])
		s = s[j+size:]
		if hasFoldPrefix(s, m.q[1:]) {
			return true
		}
	}
}

// start returns the index of the first rune of s equal to q[0] ignoring
// case, or -1.
func (m *matcher) start(s string) int {
	if m.lower == 0 {
		return strings.IndexAny(s, m.firsts)
	}
	i := strings.IndexByte(s, m.lower)
	if m.upper == m.lower {
		return i
	}
	if i < 0 {
		return strings.IndexByte(s, m.upper)
	}
	if j := strings.IndexByte(s[:i], m.upper); j >= 0 {
		return j
	}
	return i
}

// hasFoldPrefix reports whether s begins with runes whose folds are q.
func hasFoldPrefix(s string, q []rune) bool {
	for _, want := range q {
		if s == "" {
			return false
		}
		r, size := decode(s)
		if fold(r) != want {
			return false
		}
		s = s[size:]
	}
	return true
}

// decode returns the first rune of non-empty s and its length, sparing
// ASCII, which most notes are, the call into utf8.
func decode(s string) (rune, int) {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s)
}

// fold returns the smallest rune that r is equal to under simple case
// folding, so that two runes are equal ignoring case exactly when their
// folds are equal.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			// The smallest of {k, K, Kelvin sign} and {s, S, long s}
			// is ASCII too.
			return r - 'a' + 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
