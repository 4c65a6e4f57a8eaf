package fold

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Corpus holds many texts folded once, so that a query is looked for in
// them all by one scan of one string, many bytes at a time, rather than
// text by text and rune by rune. It answers exactly as Query.In does: a
// text can only contain a query if its keys contain the query's keys in a
// row, and each text found so is confirmed by Query.In itself, which also
// says no where a combining mark follows. A Corpus never changes once
// made and is safe for concurrent use.
type Corpus struct {
	texts []string
	// folded is every text's keys (String), one after another; text i's
	// are folded[starts[i]:starts[i+1]].
	folded []byte
	starts []int
}

// NewCorpus folds texts into a corpus. It keeps texts, which the caller
// must not change.
func NewCorpus(texts []string) *Corpus {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	// Keys are rarely longer than their runes: a little room spares the
	// copy of growing past the texts' size.
	folded := make([]byte, 0, size+size/16)
	starts := make([]int, 0, len(texts)+1)
	for _, t := range texts {
		starts = append(starts, len(folded))
		folded = appendKeys(folded, t)
	}
	starts = append(starts, len(folded))
	return &Corpus{texts: texts, folded: folded, starts: starts}
}

// Len returns the number of texts.
func (x *Corpus) Len() int { return len(x.texts) }

// Next returns the first text at or after from that contains q ignoring
// case, -1 if none does.
func (x *Corpus) Next(q *Query, from int) int {
	if q.Empty() || from < 0 || from >= len(x.texts) {
		return -1
	}
	for pos := x.starts[from]; pos < len(x.folded); {
		j := bytes.Index(x.folded[pos:], q.folded)
		if j < 0 {
			return -1
		}
		i := x.textAt(pos + j)
		if q.In(x.texts[i]) {
			return i
		}
		// Text i does not contain the query anywhere: the next candidate
		// is in a later text.
		pos = x.starts[i+1]
	}
	return -1
}

// textAt returns the text whose keys hold byte pos of folded: the last
// text that starts at or before pos and is not empty.
func (x *Corpus) textAt(pos int) int {
	return sort.Search(len(x.texts), func(i int) bool { return x.starts[i+1] > pos })
}

// appendKeys appends String(s) to dst without a string in between. A run
// of ASCII, most of the notes, is copied whole and its capitals lowered in
// place: a tight loop, several times faster than a rune at a time.
func appendKeys(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			from := len(dst)
			dst = append(dst, s[i:j]...)
			for k, c := range dst[from:] {
				if 'A' <= c && c <= 'Z' {
					dst[from+k] = c + ('a' - 'A')
				}
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !drawnOnly(r) {
			dst = utf8.AppendRune(dst, Rune(r))
		}
	}
	return dst
}
