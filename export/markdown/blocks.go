package markdown

import (
	"bufio"
	"io"

	"lanyard/store/outline"
)

// blockWriter writes lines, putting one blank line between blocks and
// never one at the start or end. A write error is kept and returned by
// flush, so that callers write without checking every line.
type blockWriter struct {
	w       *bufio.Writer
	started bool
}

func newBlockWriter(w io.Writer) *blockWriter {
	return &blockWriter{w: bufio.NewWriter(w)}
}

// block starts a new block with line.
func (b *blockWriter) block(line string) {
	if b.started {
		b.blank()
	}
	b.line(line)
}

// line writes line inside the current block.
func (b *blockWriter) line(line string) {
	b.started = true
	// bufio.Writer keeps the first error and turns later writes into
	// no-ops; flush reports it.
	b.w.WriteString(line)
	b.w.WriteByte('\n')
}

// item writes a list item at the given nesting level: two spaces of
// indent per level, then "- " and text.
func (b *blockWriter) item(level int, text string) {
	b.started = true
	for range level {
		b.w.WriteString("  ")
	}
	b.w.WriteString("- ")
	b.w.WriteString(text)
	b.w.WriteByte('\n')
}

// blank writes an empty line.
func (b *blockWriter) blank() {
	b.w.WriteByte('\n')
}

func (b *blockWriter) flush() error {
	return b.w.Flush()
}

// writeList writes o's bullets as nested "- " lists, each level indented
// two spaces more than its parent, which is exactly the parent item's
// content column: every CommonMark renderer then nests it. Empty bullets
// are left out and their children move up to the nearest written ancestor,
// so the nesting shown is still a valid tree.
func writeList(out *blockWriter, o *outline.Outline) {
	// shown[d] is how many written bullets are on the path down to the last
	// row seen at outline depth d, counting that row: the output depth its
	// children get.
	shown := make([]int, 0, 8)
	for i := range o.Len() {
		n := o.At(i)
		d := min(max(n.Depth, 0), len(shown)) // guards against a malformed outline
		shown = shown[:d]
		level := 0
		if d > 0 {
			level = shown[d-1]
		}
		text := escapeText(n.Text)
		if text == "" {
			shown = append(shown, level)
			continue
		}
		shown = append(shown, level+1)
		out.item(level, text)
	}
}
