// Package richtext turns the long texts of a published schedule (a talk's
// abstract and description, written as HTML by FOSDEM's pentabarf and
// linux.conf.au's symposion, as plain text or Markdown by frab, pretalx and
// wafer) into plain text with its line breaks, safe to keep and to draw in
// a terminal; and it checks the links a schedule gives a talk.
//
// Every reader passes these texts through here, so that they read the same
// whatever the format, and so that a hostile file meets one set of limits:
// a text is cut at MaxText bytes, a talk keeps at most MaxLinks links.
package richtext

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"lanyard/export/internal/sanitize"
)

// MaxText is the most bytes of one long text kept, "…" included. 64 KiB is
// some twenty pages of abstract: far past anything a conference prints,
// and small enough that a file made of 10 MB abstracts cannot fill the
// notebook or stall drawing.
const MaxText = 64 << 10

// MaxLine is the most bytes of a one-line field such as a subtitle or a
// link's title.
const MaxLine = 1 << 10

// maxInput bounds the work done on one text: input past it is not read.
// Cleaning can only shorten text, and HTML markup rarely more than doubles
// it, so four times the output is enough to fill MaxText.
const maxInput = 4 * MaxText

// ellipsis marks a text that was cut.
const ellipsis = "…"

// Text turns one long field into plain text: HTML (when the field holds
// tags) becomes text as Fromhtml says; plain text keeps its line breaks,
// with HTML entities decoded. Then terminal escapes, control and invisible
// characters go, every line loses its trailing space, runs of blank lines
// become one, and the text is cut at MaxText.
func Text(s string) string { return TextAt(s, nil) }

// TextAt is Text for a talk whose page is base: relative links in its
// HTML keep their address resolved against it (nil: they lose it).
func TextAt(s string, base *url.URL) string {
	s, cut := clipInput(s)
	if looksLikeHTML(s) {
		var more bool
		s, more = fromHTML(s, base)
		cut = cut || more
	} else if strings.ContainsRune(s, '&') {
		s = unescape(s)
	}
	return finish(clean(s), cut)
}

// Line turns a one-line field, such as a subtitle, into one clean line of
// at most MaxLine bytes.
func Line(s string) string {
	s, cut := clipInput(s)
	return clip(sanitize.Text(s), MaxLine, cut)
}

// clipInput cuts s at maxInput bytes, on a rune boundary.
func clipInput(s string) (string, bool) {
	if len(s) <= maxInput {
		return s, false
	}
	return s[:runeStart(s, maxInput)], true
}

// looksLikeHTML reports whether s holds a tag: "<" then a letter, "/" or
// "!", and a ">" later. Plain text such as "a < b" or "<3" is not HTML,
// and reading it as HTML would lose what follows the "<".
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		next := s[i+1]
		if next == '/' || next == '!' || next < utf8.RuneSelf && unicode.IsLetter(rune(next)) {
			return strings.IndexByte(s[i:], '>') > 0
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// clean drops terminal escapes, control and invisible characters, keeping
// line breaks; trims each line's end; keeps at most one blank line in a
// row and none at either end.
func clean(s string) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
	s = sanitize.StripEscapes(s, textRune)
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " ")
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
			if blank > 0 {
				b.WriteString("\n")
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

// textRune is clean's say over each rune: line breaks stay, other spaces
// become plain spaces, control and invisible characters go.
func textRune(r rune) rune {
	switch r {
	case '\n':
		return '\n'
	case '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return '\n'
	case '\t':
		return ' '
	}
	if unicode.Is(unicode.Zs, r) {
		return ' '
	}
	if unicode.IsControl(r) || sanitize.IsInvisible(r) {
		return -1
	}
	return r
}

// finish cuts a cleaned text at MaxText.
func finish(s string, cut bool) string {
	return clip(s, MaxText, cut)
}

// clip cuts s to at most max bytes, on a rune boundary, ending in "…"
// when anything was cut, here or before (cut).
func clip(s string, max int, cut bool) string {
	if len(s) <= max && !cut {
		return s
	}
	if len(s) > max-len(ellipsis) {
		s = strings.TrimRight(s[:runeStart(s, max-len(ellipsis))], " \n")
	}
	if s == "" {
		return ""
	}
	return s + ellipsis
}

// runeStart returns the largest i <= n at which a rune of s starts.
func runeStart(s string, n int) int {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
