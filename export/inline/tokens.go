package inline

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// scanner is one pass of Scan over s.
type scanner struct {
	s string
	// lo and hi bound the bytes that are the text: those around them are
	// written whatever (a takeaway's "**").
	lo, hi int
	// literal holds the delimiter bytes an earlier pass left unpaired,
	// which are written escaped and so delimit nothing.
	literal []bool
	// mail marks the bytes GitHub's renderer could take into an e-mail
	// address it links; nil when s has no "@".
	mail []bool
	// noEmphasis makes every "*" and "_" text: the last pass's answer.
	noEmphasis bool
	// itemStart keeps no link labelled "x" at the start (see scan).
	itemStart bool
	spans     []Span
	delims    []delim
	// inert are the runs that can neither open nor close.
	inert []delim
	// lists are the delimiters paired together: those outside links
	// first, then those of each link's label.
	lists [][]int
	ticks backticks
}

// delim is a run of "*" or "_" that can open or close emphasis.
type delim struct {
	char byte
	orig int // the run's length, for the rule of three
	// lo and hi bound the run's bytes not paired yet: an opener pairs
	// from its end, a closer from its start.
	lo, hi            int
	canOpen, canClose bool
}

// tokens finds the code spans, autolinks, links and URLs of s, left to
// right as a renderer does (whichever starts first wins), and the
// delimiter runs outside them.
func (sc *scanner) tokens() {
	s := sc.s
	sc.ticks = findBackticks(s)
	sc.mail = mailZones(s, sc.lo, sc.hi)
	top := sc.newList()
	for i := 0; i < len(s); {
		if sc.mail != nil && sc.mail[i] {
			i++
			continue
		}
		switch c := s[i]; {
		case c == '`':
			i = sc.code(i)
		case c == '<':
			if end := autolinkEnd(s, i); end > i {
				sc.spans = append(sc.spans, Span{Kind: Autolink, Start: i, Open: i + 1, Close: end - 1, End: end})
				i = end
				continue
			}
			i++
		case c == '[':
			if end := sc.link(i); end > i {
				i = end
				continue
			}
			i++
		case c == '*' || c == '_':
			i = sc.delimiter(i, top, false)
		case c == 'h' || c == 'f' || c == 'w':
			i = sc.zone(i)
		default:
			i++
		}
	}
}

func (sc *scanner) newList() int {
	sc.lists = append(sc.lists, nil)
	return len(sc.lists) - 1
}

// code reads a run of backticks at i: a code span when a run as long
// closes it, else literal backticks. It returns where scanning goes on.
func (sc *scanner) code(i int) int {
	run, ok := sc.ticks.at(i)
	if !ok {
		return i + 1
	}
	if end, ok := sc.ticks.closing(run); ok {
		n := sc.ticks.runs[run].n
		sc.spans = append(sc.spans, Span{Kind: Code, Start: i, Open: i + n, Close: end - n, End: end})
		return end
	}
	return i + sc.ticks.runs[run].n
}

// delimiter records the run of "*" or "_" at i in list and returns its
// end. Bytes an earlier pass left unpaired are text and end a run, and so
// are those of a possible e-mail address outside a link's label (GitHub's
// renderer links no address inside a label).
func (sc *scanner) delimiter(i, list int, label bool) int {
	s := sc.s
	c := s[i]
	if sc.noEmphasis || sc.text(i, label) {
		return i + 1
	}
	j := i + 1
	for j < len(s) && s[j] == c && !sc.text(j, label) {
		j++
	}
	before, after := '\n', '\n' // the ends of a paragraph count as space
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if j < len(s) {
		after, _ = utf8.DecodeRuneInString(s[j:])
	}
	// CommonMark's left- and right-flanking runs, as goldmark decides them.
	beforePunct, beforeSpace := util.IsPunctRune(before), util.IsSpaceRune(before)
	afterPunct, afterSpace := util.IsPunctRune(after), util.IsSpaceRune(after)
	left := !afterSpace && (!afterPunct || beforeSpace || beforePunct)
	right := !beforeSpace && (!beforePunct || afterSpace || afterPunct)
	d := delim{char: c, orig: j - i, lo: i, hi: j, canOpen: left, canClose: right}
	if c == '_' {
		d.canOpen = left && (!right || beforePunct)
		d.canClose = right && (!left || afterPunct)
	}
	if d.canOpen || d.canClose {
		sc.delims = append(sc.delims, d)
		sc.lists[list] = append(sc.lists[list], len(sc.delims)-1)
	} else {
		sc.inert = append(sc.inert, d)
	}
	return j
}

