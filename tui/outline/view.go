package outline

import (
	"strings"
	"sync"

	"charm.land/lipgloss/v2"

	doc "lanyard/store/outline"
	"lanyard/tui/theme"
)

// placeholder is the hint in an empty outline.
const placeholder = "Type your notes — Enter for a new bullet, Tab to indent"

// glyphs are the bullets at even and odd depths.
var glyphs = [2]string{"•", "◦"}

// foldedGlyph marks a bullet whose children are folded away.
const foldedGlyph = "▸"

// look is everything drawn the same way on every frame, rendered once
// when the styles, the size or the header change, so that drawing a frame
// only joins strings.
type look struct {
	title, meta string
	placeholder string
	spaces      string
	// inks are the parts made from the styles alone.
	*inks
}

// inks are the parts of the look that depend on the styles alone: made
// when the styles change, not again for each new size or header (a start
// sets both), and shared by the copies of the model.
type inks struct {
	glyphs [2]string
	// folded is the glyph of a bullet whose children are hidden.
	folded string
	// conflict is the glyph of a bullet a sync marked (see Settle).
	conflict string
	// kindGlyphs and number draw the kinds of bullet.
	kindGlyphs map[doc.Kind]string
	number     paint
	// done is the style of ticked to-dos' text.
	done paint
	// inline are the looks of inline Markdown and URLs (see inline.go),
	// rendered in the styles the first time a line has any (inlineOnce):
	// most frames, and a start on empty notes, draw none.
	inline     [lookCount]paint
	inlineOnce sync.Once
	styles     *theme.Styles
	// dim is the style of hidden-children counts and times, taken apart.
	dim paint
	// text is the Text style as the escape sequences around a line, so
	// that a frame does not run lipgloss once per line. Text is an inline
	// style (colours and attributes); padding or borders there would be
	// drawn around every line.
	text paint
}

// paint is a style taken apart into what goes before and after the text.
type paint struct{ before, after string }

// paintOf takes s apart by rendering a marker with it.
func paintOf(s lipgloss.Style) paint {
	const marker = "\x00"
	out := s.Render(marker)
	i := strings.Index(out, marker)
	if i < 0 {
		return paint{}
	}
	return paint{before: out[:i], after: out[i+len(marker):]}
}

// relook renders the look for the current styles, size and header; the
// inks only when the styles have changed since (see SetStyles).
func (m Model) relook() Model {
	s := m.styles
	fit := func(text string, width int) string {
		return truncate(m.method, clean(text), max(width, 0), "…")
	}
	ink := m.look.inks
	if ink == nil {
		ink = inksOf(s)
	}
	m.look = look{
		title:       s.TalkTitle.Render(fit(m.header.Title, m.width)),
		meta:        s.TalkMeta.Render(fit(m.metaLine(), m.width)),
		placeholder: s.Placeholder.Render(fit(placeholder, m.textWidth(0))),
		spaces:      strings.Repeat(" ", max(m.width, numberWidth)),
		inks:        ink,
	}
	return m
}

// inlinePaint is the paint of the look bits look.
func (k *inks) inlinePaint(look uint8) paint {
	k.inlineOnce.Do(func() { k.inline = inlinePaints(k.styles, k.styles.Text) })
	return k.inline[look]
}

// inksOf renders the inks of styles s.
func inksOf(s *theme.Styles) *inks {
	return &inks{
		glyphs:     [2]string{s.Bullet.Render(glyphs[0]), s.Bullet.Render(glyphs[1])},
		folded:     s.Bullet.Render(foldedGlyph),
		conflict:   s.Error.Render(conflictGlyph),
		kindGlyphs: renderKinds(s.Bullet),
		number:     paintOf(s.Bullet),
		done:       paintOf(s.Done),
		styles:     s,
		dim:        paintOf(s.Placeholder.Italic(false)),
		text:       paintOf(s.Text),
	}
}

