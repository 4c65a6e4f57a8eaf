// Package sanitize makes text from a published schedule safe to keep and to
// draw in a terminal. Every schedule reader passes titles, names, rooms and
// tracks through it, so a hostile or careless file cannot move the cursor,
// retitle the terminal or hide text behind bidi controls.
package sanitize

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text turns one field of a schedule into one line of plain text: HTML tags
// dropped and entities decoded (conference systems let speakers write
// "&amp;" and "<em>"), then unsafe characters removed and runs of space,
// line breaks included, collapsed. Entities are decoded before the unsafe
// characters go, so "&#27;[2J" cannot smuggle an escape in.
func Text(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = html.UnescapeString(stripTags(s))
	}
	return strings.Join(strings.Fields(Line(s)), " ")
}

// Line makes one line of text safe to keep and draw: invalid UTF-8 becomes
// U+FFFD, terminal escape sequences and control characters go, invisible
// format characters such as the byte order mark and bidi overrides go, and
// every kind of space becomes a plain space. Line breaks inside s become
// spaces, so the words either side stay apart.
func Line(s string) string {
	return StripEscapes(strings.ToValidUTF8(s, "\uFFFD"), lineRune)
}

// lineRune is Line's say over each rune: spaces become plain spaces,
// control and invisible characters go.
func lineRune(r rune) rune {
	switch {
	case isSpace(r):
		return ' '
	case unicode.IsControl(r) || IsInvisible(r):
		return -1
	}
	return r
}

// StripEscapes removes the terminal escape sequences from s, which must be
// valid UTF-8: ESC and the C1 CSI, DCS, OSC, PM and APC introducers with
// what follows them, so that no part of a sequence is left for a terminal
// to obey. Every other rune goes through mapping, and is dropped when it
// returns a negative value, as with strings.Map. Line is StripEscapes with
// its own mapping; a caller whose spaces or tabs mean something passes
// its own.
func StripEscapes(s string, mapping func(rune) rune) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			i += escapeLen(s[i:])
			continue
		case r == 0x9b: // C1 CSI: parameters follow as in ESC [
			i += size + csiLen(s[i+size:])
			continue
		case r == 0x90 || r == 0x9d || r == 0x9e || r == 0x9f: // C1 DCS, OSC, PM, APC
			i += size + stringLen(s[i+size:])
			continue
		}
		if m := mapping(r); m >= 0 {
			b.WriteRune(m)
		}
		i += size
	}
	return b.String()
}

func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return unicode.Is(unicode.Zs, r)
}

// IsInvisible reports the format characters that change how text is shown
// without showing anything: the byte order mark, the zero-width space and
// word joiner that would hide a glyph pasted between others, and the bidi
// controls used to make a line read differently from what it holds.
func IsInvisible(r rune) bool {
	switch {
	case r == 0xfeff, r == 0x200b, r == 0x2060, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// escapeLen returns how many bytes of s, which starts with ESC, the escape
// sequence takes.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiLen(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringLen(s[2:])
	}
	// ESC, any intermediate bytes, then one final byte ("ESC ( B").
	n := 1
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2f {
		n++
	}
	if n < len(s) && s[n] >= 0x30 && s[n] <= 0x7e {
		n++
	}
	return n
}

// csiLen returns the length of a control sequence's parameters,
// intermediates and final byte.
func csiLen(s string) int {
	n := 0
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x3f {
		n++
	}
	if n < len(s) && s[n] >= 0x40 && s[n] <= 0x7e {
		n++
	}
	return n
}

// stringLen returns the length of an OSC or DCS string up to and including
// its terminator (BEL, ESC \ or ST). An unterminated string runs to the end
// of the text: better to lose the rest of a field than to keep half a
// sequence.
func stringLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
	}
	return len(s)
}
