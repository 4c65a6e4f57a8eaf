package markdown

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"
	"unicode"

	"lanyard/export/internal/sanitize"
)

// unescapeText turns inline Markdown source back into the text it shows
// where it has no markup of its own: backslash escapes and entity
// references are undone, everything else (a typed link, stray emphasis
// from another tool) stays as typed. It is escapeText's inverse. The text
// is then made safe to keep: no control characters or terminal escape
// sequences, no spaces at the ends.
func unescapeText(s string) string {
	if strings.ContainsAny(s, `\&`) {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
				b.WriteByte(s[i+1])
				i++
				continue
			case c == '&':
				if ref, n := entity(s[i:]); n > 0 {
					b.WriteString(ref)
					i += n - 1
					continue
				}
			}
			b.WriteByte(c)
		}
		s = b.String()
	}
	return cleanRead(s)
}

// entity decodes the entity or character reference at the start of s,
// returning it and its length, or 0 when there is none.
func entity(s string) (string, int) {
	// CommonMark's references: &name; &#123; &#x1F; — letters and digits
	// only between & and ;, which entityAt on the writing side matches.
	if !entityAt(s, 0) {
		return "", 0
	}
	ref := s[:strings.IndexByte(s, ';')+1]
	decoded := html.UnescapeString(ref)
	if decoded == ref {
		return "", 0
	}
	return decoded, len(ref)
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && unicode.IsPunct(rune(c)) || strings.IndexByte("$+<=>^`|~", c) >= 0
}

// cleanRead makes text read from a file safe to keep and draw: terminal
// escape sequences and control characters go (a tab becomes a space), and
// the ends are trimmed. Unlike a schedule's text, other spaces are kept as
// typed: they are the user's own.
func cleanRead(s string) string {
	if !hasControl(s) {
		return strings.TrimSpace(s) // the common case, without a copy
	}
	s = sanitize.StripEscapes(strings.ToValidUTF8(s, "\uFFFD"), func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	})
	return strings.TrimSpace(s)
}

// frontMatter splits a YAML (---) or TOML (+++) front matter block off the
// top of src and returns its title and the rest.
func frontMatter(src []byte) (title string, body []byte) {
	for _, fence := range []string{"---", "+++"} {
		if !bytes.HasPrefix(src, []byte(fence+"\n")) && !bytes.HasPrefix(src, []byte(fence+"\r\n")) {
			continue
		}
		rest := src[bytes.IndexByte(src, '\n')+1:]
		for len(rest) > 0 {
			line, after, _ := bytes.Cut(rest, []byte("\n"))
			line = bytes.TrimRight(line, "\r")
			if string(line) == fence || fence == "---" && string(line) == "..." {
				return title, after
			}
			if t, ok := titleLine(string(line)); ok {
				title = t
			}
			rest = after
		}
		return "", src // never closed: not front matter
	}
	return "", src
}

// titleLine reads "title: ..." (YAML) or "title = ..." (TOML).
func titleLine(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "title")
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || rest[0] != ':' && rest[0] != '=' {
		return "", false
	}
	value := strings.TrimSpace(rest[1:])
	switch {
	case strings.HasPrefix(value, `"`):
		var s string
		if err := json.Unmarshal([]byte(value), &s); err == nil {
			return cleanRead(s), true
		}
		return cleanRead(strings.Trim(value, `"`)), true
	case strings.HasPrefix(value, "'"):
		return cleanRead(strings.ReplaceAll(strings.Trim(value, "'"), "''", "'")), true
	}
	return cleanRead(value), true
}
