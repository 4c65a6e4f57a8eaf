package opml

import (
	"slices"
	"strings"
)

// The passes here take time in proportion to the text, whatever it holds:
// a file of a million "[" or "`" must not hang the import. Each scan stops
// where the next one starts, or is done once for the whole text.

// emphasisMarks are the paired Markdown marks markdownText takes off:
// bold, Dynalist's italic, strike-through, and Logseq's two highlights.
var emphasisMarks = []string{"**", "__", "~~", "==", "^^"}

// markdownText turns the inline Markdown outliners keep in their text into
// plain text: [label](url) and ![alt](url) become "label (url)" or the
// URL alone, [[page]] references their page's name, Dynalist's dates
// !(2026-07-08) the date, and paired emphasis marks go. Code spans stay as
// they are, backticks included: what is in them is meant literally.
func markdownText(s string) string {
	if !strings.ContainsAny(s, "[*_~=^!") {
		return s // the common case, without a copy
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, c := range codeSpans(s) {
		b.WriteString(inlineMarkdown(s[last:c.start]))
		b.WriteString(s[c.start:c.end])
		last = c.end
	}
	b.WriteString(inlineMarkdown(s[last:]))
	return b.String()
}

// rewrite replaces s[start:end] with text.
type rewrite struct {
	start, end int
	text       string
}

// codeSpans returns where s's code spans are, in order: each from a run of
// backticks to the next run of the same length. A run that nothing closes
// is literal backticks.
func codeSpans(s string) []rewrite {
	type run struct{ pos, n int }
	var runs []run
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '`')
		if j < 0 {
			break
		}
		p := i + j
		n := len(s[p:]) - len(strings.TrimLeft(s[p:], "`"))
		runs = append(runs, run{p, n})
		i = p + n
	}
	// closer[k] is the next run as long as run k, found walking back once.
	closer := make([]int, len(runs))
	seen := make(map[int]int)
	for k := len(runs) - 1; k >= 0; k-- {
		c, ok := seen[runs[k].n]
		if !ok {
			c = -1
		}
		closer[k] = c
		seen[runs[k].n] = k
	}
	var spans []rewrite
	for k := 0; k < len(runs); k++ {
		if c := closer[k]; c >= 0 {
			spans = append(spans, rewrite{start: runs[k].pos, end: runs[c].pos + runs[c].n})
			k = c
		}
	}
	return spans
}

// inlineMarkdown is markdownText outside code spans.
func inlineMarkdown(s string) string {
	return emphasis(dates(links(s)))
}

// links rewrites s's links, images and [[references]].
func links(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	found := linkRewrites(s)
	if len(found) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, r := range found {
		if r.start < last {
			continue // inside a link already rewritten
		}
		b.WriteString(s[last:r.start])
		b.WriteString(r.text)
		last = r.end
	}
	b.WriteString(s[last:])
	return b.String()
}

// linkRewrites finds s's links and references in one pass, matching
// brackets on a stack, and returns them in order of their starts.
func linkRewrites(s string) []rewrite {
	var open []int          // the "[" not yet closed
	inner := [2]int{-1, -1} // the pair of brackets closed last
	var found []rewrite
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			open = append(open, i)
		case ']':
			if len(open) == 0 {
				continue
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			if r, ok := bracketRewrite(s, o, i, inner); ok {
				found = append(found, r)
			}
			inner = [2]int{o, i}
		}
	}
	slices.SortFunc(found, func(a, b rewrite) int { return a.start - b.start })
	return found
}

// bracketRewrite returns what the brackets s[o] and s[c] make, if
// anything: a [[reference]] when they directly hold the pair inner, a
// link or image when a destination follows.
func bracketRewrite(s string, o, c int, inner [2]int) (rewrite, bool) {
	if inner == [2]int{o + 1, c - 1} {
		page := s[o+2 : c-1]
		if page != "" && !strings.ContainsAny(page, "[]") {
			return rewrite{start: o, end: c + 1, text: page}, true
		}
	}
	if c+1 >= len(s) || s[c+1] != '(' {
		return rewrite{}, false
	}
	url, end := destination(s, c+2)
	if end < 0 {
		return rewrite{}, false
	}
	start := o
	if o > 0 && s[o-1] == '!' { // an image: its alt text is the label
		start--
	}
	label := s[o+1 : c]
	text := url
	if strings.TrimSpace(label) != "" {
		text = label + linkTail(label, url)
	}
	return rewrite{start: start, end: end, text: text}, true
}