// link reads a link at s[i] == '[' and returns its end, or i when there
// is none kept there: a label that is not blank, holds no brackets
// outside its code spans and runs to "](", then an http, https or mailto
// address of URL characters with balanced parentheses, then ")". The
// label's code spans and delimiters are recorded with it.
func (sc *scanner) link(i int) int {
	s := sc.s
	spans, delims := len(sc.spans), len(sc.delims)
	list := sc.newList()
	fail := func() int {
		sc.spans, sc.delims, sc.lists = sc.spans[:spans], sc.delims[:delims], sc.lists[:list]
		return i
	}
	j := i + 1
	for ; j < len(s) && s[j] != ']'; j++ {
		switch s[j] {
		case '[':
			return fail()
		case '`':
			j = sc.code(j) - 1
		case '*', '_':
			j = sc.delimiter(j, list, true) - 1
		}

	}
	if j >= len(s) || strings.TrimSpace(s[i+1:j]) == "" || !strings.HasPrefix(s[j:], "](") {
		return fail()
	}
	if sc.itemStart && i == 0 && j == 2 && (s[1] == 'x' || s[1] == 'X') {
		return fail() // a task's checkbox to GitHub
	}
	end := destinationEnd(s, j+2)
	if end < 0 {
		return fail()
	}
	// The link goes before the spans of its label, found above.
	sc.spans = append(sc.spans, Span{})
	copy(sc.spans[spans+1:], sc.spans[spans:])
	sc.spans[spans] = Span{Kind: Link, Start: i, Open: i + 1, Close: j, End: end}
	return end
}

// destinationEnd returns the end of a kept link's "(address)" whose
// address starts at i, just after its ")", or -1.
func destinationEnd(s string, i int) int {
	if !hasKeptScheme(s[i:]) {
		return -1
	}
	depth := 0
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '(':
			depth++
		case c == ')' && depth == 0:
			return j + 1
		case c == ')':
			depth--
		case !URLByte(c):
			return -1
		}
	}
	return -1
}

// hasKeptScheme reports whether an address starts with a scheme a post
// keeps a link to: a "javascript:" or "file:" link is written as text.
func hasKeptScheme(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "mailto:")
}

// autolinkEnd returns the end of a kept autolink "<https://…>" at s[i],
// or i: an http, https or mailto scheme, then printable ASCII without
// spaces, angle brackets or backslashes, and no "&" that reads as an
// entity, so that the address is written and read back as typed.
func autolinkEnd(s string, i int) int {
	rest := s[i+1:]
	scheme := strings.IndexByte(rest, ':')
	if scheme < 0 {
		return i
	}
	switch strings.ToLower(rest[:scheme]) {
	case "http", "https", "mailto":
	default:
		return i
	}
	for j := scheme + 1; j < len(rest); j++ {
		c := rest[j]
		switch {
		case c == '>':
			if j == scheme+1 {
				return i
			}
			return i + 1 + j + 1
		case c <= ' ' || c >= 0x7f || c == '<' || c == '\\' || c == '&' && EntityAt(rest, j):
			return i
		}
	}
	return i
}

// zone reads text at i that GitHub's renderer (and goldmark's Linkify)
// could take for an address: "http://", "https://", "ftp://" or "www."
// and what follows in its URL characters. Nothing in it is kept but a
// bare URL starting a word, since a renderer that links addresses would
// take the marks into the address and one that does not would not.
func (sc *scanner) zone(i int) int {
	s := sc.s
	rest := s[i:]
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") &&
		!strings.HasPrefix(rest, "ftp://") && !strings.HasPrefix(rest, "www.") {
		return i + 1
	}
	end := i
	for end < len(s) && linkifyBytes[s[end]] {
		end++
	}
	if i == 0 || s[i-1] == ' ' || s[i-1] == '(' {
		if u := URLEnd(s, i); u > i {
			sc.spans = append(sc.spans, Span{Kind: URL, Start: i, Open: i, Close: u, End: u})
		}
	}
	return end
}

// linkifyBytes are the bytes goldmark's Linkify takes into an address.
var linkifyBytes = byteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-@:%._+~#=$!?&/();,'\">^{}[]`")

func byteSet(members string) *[256]bool {
	var set [256]bool
	for i := range len(members) {
		set[members[i]] = true
	}
	return &set
}

// text reports whether the delimiter byte at i is written as text: an
// earlier pass left it unpaired, or it is in what could be an address.
func (sc *scanner) text(i int, label bool) bool {
	return sc.literal != nil && sc.literal[i] || !label && sc.mail != nil && sc.mail[i]
}

// mailLocal are the bytes of an e-mail address before its "@".
var mailLocal = byteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.-")

// mailZones marks the words around each "@" that GitHub's renderer could
// link as an e-mail address: the address bytes before the "@" and the
// domain's after it, within s[lo:hi]. A mark inside one is never kept,
// since that renderer would take it into the address and another would
// not.
func mailZones(s string, lo, hi int) []bool {
	if strings.IndexByte(s, '@') < 0 {
		return nil
	}
	var zone []bool
	for p := strings.IndexByte(s, '@'); p >= 0; {
		if p+1 < len(s) && alnum(s[p+1]) {
			from, to := p, p+1
			for from > lo && mailLocal[s[from-1]] {
				from--
			}
			for to < hi && (alnum(s[to]) || strings.IndexByte(".-_", s[to]) >= 0) {
				to++
			}
			if zone == nil {
				zone = make([]bool, len(s))
			}
			for i := from; i < to; i++ {
				zone[i] = true
			}
		}
		next := strings.IndexByte(s[p+1:], '@')
		if next < 0 {
			break
		}
		p += 1 + next
	}
	return zone
}
