package ical

import (
	"bufio"
	"strings"
	"unicode/utf8"

	"lanyard/export/internal/sanitize"
)

// maxLineOctets is RFC 5545's limit on a content line, line break
// excluded (section 3.1): longer lines are folded.
const maxLineOctets = 75

// lineWriter writes iCalendar content lines: CRLF ends, folded at 75
// octets without splitting a UTF-8 character. It remembers the first
// write error and ignores what follows, so a writer of many lines checks
// once.
type lineWriter struct {
	w   *bufio.Writer
	err error
}

// line writes name:value, value already escaped where it needs to be.
func (lw *lineWriter) line(name, value string) {
	lw.fold(name + ":" + value)
}

// text writes a TEXT property, escaped.
func (lw *lineWriter) text(name, value string) {
	lw.line(name, escapeText(value))
}

// fold writes one content line, folded: each continuation starts with a
// space, which counts toward its 75 octets.
func (lw *lineWriter) fold(s string) {
	if lw.err != nil {
		return
	}
	limit := maxLineOctets
	for len(s) > limit {
		cut := limit
		// Back up to the start of a character: a fold never splits one.
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		lw.write(s[:cut])
		lw.write("\r\n ")
		s = s[cut:]
		limit = maxLineOctets - 1
	}
	lw.write(s)
	lw.write("\r\n")
}

func (lw *lineWriter) write(s string) {
	if lw.err == nil {
		_, lw.err = lw.w.WriteString(s)
	}
}

// flush writes what is buffered and returns the first error.
func (lw *lineWriter) flush() error {
	if lw.err == nil {
		lw.err = lw.w.Flush()
	}
	return lw.err
}

// escapeText escapes a TEXT value (RFC 5545 3.3.11): backslash,
// semicolon, comma and line breaks. Text from a schedule is made safe
// first, line by line, so no control character or terminal escape goes
// into a file that other programs show; CR, CRLF and LF all become one
// line break.
func escapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !printableASCII(l) {
			l = sanitize.Line(l)
		}
		lines[i] = strings.TrimRight(l, " ")
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, l := range lines {
		if i > 0 {
			b.WriteString(`\n`)
		}
		for j := 0; j < len(l); j++ {
			switch c := l[j]; c {
			case '\\', ';', ',':
				b.WriteByte('\\')
				b.WriteByte(c)
			default:
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

// escapeParam makes a parameter value (a TZID) safe: quoted when it holds
// a character that ends a parameter, with the characters a quoted value
// cannot hold removed (RFC 5545 3.1: no DQUOTE, no control).
func escapeParam(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '"' || r < ' ' || r == 0x7f {
			return -1
		}
		return r
	}, sanitize.Line(s))
	if strings.ContainsAny(s, ";:,") {
		return `"` + s + `"`
	}
	return s
}

// printableASCII reports whether s is printable ASCII alone, which needs
// no cleaning: most of a schedule's text, and the cheap case.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}