// View draws the pane: exactly its height in lines, none wider than its
// width. It draws only the rows in the window, from the scroll anchor.
func (m Model) View() string {
	if m.height <= 0 {
		return ""
	}
	f := frame{b: &strings.Builder{}, height: m.height}
	f.b.Grow(m.height * (m.width + 32))
	m.drawHeader(&f)
	for row, more := m.top, true; more && f.lines < f.height; row, more = m.next(row) {
		first := 0
		if row == m.top {
			first = m.topLine
		}
		m.drawRow(&f, row, first)
	}
	for f.lines < f.height {
		f.add("")
	}
	return f.b.String()
}

// frame is a view being drawn.
type frame struct {
	b      *strings.Builder
	lines  int
	height int
}

// add appends a line.
func (f *frame) add(parts ...string) {
	if f.lines > 0 {
		f.b.WriteByte('\n')
	}
	for _, p := range parts {
		f.b.WriteString(p)
	}
	f.lines++
}

// drawHeader draws the title, the meta line and a blank line, as many of
// them as the pane has room for.
func (m Model) drawHeader(f *frame) {
	lines := [3]string{m.look.title, m.look.meta, ""}
	for _, l := range lines[:m.headerLines()] {
		f.add(l)
	}
}

// drawRow draws row's visual lines from first, while the window has room.
func (m Model) drawRow(f *frame, row, first int) {
	if m.empty() {
		if m.width < glyphWidth+2 {
			// Too narrow for the placeholder: the glyph, as far as it fits.
			f.add(truncate(m.method, m.look.glyphs[0]+" ", m.width, ""))
			return
		}
		f.add(m.look.glyphs[0], " ", m.look.placeholder)
		return
	}
	n := m.o.At(row)
	in := m.look.spaces[:m.indent(n.Depth)]
	tw := m.textWidthOf(n)
	lines, marks := m.cache.styled(n, tw)
	last := min(len(lines), first+f.height-f.lines) - 1
	links := linksNear(n.Text, lines[first].start, lines[max(last, first)].end)
	style := m.look.text
	if n.Kind == doc.KindDone {
		style = m.look.done
	}
	for i := first; i < len(lines) && f.lines < f.height; i++ {
		lead, in := m.look.spaces[:leadWidth(n)], in
		if i == 0 {
			lead = m.lead(row)
			in = m.timeLabel(n) + in[m.timeColumn():]
		}
		text := m.paintLine(n.Text, lines[i].start, clean(visible(n.Text, lines[i], tw)), marks, links, style)
		if i == len(lines)-1 && m.folded(row) {
			text += m.hiddenCount(row, tw-m.method.StringWidth(text))
		}
		if m.width < glyphWidth+2 {
			// Too narrow for a glyph and a character: cut what does not fit.
			f.add(truncate(m.method, in+lead+text, m.width, ""))
			continue
		}
		f.add(in, lead, style.before, text, style.after)
	}
}

// Cursor returns the terminal cursor's cell relative to the pane's
// top-left corner, header included: where the next character typed will
// appear. ok is false when the editor is blurred or too small to show it.
func (m Model) Cursor() (x, y int, ok bool) {
	body := m.bodyHeight()
	if !m.focused || body <= 0 || m.width <= 0 {
		return 0, 0, false
	}
	line, cx := m.locate(m.row, m.off)
	if m.row < m.top || (m.row == m.top && line < m.topLine) {
		return 0, 0, false
	}
	d, ok := m.distance(m.top, m.topLine, m.row, line, body-1)
	if !ok {
		return 0, 0, false
	}
	return min(m.textStart(m.row)+cx, m.width-1), m.headerLines() + d, true
}

// renderKinds renders the kinds' glyphs once, in the bullet style.
func renderKinds(s lipgloss.Style) map[doc.Kind]string {
	out := make(map[doc.Kind]string, len(kindGlyphs))
	for k, g := range kindGlyphs {
		out[k] = s.Render(g)
	}
	return out
}
