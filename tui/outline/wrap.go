package outline

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
)

// span is one visual line of a bullet's text: the bytes Text[start:end]
// and the cells they take. Spans of a bullet are contiguous, so a line's
// end is the next line's start.
type span struct {
	start, end int
	width      int
}

// nextGrapheme returns the byte length and cell width of the first
// grapheme cluster of s, which must not be empty. Widths come from the
// same measure ansi.StringWidth and lipgloss use, so a line we think fits
// is one the terminal draws in that many cells. Control characters count
// one cell: they are drawn as a replacement character.
func nextGrapheme(s string) (size, width int) {
	// Fast path: an ASCII byte followed by another ASCII byte (or nothing)
	// is a cluster on its own; "\r\n" is the one exception, and CR is a
	// control we draw as one cell either way.
	if c := s[0]; c < utf8.RuneSelf && (len(s) == 1 || s[1] < utf8.RuneSelf) {
		return 1, 1
	}
	g, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	if r, _ := utf8.DecodeRuneInString(g); isControl(r) {
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
func stringWidth(s string) int {
	w := 0
	for len(s) > 0 {
		n, gw := nextGrapheme(s)
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
// text, as editors do. Empty text is one empty line.
func wrap(text string, width int) []span {
	width = max(width, 1)
	lines := make([]span, 0, 1+stringWidth(text)/width)
	start, w := 0, 0
	brk, brkW := -1, 0 // just after the line's last space, and the width there
	for pos := 0; pos < len(text); {
		n, gw := nextGrapheme(text[pos:])
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
			}
			if w+gw > width && pos > start {
				lines = append(lines, span{start, pos, w})
				start, w = pos, 0
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
// the terminal's cursor, replaced. Texts the editor wrote have none; this
// guards against text that came from elsewhere.
func clean(text string) string {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < 0x20 || c == 0x7f || (c == 0xc2 && i+1 < len(text) && text[i+1] < 0xa0) {
			return strings.Map(func(r rune) rune {
				if isControl(r) {
					return utf8.RuneError
				}
				return r
			}, text)
		}
	}
	return text
}

// maxCached bounds the wrap cache. Scrolling through a very long outline
// would otherwise keep every bullet's lines, and those of deleted bullets,
// for the life of the component.
const maxCached = 8192

// wrapCache holds each bullet's visual lines, keyed by node, valid while
// the node's text and the width it was wrapped at stay the same. It is
// shared by the copies of a Model, which bubbletea makes on every message;
// a new one is made whenever the outline or the pane's width changes.
type wrapCache struct {
	entries map[*doc.Node]wrapped
}

// wrapped is one cache entry.
type wrapped struct {
	text  string
	width int
	lines []span
}

func newWrapCache() *wrapCache {
	return &wrapCache{entries: make(map[*doc.Node]wrapped)}
}

// lines returns n's text wrapped at width, from the cache when it can.
func (c *wrapCache) lines(n *doc.Node, width int) []span {
	if e, ok := c.entries[n]; ok && e.width == width && e.text == n.Text {
		return e.lines
	}
	if len(c.entries) >= maxCached {
		c.entries = make(map[*doc.Node]wrapped)
	}
	lines := wrap(n.Text, width)
	c.entries[n] = wrapped{text: n.Text, width: width, lines: lines}
	return lines
}
