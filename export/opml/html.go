package opml

import "strings"

// htmlTags are the tags htmlText takes for markup: what outliners put in
// OPML text (Workflowy's <mark>, <time> and <mention> among them) and the
// inline HTML around it. Anything else in angle brackets, "<y and z>" in
// "x<y and z>w", is text.
var htmlTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "big": true, "blockquote": true, "br": true,
	"cite": true, "code": true, "del": true, "div": true, "em": true, "font": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true,
	"i": true, "img": true, "ins": true, "kbd": true, "li": true, "mark": true,
	"mention": true, "ol": true, "p": true, "pre": true, "q": true, "s": true,
	"small": true, "span": true, "strike": true, "strong": true, "sub": true,
	"sup": true, "time": true, "tt": true, "u": true, "ul": true,
}

// breakTags end a line or block: dropped, they leave a space so that the
// words either side stay apart. Inline tags such as <b> sit inside words
// as often as between them, and leave nothing.
var breakTags = map[string]bool{
	"blockquote": true, "br": true, "div": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "hr": true, "li": true, "ol": true, "p": true,
	"pre": true, "ul": true,
}

// htmlText turns the inline HTML of an outline's text into plain text: tags
// and comments go, a link becomes "label (url)", or the URL alone when the
// label is the URL or there is none, and an image its alt text or else its
// URL. Entities are left for decodeEntities, so that a "&lt;b&gt;" the user
// typed is not taken for a tag.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	link := -1 // where the open link's label starts in b
	var href string
	// A comment opened after the last "-->" is never closed: knowing it
	// spares a scan to the end for each of a million "<!--".
	lastClose, size := strings.LastIndex(s, "-->"), len(s)
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		tag, n := cutTag(s[i:], size-len(s)+i < lastClose)
		if n == 0 {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		s = s[i+n:]
		name, closing := tagName(tag)
		switch {
		case name == "a" && !closing:
			link, href = b.Len(), attrValue(tag, "href")
		case name == "a" && link >= 0:
			label := b.String()[link:]
			b.WriteString(linkTail(label, href))
			link = -1
		case name == "img":
			if alt := attrValue(tag, "alt"); alt != "" {
				b.WriteString(alt)
			} else {
				b.WriteString(attrValue(tag, "src"))
			}
		case breakTags[name]:
			b.WriteByte(' ')
		}
	}
	b.WriteString(s)
	if link >= 0 { // a link never closed: keep its address all the same
		b.WriteString(linkTail(b.String()[link:], href))
	}
	return b.String()
}

// linkTail is what follows a link's label in plain text: " (url)", the
// URL alone when the label is empty, nothing when the label is the URL.
func linkTail(label, url string) string {
	url = strings.TrimSpace(url)
	switch {
	case url == "" || sameURL(label, url):
		return ""
	case strings.TrimSpace(label) == "":
		return url
	}
	return " (" + url + ")"
}

// sameURL reports whether a link's label is its URL, give or take the
// scheme, a trailing slash and entity encoding: "example.com" labels
// "https://example.com/".
func sameURL(label, url string) bool {
	norm := func(s string) string {
		s = strings.TrimSpace(decodeEntities(s))
		for _, scheme := range []string{"https://", "http://", "mailto:"} {
			s = strings.TrimPrefix(s, scheme)
		}
		return strings.TrimSuffix(s, "/")
	}
	return norm(label) == norm(url)
}

// cutTag returns the text between the brackets of the tag or comment s
// starts with, and its length with the brackets; n is 0 when s does not
// start with one of htmlTags or a comment that closes, which it can only
// if closable. A tag ends at the first ">", and there is none if a "<"
// comes first: so each scan stops where the next one starts, and a text of
// a million "<b" takes no longer to read than a million letters.
func cutTag(s string, closable bool) (tag string, n int) {
	if strings.HasPrefix(s, "<!--") {
		if !closable {
			return "", 0
		}
		end := strings.Index(s[4:], "-->")
		if end < 0 {
			return "", 0
		}
		return "!--", 4 + end + 3
	}
	name, _ := tagName(s[1:])
	if !htmlTags[name] {
		return "", 0
	}
	end := strings.IndexAny(s[1:], "<>")
	if end < 0 || s[1+end] != '>' {
		return "", 0
	}
	return s[1 : 1+end], 1 + end + 1
}

// tagName returns the lower-case name of a tag given its text after "<",
// and whether it is a closing tag.
func tagName(tag string) (name string, closing bool) {
	tag, closing = strings.CutPrefix(tag, "/")
	i := 0
	for i < len(tag) && isAlnum(tag[i]) {
		i++
	}
	return strings.ToLower(tag[:i]), closing
}

// attrValue returns the value of the attribute key in a tag's text, ""
// when it has none. Values may be quoted either way or not at all.
func attrValue(tag, key string) string {
	lower := strings.ToLower(tag)
	for from := 0; ; {
		i := strings.Index(lower[from:], key)
		if i < 0 {
			return ""
		}
		i += from
		from = i + len(key)
		if i == 0 || !isSpace(tag[i-1]) {
			continue // the end of another attribute's name
		}
		rest := strings.TrimLeft(tag[from:], " \t\n")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		return value(strings.TrimLeft(rest[1:], " \t\n"))
	}
}

// value returns the attribute value s starts with.
func value(s string) string {
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if end := strings.IndexByte(s[1:], s[0]); end >= 0 {
			return s[1 : 1+end]
		}
		return s[1:]
	}
	if end := strings.IndexAny(s, " \t\n/>"); end >= 0 {
		return s[:end]
	}
	return s
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
