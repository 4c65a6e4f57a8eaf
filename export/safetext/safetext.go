// Package safetext makes a line of text that comes from outside a schedule
// file safe to keep and to print: a name given on the command line
// (--event, --title), or one an older lanyard stored before it cleaned
// them. It cleans as the schedule readers clean a title, so that nothing
// typed or pasted can move the cursor, retitle the terminal or hide text
// behind bidi controls when lanyard prints it.
package safetext

import (
	"strings"

	"lanyard/export/internal/sanitize"
)

// Line returns s as one line of plain text: terminal escape sequences,
// control and invisible characters gone, invalid UTF-8 replaced by U+FFFD,
// and runs of space, line breaks included, made one space, with none at
// the ends. Unlike a schedule's fields it is not taken for HTML: a name
// typed as "R&D <Summit>" stays as typed.
func Line(s string) string {
	if isPlain(s) {
		return s // the common case, without a copy
	}
	return strings.Join(strings.Fields(sanitize.Line(s)), " ")
}

// isPlain reports whether s is printable ASCII with single spaces inside
// and none at the ends, which Line leaves as it is.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ')) {
			return false
		}
	}
	return true
}
