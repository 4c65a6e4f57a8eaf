package inline

import "strings"

// urlBytes holds the bytes that may be part of a bare URL or a kept
// link's address: RFC 3986's characters less "*", "[" and "]", which are
// markup and rare in URLs.
var urlBytes = byteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&'()+,;=%")

// URLByte reports whether c may be part of a bare URL or a kept link's
// address.
func URLByte(c byte) bool { return urlBytes[c] }

// URLEnd returns the end of the bare http(s) URL starting at s[i], or i
// when none does. A URL runs over URL characters and leaves out trailing
// punctuation and an unbalanced ")" as GitHub's autolinks do, so
// "(see https://example.com/a)." keeps its ")." as text.
func URLEnd(s string, i int) int {
	rest := s[i:]
	var scheme int
	switch {
	case strings.HasPrefix(rest, "https://"):
		scheme = len("https://")
	case strings.HasPrefix(rest, "http://"):
		scheme = len("http://")
	default:
		return i
	}
	end := scheme
	for end < len(rest) && urlBytes[rest[end]] {
		end++
	}
	end = trimURLTail(rest[:end])
	if end <= scheme {
		return i
	}
	return i + end
}

// trimURLTail returns the length of u without the punctuation that ends a
// sentence rather than a URL, and without closing brackets it did not open.
func trimURLTail(u string) int {
	open := strings.Count(u, "(")
	shut := strings.Count(u, ")")
	end := len(u)
	for end > 0 {
		c := u[end-1]
		switch {
		case strings.IndexByte("?!.,:;_~'", c) >= 0:
		case c == ')' && shut > open:
			shut--
		default:
			return end
		}
		end--
	}
	return end
}

// EntityAt reports whether s[i] == '&' starts something a renderer might
// read as an entity or numeric character reference ("&amp;", "&#38;").
func EntityAt(s string, i int) bool {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
	}
	start := j
	for j < len(s) && alnum(s[j]) {
		j++
	}
	return j > start && j < len(s) && s[j] == ';'
}

func alnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
