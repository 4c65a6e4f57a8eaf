package inline

// emphasize pairs the delimiter runs of each list into emphasis, as
// CommonMark's "process emphasis" does: each closer, left to right, takes
// the nearest opener of its character that the rule of three allows, two
// bytes of each when both have two (strong), else one. Delimiters between
// a pair are text. What stays unpaired is left in the runs' lo..hi.
func (sc *scanner) emphasize() {
	for _, list := range sc.lists {
		if len(list) > 1 {
			sc.pair(list)
		}
	}
}

// pair processes one list of delimiters, in the order of the text.
func (sc *scanner) pair(list []int) {
	n := len(list)
	prev, next := make([]int, n), make([]int, n)
	for k := range n {
		prev[k], next[k] = k-1, k+1
	}
	remove := func(k int) {
		if prev[k] >= 0 {
			next[prev[k]] = next[k]
		}
		if next[k] < n {
			prev[next[k]] = prev[k]
		}
	}
	// bottom[key] is the list position below which no opener pairs with a
	// closer of that key: the search for one stops there, which keeps
	// the pairing linear (CommonMark's openers_bottom).
	var bottom [2][2][3]int
	for a := range bottom {
		for b := range bottom[a] {
			bottom[a][b] = [3]int{-1, -1, -1}
		}
	}
	for c := 0; c < n; {
		closer := &sc.delims[list[c]]
		if !closer.canClose {
			c = next[c]
			continue
		}
		key := &bottom[charIndex(closer.char)][boolIndex(closer.canOpen)][closer.orig%3]
		o, use := prev[c], 0
		for ; o > *key; o = prev[o] {
			opener := &sc.delims[list[o]]
			if opener.canOpen && opener.char == closer.char {
				if use = consumes(opener, closer); use > 0 {
					break
				}
			}
		}
		if use == 0 {
			*key = prev[c]
			after := next[c]
			if !closer.canOpen {
				remove(c)
			}
			c = after
			continue
		}
		opener := &sc.delims[list[o]]
		kind := Emphasis
		if use == 2 {
			kind = Strong
		}
		opener.hi -= use
		sc.spans = append(sc.spans, Span{Kind: kind, Start: opener.hi, Open: opener.hi + use, Close: closer.lo, End: closer.lo + use})
		closer.lo += use
		// The delimiters between the pair are text.
		next[o], prev[c] = c, o
		if opener.lo == opener.hi {
			remove(o)
		}
		if closer.lo == closer.hi {
			after := next[c]
			remove(c)
			c = after
		}
	}
}

// consumes returns how many bytes of each run a pair of opener and closer
// takes: 0 when the rule of three forbids the pair (a run that can both
// open and close pairs only with one whose length, added to its own, is
// not a multiple of three, unless both are).
func consumes(opener, closer *delim) int {
	if (opener.canClose || closer.canOpen) && (opener.orig+closer.orig)%3 == 0 && closer.orig%3 != 0 {
		return 0
	}
	if opener.hi-opener.lo >= 2 && closer.hi-closer.lo >= 2 {
		return 2
	}
	return 1
}

func charIndex(c byte) int {
	if c == '_' {
		return 1
	}
	return 0
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}