// destination reads a link's destination, and optional title, from s[p:]
// up to its closing parenthesis: it returns the URL and the index just
// past the parenthesis, or end = -1. A URL has no spaces unless in <>;
// parentheses in it nest, as in a URL to a wiki page "Go_(language)". No
// bracket is part of a destination, so each scan ends before the next
// link starts.
func destination(s string, p int) (url string, end int) {
	depth := 0
	i := p
	if i < len(s) && s[i] == '<' {
		for i++; i < len(s) && s[i] != '>'; i++ {
			if strings.IndexByte("<[]\n", s[i]) >= 0 {
				return "", -1
			}
		}
		if i == len(s) {
			return "", -1
		}
		url = s[p+1 : i]
		i++
	} else {
	scan:
		for ; i < len(s); i++ {
			switch s[i] {
			case ' ', '\t', '\n':
				break scan
			case '[', ']':
				return "", -1
			case '(':
				depth++
			case ')':
				if depth == 0 {
					break scan
				}
				depth--
			}
		}
		url = s[p:i]
	}
	// What is left before ")" is the link's title.
	for ; i < len(s) && s[i] != ')'; i++ {
		if s[i] == '[' || s[i] == ']' {
			return "", -1
		}
	}
	if i == len(s) || url == "" {
		return "", -1
	}
	return url, i + 1
}

// dates rewrites Dynalist's dates, "!(2026-07-08)" or "!(2026-07-08
// 10:00 | 1w)", as the date and time alone.
func dates(s string) string {
	if !strings.Contains(s, "!(") {
		return s
	}
	const longest = 64 // more than a date, a time and a repeat take
	var b strings.Builder
	for {
		i := strings.Index(s, "!(")
		if i < 0 {
			break
		}
		body := s[i+2 : min(len(s), i+2+longest)]
		end := strings.IndexByte(body, ')')
		if end < 0 || !isDate(body[:end]) {
			b.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		date, _, _ := strings.Cut(body[:end], "|")
		b.WriteString(s[:i])
		b.WriteString(strings.TrimSpace(date))
		s = s[i+2+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// isDate reports whether s starts with a date written 2026-07-08.
func isDate(s string) bool {
	if len(s) < 10 {
		return false
	}
	for i := range 10 {
		digit := s[i] >= '0' && s[i] <= '9'
		if (i == 4 || i == 7) != (s[i] == '-') || i != 4 && i != 7 && !digit {
			return false
		}
	}
	return true
}

// emphasis takes the paired emphasis marks off s, outside URLs: "__init__"
// in a link to Python's docs is not bold. A pair does not reach across a
// URL.
func emphasis(s string) string {
	if !strings.ContainsAny(s, "*_~=^") {
		return s
	}
	var b strings.Builder
	for {
		start, end := nextURL(s)
		if start < 0 {
			b.WriteString(unpairAll(s))
			break
		}
		b.WriteString(unpairAll(s[:start]))
		b.WriteString(s[start:end])
		s = s[end:]
	}
	return b.String()
}

// nextURL returns the bounds of the first word of s that has a scheme
// ("://") in it, or -1, -1.
func nextURL(s string) (start, end int) {
	i := strings.Index(s, "://")
	if i < 0 {
		return -1, -1
	}
	start = strings.LastIndexAny(s[:i], " \t\n") + 1
	end = len(s)
	if j := strings.IndexAny(s[i:], " \t\n"); j >= 0 {
		end = i + j
	}
	return start, end
}

// unpairAll takes off every kind of emphasis mark.
func unpairAll(s string) string {
	for _, mark := range emphasisMarks {
		s = unpair(s, mark)
	}
	return s
}

// unpair takes off the emphasis mark where it opens and closes a run of
// text: "**key**" is "key", while "a ** b", "**" alone and "2**10" with
// no closing mark stay as they are.
func unpair(s, mark string) string {
	if !strings.Contains(s, mark) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, mark)
		if i < 0 {
			break
		}
		open := i + len(mark)
		j := strings.Index(s[open:], mark)
		if j < 0 {
			break // no mark closes this one, nor any after it
		}
		inner := s[open : open+j]
		if inner == "" || inner != strings.TrimSpace(inner) {
			b.WriteString(s[:open])
			s = s[open:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteString(inner)
		s = s[open+j+len(mark):]
	}
	b.WriteString(s)
	return b.String()
}
