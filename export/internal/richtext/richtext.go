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

	"golang.org/x/net/html/atom"

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
// tags) becomes text as fromHTML says; plain text keeps its line breaks,
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

// looksLikeHTML reports whether s holds an HTML tag: "<", an optional
// "/", the name of an HTML element, then a space, "/" or ">"; or a
// comment. Plain text such as "a < b", "<3" or a Markdown autolink
// ("<https://example.org>", "<me@example.org>") is not HTML, and reading
// it as HTML would lose what follows the "<".
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0; {
		if isTag(s[i+1:]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// isTag reports whether s, what follows a "<", starts a tag or comment.
func isTag(s string) bool {
	if strings.HasPrefix(s, "!--") {
		return true
	}
	s = strings.TrimPrefix(s, "/")
	n := 0
	for n < len(s) && n < 16 && (isASCIILetter(s[n]) || n > 0 && s[n] >= '0' && s[n] <= '9') {
		n++
	}
	if n == 0 || n == len(s) || !strings.ContainsRune(" \t\r\n/>", rune(s[n])) {
		return false
	}
	return atom.Lookup([]byte(strings.ToLower(s[:n]))) != 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// clean drops terminal escapes, control and invisible characters, keeping
// line breaks; trims each line's end; keeps at most one blank line in a
// row and none at either end. It is one pass over the text, with a
// second only for text that holds an escape sequence to strip.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if hasEscape(s) {
		s = sanitize.StripEscapes(s, keepRune)
	} else if isClean(s) {
		return s // most texts, and every one fromHTML wrote without a control character
	}
	return rebuild(s)
}

// rebuild is clean's work on valid UTF-8 without escape sequences.
func rebuild(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// breaks counts the line breaks owed before the next visible rune;
	// spaces the spaces, which a line break or the end drops.
	breaks, spaces := 0, 0
	afterCR := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r > ' ' && r < 0x7f && breaks == 0 && spaces == 0 {
			// Most of any text: a printable ASCII rune inside a word.
			b.WriteByte(byte(r))
			afterCR = false
			continue
		}
		crlf := afterCR && r == '\n'
		afterCR = r == '\r'
		switch r = textRune(r); {
		case r == -1 || crlf:
			continue
		case r == '\n':
			breaks++
			spaces = 0
			continue
		case r == ' ':
			spaces++
			continue
		}
		if breaks > 0 && b.Len() > 0 {
			b.WriteString("\n\n"[:min(breaks, 2)])
		}
		for range spaces {
			b.WriteByte(' ')
		}
		breaks, spaces = 0, 0
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isClean reports whether clean would return s as it is: valid UTF-8
// (the caller checked) with no escape (likewise), no rune textRune
// changes, no space before a line break or at the end, no line break at
// either end and no more than one blank line in a row.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == '\n' || s[len(s)-1] == '\n' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			if c == ' ' && s[i+1] == '\n' { // s does not end in a space
				return false
			}
			i++
			continue
		}
		if c == '\n' {
			if strings.HasPrefix(s[i:], "\n\n\n") {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if c < utf8.RuneSelf || textRune(r) != r {
			return false
		}
		i += size
	}
	return true
}

// hasEscape reports whether s holds a rune that opens a terminal escape
// sequence: ESC, or the C1 CSI, DCS, OSC, PM or APC (U+0090 to U+009F,
// written C2 9x in UTF-8).
func hasEscape(s string) bool {
	if strings.IndexByte(s, 0x1b) >= 0 {
		return true
	}
	for i := strings.IndexByte(s, 0xc2); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c == 0x9b || c == 0x90 || c >= 0x9d && c <= 0x9f {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xc2)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// keepRune leaves every rune to clean's own pass.
func keepRune(r rune) rune { return r }

// textRune is clean's say over each rune: line breaks stay (\r and the
// other breaks become \n), other spaces become plain spaces, control and
// invisible characters go.
func textRune(r rune) rune {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return '\n'
	case '\t', ' ':
		return ' '
	}
	if r < 0x80 && r >= 0x20 && r != 0x7f {
		return r
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
