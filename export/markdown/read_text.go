package markdown

import (
	"bytes"
	"encoding/json"
	"html"
	"slices"
	"strings"
	"unicode"

	"lanyard/export/inline"
	"lanyard/export/internal/sanitize"
)

// unescapeText turns inline Markdown source back into the text it shows
// where it has no markup of its own: backslash escapes and entity
// references are undone, everything else (a typed link, stray emphasis
// from another tool) stays as typed. It is escapeText's inverse. The text
// is then made safe to keep: no control characters or terminal escape
// sequences, no spaces at the ends.
//
// Code spans and autolinks are kept whole, as typed: a renderer reads no
// escape or entity inside them, and a note's code keeps its backslashes.
func unescapeText(s string) string {
	if strings.ContainsAny(s, `\&`) {
		var b strings.Builder
		var ticks tickIndex
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
			case c == '`' || c == '<':
				if end := verbatimEnd(s, i, &ticks); end > i {
					b.WriteString(s[i:end])
					i = end - 1
					continue
				}
			}
			b.WriteByte(c)
		}
		s = b.String()
	}
	return cleanRead(s)
}

// verbatimEnd returns the end of the code span or autolink at s[i], or i
// when none starts there: a run of backticks closed by the next run as
// long, or "<scheme:address>" as CommonMark reads one. An unclosed run of
// backticks is returned whole, as text, so that none of it opens a span
// later. ticks is built at the first backtick, once for s.
func verbatimEnd(s string, i int, ticks *tickIndex) int {
	if s[i] == '<' {
		return autolinkAt(s, i)
	}
	if *ticks == nil {
		*ticks = indexTicks(s)
	}
	n := len(s[i:]) - len(strings.TrimLeft(s[i:], "`"))
	runs := (*ticks)[n]
	k, _ := slices.BinarySearch(runs, i+n)
	if k < len(runs) {
		return runs[k] + n
	}
	return i + n
}

// tickIndex lists where the runs of backticks of each length start, so
// that finding a code span's closer takes no walk over the text: a
// paragraph of thousands of unclosed runs is read in time in proportion
// to it.
type tickIndex map[int][]int

func indexTicks(s string) tickIndex {
	ix := tickIndex{}
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '`')
		if k < 0 {
			break
		}
		i += k
		n := len(s[i:]) - len(strings.TrimLeft(s[i:], "`"))
		ix[n] = append(ix[n], i)
		i += n
	}
	return ix
}

// autolinkAt returns the end of the autolink at s[i] == '<', or i: a
// scheme of 2 to 32 letters, digits, "+", "." or "-" starting with a
// letter, ":", then no space, control character or angle bracket up to
// ">".
func autolinkAt(s string, i int) int {
	j := i + 1
	for j < len(s) && (alnum(s[j]) || j > i+1 && strings.IndexByte("+.-", s[j]) >= 0) {
		j++
	}
	if n := j - i - 1; n < 2 || n > 32 || j >= len(s) || s[j] != ':' || !isLetter(s[i+1]) {
		return i
	}
	for j++; j < len(s); j++ {
		switch c := s[j]; {
		case c == '>':
			return j + 1
		case c <= ' ' || c == 0x7f || c == '<':
			return i
		}
	}
	return i
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// entity decodes the entity or character reference at the start of s,
// returning it and its length, or 0 when there is none.
func entity(s string) (string, int) {
	// CommonMark's references: &name; &#123; &#x1F; — letters and digits
	// only between & and ;, which inline.EntityAt on the writing side matches.
	if !inline.EntityAt(s, 0) {
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
