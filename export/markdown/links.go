package markdown

import (
	"strings"

	"lanyard/export/inline"
)

// link is a Markdown link typed into a bullet, "[label](https://…)":
// s[start:end] is all of it, s[label:labelEnd] the label and
// s[url:end-1] the address.
type link struct {
	start, end      int
	label, labelEnd int
	url             int
}

// findLinks returns the links typed in s that the export keeps as links:
// a non-empty label without brackets, then at once "(" and an http(s)
// address of URL characters with balanced parentheses, then ")". Anything
// else with brackets is escaped and shows as typed.
func findLinks(s string) []link {
	if !strings.Contains(s, "](http") {
		return nil
	}
	var links []link
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		if l, ok := linkFrom(s, i); ok {
			links = append(links, l)
			i = l.end - 1
		}
	}
	return links
}

// linkFrom reads the link starting at s[i] == '['.
func linkFrom(s string, i int) (link, bool) {
	close := strings.IndexAny(s[i+1:], "[]")
	if close < 0 || s[i+1+close] != ']' {
		return link{}, false
	}
	labelEnd := i + 1 + close
	if strings.TrimSpace(s[i+1:labelEnd]) == "" || !strings.HasPrefix(s[labelEnd:], "](") {
		return link{}, false
	}
	url := labelEnd + 2
	if !strings.HasPrefix(s[url:], "https://") && !strings.HasPrefix(s[url:], "http://") {
		return link{}, false
	}
	depth := 0
	for j := url; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '(':
			depth++
		case c == ')' && depth == 0:
			return link{start: i, end: j + 1, label: i + 1, labelEnd: labelEnd, url: url}, true
		case c == ')':
			depth--
		case !inline.URLByte(c):
			return link{}, false
		}
	}
	return link{}, false
}

// linkAt returns the link that covers s[i], if any.
func linkAt(links []link, i int) (link, bool) {
	for _, l := range links {
		if l.start <= i && i < l.end {
			return l, true
		}
	}
	return link{}, false
}

// writeLink writes a typed link as a link: its label escaped as text, its
// address as typed except an "&" that would read as an entity.
func writeLink(b *strings.Builder, s string, l link) {
	b.WriteByte('[')
	b.WriteString(escapeLabel(s[l.label:l.labelEnd]))
	b.WriteString("](")
	for i := l.url; i < l.end-1; i++ {
		if s[i] == '&' && inline.EntityAt(s, i) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte(')')
}

// escapeLabel escapes a link's label. It is inline text inside the
// brackets, so the line-start rules do not apply, and nothing in it may
// become a link of its own.
func escapeLabel(label string) string {
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		if markup[label[i]] {
			b.WriteByte('\\')
		}
		b.WriteByte(label[i])
	}
	return b.String()
}

// Links returns the addresses in a bullet's text, in order: bare http(s)
// URLs and the addresses of typed links, each with the label typed for it
// ("" for a bare URL). A post's Resources section is made of them.
func Links(text string) []Resource {
	links := findLinks(text)
	urls := findURLs(text, links)
	var found []Resource
	for len(links) > 0 || len(urls) > 0 {
		if len(urls) == 0 || len(links) > 0 && links[0].start < urls[0].start {
			l := links[0]
			found = append(found, Resource{URL: text[l.url : l.end-1], Label: text[l.label:l.labelEnd]})
			links = links[1:]
			continue
		}
		found = append(found, Resource{URL: text[urls[0].start:urls[0].end]})
		urls = urls[1:]
	}
	return found
}
