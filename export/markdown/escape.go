package markdown

import (
	"strings"
	"unicode"

	"lanyard/export/inline"
)

// The escaping here makes typed text show as typed in any CommonMark
// renderer: every character CommonMark could read as markup gets a
// backslash (any ASCII punctuation may be backslash-escaped, and an escaped
// one is always literal). Bare http(s) URLs are the exception: they are
// written as typed so that renderers which link bare URLs (GFM, goldmark's
// Linkify) still do, and inside them only what would otherwise turn into
// markup is escaped (see inline.URLByte and writeURL).
//
// Markdown cannot keep leading or trailing whitespace, line breaks or
// control characters in a paragraph, so text is first cleaned: line breaks
// and tabs become spaces, other control characters are dropped, and the
// ends are trimmed.

// escapeText returns s as CommonMark inline text that renders as s.
// A link typed the Markdown way, "[slides](https://example.com/s)", is
// kept as a link: people who write for a blog type them. It is how
// everything typed but notes is written (titles, speakers, rooms), and
// notes too when the post is literal (Options.Literal).
func escapeText(s string) string {
	s = clean(s)
	if s == "" {
		return ""
	}
	links := findLinks(s)
	urls := findURLs(s, links)
	risky := riskyURLDelimiters(s, urls)
	marker := orderedMarker(s)
	if urls == nil && links == nil && marker < 0 && !blockMarker(s[0]) && !hasMarkup(s) {
		return s // the common case, without a copy
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	plain := 0 // start of the run of bytes not yet written that need no escape
	for i := 0; i < len(s); {
		switch {
		case len(links) > 0 && links[0].start == i:
			b.WriteString(s[plain:i])
			writeLink(&b, s, links[0])
			i, plain = links[0].end, links[0].end
			links = links[1:]
			continue
		case len(urls) > 0 && urls[0].start == i:
			b.WriteString(s[plain:i])
			writeURL(&b, s, urls[0], risky)
			i, plain = urls[0].end, urls[0].end
			urls = urls[1:]
			continue
		}
		// A "!" just before a kept link would make it an image.
		bang := s[i] == '!' && len(links) > 0 && links[0].start == i+1
		if markup[s[i]] || (i == 0 && blockMarker(s[i])) || i == marker || bang {
			b.WriteString(s[plain:i])
			b.WriteByte('\\')
			plain = i
		}
		i++
	}
	b.WriteString(s[plain:])
	return b.String()
}

// escapeHeading returns s as the content of an ATX heading: inline text
// whose trailing run of #s, if it stands alone, is escaped so that it is not
// read as the heading's optional closing sequence.
func escapeHeading(s string) string {
	e := escapeText(s)
	run := len(e)
	for run > 0 && e[run-1] == '#' {
		run--
	}
	if run == len(e) || (run > 0 && e[run-1] != ' ') {
		return e
	}
	return e[:run] + `\` + e[run:]
}

// clean makes s a single trimmed line with no control characters.
func clean(s string) string {
	if !hasControl(s) {
		return strings.TrimSpace(s) // the common case, without a copy
	}
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s))
}

// hasControl reports whether s holds a C0 or C1 control character or DEL
// (C1 controls are U+0080 to U+009F, in UTF-8 0xC2 0x80 to 0xC2 0x9F).
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || (c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f) {
			return true
		}
	}
	return false
}

// markup holds the bytes that can start or close inline markup anywhere in
// a line: emphasis, code spans, links, raw HTML, entities, escapes, and
// GFM strikethrough.
var markup = byteSet("\\`*_[]<&~")

func hasMarkup(s string) bool {
	for i := 0; i < len(s); i++ {
		if markup[s[i]] {
			return true
		}
	}
	return false
}

func byteSet(members string) *[256]bool {
	var set [256]bool
	for i := range len(members) {
		set[members[i]] = true
	}
	return &set
}

// blockMarker reports whether c at the start of a line can begin a block
// (heading, quote, list, thematic break, setext underline).
func blockMarker(c byte) bool {
	return strings.IndexByte("#>-+=", c) >= 0
}

// orderedMarker returns the index of the "." or ")" of a leading ordered
// list marker such as "1." or "12)", or -1.
func orderedMarker(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return i
	}
	return -1
}

// span is a byte range of a string.
type span struct{ start, end int }

// findURLs returns the bare http(s) URLs in s, in order, outside the
// typed links. A URL starts a word (or follows "("), runs over URL
// characters, and leaves out trailing punctuation and an unbalanced ")" as
// GFM's autolinks do, so "(see https://example.com/a)." keeps its ")." as
// text.
func findURLs(s string, links []link) []span {
	if !strings.Contains(s, "http") {
		return nil
	}
	var urls []span
	for i := 0; i < len(s); i++ {
		if l, ok := linkAt(links, i); ok {
			i = l.end - 1
			continue
		}
		if i > 0 && s[i-1] != ' ' && s[i-1] != '(' {
			continue
		}
		if end := inline.URLEnd(s, i); end > i {
			urls = append(urls, span{i, end})
			i = end - 1
		}
	}
	return urls
}

// riskyDelimiters says which of "_" and "~" inside URLs must be escaped.
type riskyDelimiters struct{ underscore, tilde bool }

// riskyURLDelimiters decides whether the "_" and "~" inside s's URLs can
// pair up into emphasis or strikethrough for a renderer that does not link
// bare URLs. Those outside URLs are escaped, so pairing needs two runs
// inside URLs; an "_" run between letters or digits never counts (it can
// neither open nor close emphasis), but a "~" run does (strikethrough
// follows "*"'s rules, not "_"'s). Escaping only when a pair exists keeps
// nearly every real URL byte for byte as typed.
func riskyURLDelimiters(s string, urls []span) riskyDelimiters {
	var underscores, tildes int
	for _, u := range urls {
		for i := u.start; i < u.end; {
			c := s[i]
			j := i + 1
			for j < u.end && s[j] == c {
				j++
			}
			switch {
			case c == '_' && !intraword(s, i, j):
				underscores++
			case c == '~':
				tildes++
			}
			i = j
		}
	}
	return riskyDelimiters{underscore: underscores > 1, tilde: tildes > 1}
}

// writeURL writes s[u.start:u.end] as typed, escaping only what a renderer
// that does not link bare URLs would read as markup.
func writeURL(b *strings.Builder, s string, u span, risky riskyDelimiters) {
	for i := u.start; i < u.end; i++ {
		c := s[i]
		switch {
		case c == '&' && inline.EntityAt(s, i),
			c == '_' && risky.underscore && !intraword(s, runStart(s, i), runEnd(s, i)),
			c == '~' && risky.tilde:
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
}

// intraword reports whether the run s[i:j] sits between letters or digits.
func intraword(s string, i, j int) bool {
	return i > 0 && j < len(s) && alnum(s[i-1]) && alnum(s[j])
}

// runStart and runEnd return the bounds of the run of s[i] around i.
func runStart(s string, i int) int {
	for i > 0 && s[i-1] == s[i] {
		i--
	}
	return i
}

func runEnd(s string, i int) int {
	c := s[i]
	for i < len(s) && s[i] == c {
		i++
	}
	return i
}

func alnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
