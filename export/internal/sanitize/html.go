package sanitize

import (
	"strings"
	"unicode"
)

// stripTags removes anything that looks like an HTML tag: a "<" followed by
// a letter, "/" or "!" up to the next ">". A lone "<" as in "a < b" or
// "<3" is text and stays.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 == len(s) {
			break
		}
		next := rune(s[i+1])
		end := strings.IndexByte(s[i:], '>')
		if end < 0 || !(unicode.IsLetter(next) || next == '/' || next == '!') {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		if isBlockTag(s[i+1 : i+end]) {
			b.WriteByte(' ')
		}
		s = s[i+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// isBlockTag reports whether a tag (its text between "<" and ">") breaks
// the line, so that the words either side of it stay apart once it goes;
// an inline tag such as <em> sits inside a word as often as between words.
func isBlockTag(tag string) bool {
	name := strings.ToLower(strings.TrimLeft(tag, "/"))
	if i := strings.IndexAny(name, " \t/"); i >= 0 {
		name = name[:i]
	}
	switch name {
	case "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr":
		return true
	}
	return false
}
