package markdown

import (
	"bytes"

	"lanyard/export/notesdoc"
)

// maxPrefixColumns bounds how far into a line its containers reach: the
// indentation and the list and quote markers before its text. goldmark
// revisits every container open on a line for each line, and reads each
// line's indentation once per container, so a list nested 3,000 deep took
// it most of a minute. lanyard writes notesdoc.MaxDepth levels within
// this width while list markers are at most 4 columns wide ("99. ").
const maxPrefixColumns = 4 * notesdoc.MaxDepth

// flattenDeep returns src with every line's containers cut to
// maxPrefixColumns, so that goldmark never sees a list nested much deeper
// than the notes will be: a line indented further keeps its own list
// marker, placed at the cut, and so becomes a sibling of the other deep
// items there, its text kept; spaces and the markers of the empty items
// opened on the same line ("- - - x") past the cut are dropped. src
// itself is returned when no line reaches that far.
func flattenDeep(src []byte) []byte {
	var out []byte // nil until a line is cut
	done := 0      // src before this is in out
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if cut, ok := cutPrefix(src[start:end]); ok {
			out = append(out, src[done:start]...)
			out = append(out, cut...)
			done = end
		}
		start = end + 1
	}
	if out == nil {
		return src
	}
	return append(out, src[done:]...)
}

// cutPrefix returns line with its containers cut to maxPrefixColumns,
// and false when they end within it.
func cutPrefix(line []byte) ([]byte, bool) {
	col, i := 0, 0
	keep := 0        // bytes of the prefix within the budget left for a marker
	lastMarker := -1 // start of the last list marker in the prefix
	markerEnd := 0   // and its end
	for i < len(line) {
		n, width, listMarker := prefixToken(line[i:], col)
		if n == 0 {
			break
		}
		if listMarker {
			lastMarker, markerEnd = i, i+n
		}
		i += n
		col += width
		if col <= maxPrefixColumns-8 {
			keep = i
		}
	}
	if col <= maxPrefixColumns {
		return nil, false
	}
	cut := make([]byte, 0, keep+len(line)-i+8)
	cut = append(cut, line[:keep]...)
	if lastMarker >= keep {
		cut = append(cut, line[lastMarker:markerEnd]...)
		cut = append(cut, ' ')
	} else if keep > 0 && !isSpace(line[keep-1]) {
		cut = append(cut, ' ')
	}
	return append(cut, line[i:]...), true
}

// prefixToken reads one piece of a line's containers at its start: a
// space or tab, a quote marker, or a list marker ("-", "*", "+", "1.",
// "1)") followed by a space, a tab or the line's end. It returns the bytes
// read, the columns they take at column col, and whether it was a list
// marker; 0 bytes at the line's text.
func prefixToken(s []byte, col int) (n, width int, listMarker bool) {
	switch c := s[0]; {
	case c == ' ':
		return 1, 1, false
	case c == '\t':
		return 1, 4 - col%4, false
	case c == '>':
		return 1, 1, false
	case c == '-' || c == '*' || c == '+':
		if len(s) == 1 || isSpace(s[1]) {
			return 1, 1, true
		}
		return 0, 0, false
	}
	digits := 0
	for digits < len(s) && digits < 9 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits == len(s) || (s[digits] != '.' && s[digits] != ')') {
		return 0, 0, false
	}
	if digits+1 < len(s) && !isSpace(s[digits+1]) {
		return 0, 0, false
	}
	return digits + 1, digits + 1, true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }
