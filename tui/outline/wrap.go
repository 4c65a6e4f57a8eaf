package outline

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// span is one visual line of a bullet's text: the bytes Text[start:end]
// and the cells they take. Spans of a bullet are contiguous, so a line's
// end is the next line's start.
type span struct {
	start, end int
	width      int
}

// nextGrapheme returns the byte length and cell width of the first
// grapheme cluster of s, which must not be empty. Widths are counted by
// method, the way bubbletea's renderer counts the cells of the terminal
// it draws on, so a line we think fits is one the terminal draws in that
// many cells and the cursor sits where the text is. Control characters
// count one cell: they are drawn as a replacement character.
func nextGrapheme(s string, method ansi.Method) (size, width int) {
	// Fast path: an ASCII byte followed by another ASCII byte (or nothing)
	// is a cluster on its own; "\r\n" is the one exception, and CR is a
	// control we draw as one cell either way.
	if c := s[0]; c < utf8.RuneSelf && (len(s) == 1 || s[1] < utf8.RuneSelf) {
		return 1, 1
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 {
		// A byte that is not UTF-8 is drawn as one U+FFFD, as clean does.
		return 1, 1
	}
	g, w := ansi.FirstGraphemeCluster(s, method)
	if isControl(r) {
		w = 1
	}
	return len(g), w
}

// isControl reports whether r is a C0 or C1 control character, which would
// move the terminal's cursor if printed.
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}

// stringWidth returns the cells s takes, measured as wrap measures.
func stringWidth(s string, method ansi.Method) int {
	w := 0
	for len(s) > 0 {
		n, gw := nextGrapheme(s, method)
		w += gw
		s = s[n:]
	}
	return w
}

// wrap breaks text into visual lines of at most width cells, at spaces
// where it can and inside a word longer than the width where it must.
// Spaces never start a break: they hang at the end of the line they follow
// (and are not drawn past the edge), so a line never begins with the space
// that separated it from the line above. When the last line fills the
// width an empty line follows it, where the cursor goes at the end of the
// text, as editors do. Empty text is one empty line. Cells are counted by
// method.
func wrap(text string, width int, method ansi.Method) []span {
	lines := make([]span, 0, 1+len(text)/max(width, 1))
	return wrapFrom(text, width, method, 0, lines, nil)
}

// wrapFrom wraps text as wrap does from byte from, where a line starts,
// appending the lines to lines. The wrap's state at the start of a line is
// where the line starts and nothing more, so wrapping from there gives the
// lines a wrap from the beginning gives. When join is not nil it is asked
// at the start of each new line whether the lines from there on are known;
// if it returns them they end the wrap.
func wrapFrom(text string, width int, method ansi.Method, from int, lines []span, join func(start int) []span) []span {
	width = max(width, 1)
	start, w := from, 0
	brk, brkW := -1, 0 // just after the line's last space, and the width there
	for pos := from; pos < len(text); {
		n, gw := nextGrapheme(text[pos:], method)
		if text[pos] == ' ' {
			w += gw
			pos += n
			brk, brkW = pos, w
			continue
		}
		if w+gw > width && pos > start {
			if brk > start {
				lines = append(lines, span{start, brk, brkW})
				start, w = brk, w-brkW
				if rest := joined(join, start); rest != nil {
					return append(lines, rest...)
				}
			}
			if w+gw > width && pos > start {
				lines = append(lines, span{start, pos, w})
				start, w = pos, 0
				if rest := joined(join, start); rest != nil {
					return append(lines, rest...)
				}
			}
			brk = -1
		}
		w += gw
		pos += n
	}
	lines = append(lines, span{start, len(text), w})
	if w >= width && len(text) > 0 {
		lines = append(lines, span{len(text), len(text), 0})
	}
	return lines
}

// joined asks join, if there is one, for the lines from start on.
func joined(join func(start int) []span, start int) []span {
	if join == nil {
		return nil
	}
	return join(start)
}

// truncate cuts s to width cells counted by method, ending it with tail.
// x/ansi's Truncate (v0.11.8) returns s whole when it fits counted by
// grapheme, whatever the method: a ZWJ emoji that so fits in two cells
// takes four by wcwidth. Padding s past the width makes it walk the text
// and cut; the padding is cut with the rest.
func truncate(method ansi.Method, s string, width int, tail string) string {
	if method.StringWidth(s) <= width {
		return s
	}
	if pad := width + 1 - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return method.Truncate(s, width, tail)
}

// visible returns the part of a line's text that is drawn: without the
// hanging spaces that would pass the edge.
func visible(text string, s span, width int) string {
	line := text[s.start:s.end]
	if s.width > width {
		line = strings.TrimRight(line, " ")
	}
	return line
}

// clean returns text fit to draw: control characters, which would move
// the terminal's cursor or start a command (ESC, C1's CSI), and bytes that
// are not UTF-8 (a lone 0x9B is a CSI to a terminal reading 8-bit
// controls) replaced by U+FFFD, one for each. Texts the editor wrote have
// none; this guards against text that came from elsewhere.
func clean(text string) string {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return cleaned(text)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == utf8.RuneError && size == 1) || isControl(r) {
			return cleaned(text)
		}
		i += size
	}
	return text
}

// cleaned is clean's replacement. strings.Map writes U+FFFD for each byte
// that is not UTF-8.
func cleaned(text string) string {
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return utf8.RuneError
		}
		return r
	}, text)
}
