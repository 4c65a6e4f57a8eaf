package search

import "lanyard/store/fold"

// Match finds the first occurrence of query in text ignoring case, by
// lanyard's one rule for it (package fold), and returns the byte offsets
// in text that the highlight covers. An empty query matches nothing.
func Match(text, query string) (start, end int, ok bool) {
	return fold.NewQuery(query).Index(text)
}
