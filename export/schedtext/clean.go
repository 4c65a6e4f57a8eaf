package schedtext

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLineBytes bounds one line of input. Real schedules have short lines;
// the bound keeps a binary or minified file from growing the buffer without
// end.
const maxLineBytes = 1 << 20

// splitLines is a bufio.SplitFunc that ends a line at "\n", "\r\n" or a
// lone "\r", so files saved on Windows or by old Mac editors number their
// lines the way the user's editor does.
func splitLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0 && atEOF:
		return len(data), data, nil
	case i < 0:
		return 0, nil, nil
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data) && data[i+1] == '\n':
		return i + 2, data[:i], nil
	case i+1 < len(data) || atEOF:
		return i + 1, data[:i], nil
	default:
		// A "\r" at the end of the buffer: read on to see whether "\n"
		// follows, or the pair would count as two lines.
		return 0, nil, nil
	}
}

// cleanLine makes one line of text safe to keep and draw: invalid UTF-8
// becomes U+FFFD, terminal escape sequences and control characters go (a
// pasted schedule must not be able to move the cursor or retitle the
// terminal when lanyard draws it), invisible format characters such as the
// byte order mark and bidi overrides go, and every kind of space becomes a
// plain space so that the patterns below see one kind.
func cleanLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
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
		case r == '\t' || r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case unicode.IsControl(r) || isInvisible(r):
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// isInvisible reports the format characters that change how text is shown
// without showing anything: the byte order mark and the bidi controls used
// to make a line read differently from what it holds.
func isInvisible(r rune) bool {
	switch {
	case r == 0xfeff, r == 0x200e, r == 0x200f, r == 0x061c:
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
// of the line: better to lose the rest of a line than to keep half a
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

// tidy collapses runs of spaces and trims the punctuation that a line
// leaves at the ends of a title, speaker or room: separators, a trailing
// comma, a single full stop.
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, " -–—‐‑−:|,;")
	s = strings.TrimRight(s, " -–—‐‑−:|,;")
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = strings.TrimRight(s[:len(s)-1], " ")
	}
	return s
}
