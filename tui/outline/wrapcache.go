package outline

import (
	"sort"

	"github.com/charmbracelet/x/ansi"

	"lanyard/export/inline"
	doc "lanyard/store/outline"
)

// maxCached bounds the wrap cache. Scrolling through a very long outline
// would otherwise keep every bullet's lines, and those of deleted bullets,
// for the life of the component.
const maxCached = 8192

// wrapCache holds each bullet's visual lines, keyed by node, valid while
// the node's text and the width it was wrapped at stay the same. It is
// shared by the copies of a Model, which bubbletea makes on every message;
// a new one is made whenever the outline, the pane's width or the way
// cells are counted changes.
type wrapCache struct {
	entries map[*doc.Node]wrapped
	method  ansi.Method
}

// wrapped is one cache entry.
type wrapped struct {
	text  string
	width int
	lines []span
	// marks are the text's inline Markdown (see marks), found the first
	// time the bullet is drawn as a bullet of kind marked.
	marks   []inline.Span
	scanned bool
	marked  doc.Kind
}

func newWrapCache(method ansi.Method) *wrapCache {
	return &wrapCache{entries: make(map[*doc.Node]wrapped), method: method}
}

// rewrapFrom is the length of text from which an edit wraps again only
// the lines it touched. Below it a whole wrap costs less than finding them.
const rewrapFrom = 1024

// lines returns n's text wrapped at width, from the cache when it can.
func (c *wrapCache) lines(n *doc.Node, width int) []span {
	return c.entry(n, width).lines
}

// entry returns n's cache entry for width, made anew when n's text or the
// width changed.
func (c *wrapCache) entry(n *doc.Node, width int) wrapped {
	e, ok := c.entries[n]
	if ok && e.width == width && e.text == n.Text {
		return e
	}
	if len(c.entries) >= maxCached {
		c.entries = make(map[*doc.Node]wrapped)
	}
	var lines []span
	if ok && e.width == width && len(e.text) >= rewrapFrom {
		lines = rewrap(e, n.Text, c.method)
	} else {
		lines = wrap(n.Text, width, c.method)
	}
	e = wrapped{text: n.Text, width: width, lines: lines}
	c.entries[n] = e
	return e
}

// rewrap returns text wrapped as wrap would, from old, the wrap of an
// earlier text at the same width: a keystroke in a bullet of a megabyte
// (a paste of one long line) then costs the lines around it, not the
// bullet. The lines before the change are kept, bar two: the break that
// starts a line depends on the grapheme where the line before overflowed,
// and a change can join a mark to the grapheme just before it. Wrapping
// resumes there and stops at the first line that starts, after the
// change, where a line of old started: from there the text is the same,
// and so are its lines, moved by the change in length. The lines of old
// are never changed: copies of the model share them.
func rewrap(old wrapped, text string, method ansi.Method) []span {
	p := commonPrefix(old.text, text)
	q := commonSuffix(old.text[p:], text[p:])
	oldEnd, newEnd, delta := len(old.text)-q, len(text)-q, len(text)-len(old.text)
	k := sort.Search(len(old.lines), func(i int) bool { return old.lines[i].start > p }) - 1
	k = max(k-2, 0)
	lines := make([]span, k, len(old.lines)+1+max(newEnd-oldEnd, 0)/max(old.width, 1))
	copy(lines, old.lines[:k])
	j := k
	join := func(start int) []span {
		if start < newEnd {
			return nil
		}
		at := start - delta
		for j < len(old.lines) && old.lines[j].start < at {
			j++
		}
		if j == len(old.lines) || old.lines[j].start != at || at < oldEnd {
			return nil
		}
		rest := make([]span, len(old.lines)-j)
		for i, l := range old.lines[j:] {
			rest[i] = span{l.start + delta, l.end + delta, l.width}
		}
		return rest
	}
	return wrapFrom(text, old.width, method, old.lines[k].start, lines, join)
}

// block is how many bytes commonPrefix and commonSuffix compare at once:
// string comparison is vectorised, a loop over bytes is not.
const block = 64

// commonPrefix returns how many bytes a and b start with alike.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	for i+block <= n && a[i:i+block] == b[i:i+block] {
		i += block
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// commonSuffix returns how many bytes a and b end with alike.
func commonSuffix(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	for i+block <= n && a[len(a)-i-block:len(a)-i] == b[len(b)-i-block:len(b)-i] {
		i += block
	}
	for i < n && a[len(a)-1-i] == b[len(b)-1-i] {
		i++
	}
	return i
}

// maxStyled is the longest text whose inline Markdown the editor styles.
// Finding it costs the whole text, and a keystroke in a bullet of a
// megabyte (a paste) must cost only the lines around it; nobody writes
// emphasis across pages of one bullet.
const maxStyled = 4 << 10

// styled returns n's lines at width, as lines does, and the inline
// Markdown of its text that a post keeps (see export/inline), both from
// the cache when it can: a keystroke scans again only the bullet it
// changed.
func (c *wrapCache) styled(n *doc.Node, width int) ([]span, []inline.Span) {
	e := c.entry(n, width)
	if len(n.Text) > maxStyled || e.scanned && e.marked == n.Kind {
		return e.lines, e.marks
	}
	place := inline.Bullet
	if n.Kind == doc.KindStar {
		place = inline.Starred
	}
	e.marks, e.scanned, e.marked = inline.Scan(n.Text, place), true, n.Kind
	c.entries[n] = e
	return e.lines, e.marks
}
