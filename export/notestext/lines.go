package notestext

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"lanyard/export/internal/sanitize"
)

// line is one non-blank line of input, cleaned and classified.
type line struct {
	// lead is the indentation: spaces and tabs, measured once the file's
	// indent unit is known.
	lead string
	// body is the rest of the line, trailing spaces trimmed. It may hold
	// tabs, which matter to the column the text starts at.
	body string
	mark marker
	// gap is set when a blank or skipped line came before this one: a
	// hard-wrapped bullet does not go on across it.
	gap bool
}

// readLines reads every line of r, ending lines at "\n", "\r\n" or a lone
// "\r" (files from Windows and old Mac editors number lines as the user's
// editor does), and keeps those that say something. It reads the whole
// text first: notes are small, and slicing one string costs no allocation
// per line.
func readLines(r io.Reader) ([]line, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("line %d: %w", countLines(string(data))+1, err)
	}
	text := string(data)
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	num, gap := 0, false
	for len(text) > 0 {
		var raw string
		raw, text = nextLine(text)
		num++
		if !utf8.ValidString(raw) {
			return nil, fmt.Errorf("line %d: %w", num, ErrInvalidUTF8)
		}
		l, ok := newLine(raw)
		if ok {
			l.gap = gap
			lines = append(lines, l)
		}
		gap = !ok
	}
	return lines, nil
}

// nextLine splits off the first line of text and its line break.
func nextLine(text string) (line, rest string) {
	i := strings.IndexAny(text, "\r\n")
	switch {
	case i < 0:
		return text, ""
	case text[i] == '\r' && strings.HasPrefix(text[i+1:], "\n"):
		return text[:i], text[i+2:]
	}
	return text[:i], text[i+1:]
}

// countLines returns how many complete lines text holds.
func countLines(text string) int {
	n := 0
	for text != "" {
		if i := strings.IndexAny(text, "\r\n"); i < 0 {
			break
		}
		_, text = nextLine(text)
		n++
	}
	return n
}

// newLine cleans and classifies raw. It reports false for a line that
// yields no bullet: blank, a Markdown rule, or a marker with nothing after
// it that would make an empty heading or quote.
func newLine(raw string) (line, bool) {
	s := strings.TrimRight(clean(raw), " \t")
	body := strings.TrimLeft(s, " \t")
	if body == "" || isRule(body) {
		return line{}, false
	}
	m := classify(body)
	if m.skip {
		return line{}, false
	}
	return line{lead: s[:len(s)-len(body)], body: body, mark: m}, true
}

// isRule reports a Markdown thematic break or setext underline ("---",
// "* * *", "==="): a separator to a reader, not a bullet.
func isRule(s string) bool {
	var mark byte
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c == '\t':
		case mark == 0 && strings.IndexByte("-*_=", c) >= 0:
			mark, n = c, 1
		case c == mark:
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// clean makes one line safe to keep and draw: terminal escape sequences
// and control characters go (pasted notes must not be able to move the
// cursor or retitle the terminal when lanyard draws them), invisible
// format characters such as the byte order mark, zero-width space and
// bidi overrides go, and every other kind of space becomes a plain space
// so that indentation pasted with no-break spaces still counts. Tabs stay:
// they are indentation until the file's indent unit is known. This is
// sanitize.Line but for tabs, and for the other controls (vertical tab,
// form feed, NEL), which Line makes spaces but which would indent here.
func clean(s string) string {
	if !needsCleaning(s) {
		return s // the common case, without a copy
	}
	return sanitize.StripEscapes(s, cleanRune)
}

// cleanRune is clean's say over each rune outside an escape sequence.
func cleanRune(r rune) rune {
	switch {
	case r == '\t':
		return r
	case isOtherSpace(r):
		return ' '
	case isControl(r) || sanitize.IsInvisible(r):
		return -1
	}
	return r
}

// needsCleaning reports whether clean would change s.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c != '\t' && isControl(rune(c)) {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isOtherSpace(r) || isControl(r) || sanitize.IsInvisible(r) {
			return true
		}
		i += size
	}
	return false
}

// isControl reports the C0 and C1 control characters and DEL.
func isControl(r rune) bool { return r < 0x20 || (r >= 0x7f && r <= 0x9f) }

// isOtherSpace reports the spaces and separators other than the ASCII
// space and tab (Unicode's Zs, Zl and Zp).
func isOtherSpace(r rune) bool {
	switch {
	case r < 0xa0:
		return false
	case r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029,
		r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}
