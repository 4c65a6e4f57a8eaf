package notesync

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// escapeText writes s so that it fits on one line of the form and reads
// back exactly: a backslash, a line break, a tab, a control character, a
// byte that is not UTF-8, and a space at the end of the text (which
// editors and git's whitespace checks like to drop) become escapes.
// Everything else, "---" and lines that look like the form's own syntax
// included, stays as typed: it can only ever be the rest of a line.
func escapeText(s string) string { return escape(s, false) }

// escapeToken is escapeText for a value that ends at the next space (an
// ID, an order key): spaces become escapes too.
func escapeToken(s string) string { return escape(s, true) }

func escape(s string, token bool) string {
	if !needsEscape(s, token) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			hexByte(&b, s[i])
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == ' ' && (token || i == len(s)-1):
			b.WriteString(`\x20`)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			for j := range size {
				hexByte(&b, s[i+j])
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func hexByte(b *strings.Builder, c byte) {
	b.WriteString(`\x`)
	b.WriteByte(hexDigits[c>>4])
	b.WriteByte(hexDigits[c&15])
}

// needsEscape is a fast check for the common text that escapes to itself.
func needsEscape(s string, token bool) bool {
	if s != "" && s[len(s)-1] == ' ' {
		return true
	}
	high := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == '\\' || (token && c == ' ') {
			return true
		}
		high = high || c >= 0x80
	}
	return high && (!utf8.ValidString(s) || hasC1(s))
}

// hasC1 reports whether s holds a C1 control character (U+0080–U+009F).
func hasC1(s string) bool {
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			return true
		}
	}
	return false
}

// unescape reads back what escape wrote. An escape it does not know is an
// error: the form was not written by lanyard, or was edited by hand.
func unescape(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(s) {
			return "", fmt.Errorf("a lone backslash at the end")
		}
		i++
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'x':
			if i+2 >= len(s) || unhex(s[i+1]) < 0 || unhex(s[i+2]) < 0 {
				return "", fmt.Errorf(`\x needs two hex digits`)
			}
			b.WriteByte(byte(unhex(s[i+1])<<4 | unhex(s[i+2])))
			i += 2
		default:
			return "", fmt.Errorf("unknown escape \\%c", s[i])
		}
	}
	return b.String(), nil
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	}
	return -1
}
