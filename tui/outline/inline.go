package outline

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/export/inline"
	"lanyard/tui/theme"
)

// How a bullet's inline Markdown is drawn as it is typed: code in the Code
// style, emphasis in Emphasis, strong in Strong, a link's label in Link,
// and the marks ("*", "`", "](url)") kept, dimmed, so that every byte of
// the text takes the cell it takes unstyled and the cursor stays where the
// text is. Only what a post keeps is styled (see export/inline): the
// editor shows what the post will show.

// look bits: what a byte of a line is drawn as. Any mix of the first four
// can nest ("**[*a*](…)**"); a mark is drawn dimmed whatever it is in.
const (
	lookCode = 1 << iota
	lookEmphasis
	lookStrong
	lookLink
	lookMark
	lookCount = 1 << iota
)

// inlinePaints renders the looks of every mix of the look bits once, from
// the theme's styles over base, the style of a bullet's text.
func inlinePaints(s *theme.Styles, base lipgloss.Style) [lookCount]paint {
	var out [lookCount]paint
	for bits := range lookCount {
		st := base
		for _, layer := range []struct {
			bit   int
			style lipgloss.Style
		}{{lookCode, s.Code}, {lookEmphasis, s.Emphasis}, {lookStrong, s.Strong}, {lookLink, s.Link}} {
			if bits&layer.bit != 0 {
				st = layer.style.Inherit(st)
			}
		}
		if bits&lookMark != 0 {
			st = s.Placeholder.Italic(false)
		}
		out[bits] = paintOf(st)
	}
	return out
}

// paintLine draws line, the bytes of text from start on as one visual line
// shows them, with the inline Markdown marks of text and the URLs links
// in their looks, URLs as terminal hyperlinks (OSC 8) so that a click
// opens them where the terminal can; a URL wrapped over two lines links
// both parts to the whole address. base is the row's own look, restored
// after each styled piece. A line that cleaning changed is drawn plain.
func (m *Model) paintLine(text string, start int, line string, marks []inline.Span, links []link, base paint) string {
	end := start + len(line)
	if len(marks) == 0 && len(links) == 0 || end > len(text) || text[start:end] != line {
		return line
	}
	looks := make([]uint8, len(line))
	urls := make([]int16, len(line)) // 1 + the index in links of the URL a byte is in
	set := func(from, to int, bit uint8) {
		for i := max(from, start); i < min(to, end); i++ {
			looks[i-start] |= bit
		}
	}
	for _, sp := range marks {
		if sp.Start >= end {
			break
		}
		if sp.End <= start || sp.Kind == inline.URL {
			continue // a bare URL is among links
		}
		set(sp.Start, sp.Open, lookMark)
		set(sp.Close, sp.End, lookMark)
		set(sp.Open, sp.Close, contentLook[sp.Kind])
	}
	for k, l := range links[:min(len(links), 1<<14)] {
		for i := max(l.from, start); i < min(l.to, end); i++ {
			looks[i-start] |= lookLink
			urls[i-start] = int16(k + 1)
		}
	}
	var b strings.Builder
	b.Grow(len(line) + 64)
	for i := 0; i < len(line); {
		j := i + 1
		for j < len(line) && looks[j] == looks[i] && urls[j] == urls[i] {
			j++
		}
		m.paintPiece(&b, line[i:j], looks[i], urls[i], text, links, base)
		i = j
	}
	return b.String()
}

// contentLook is the look of the content of each kind of span.
var contentLook = map[inline.Kind]uint8{
	inline.Code: lookCode, inline.Emphasis: lookEmphasis, inline.Strong: lookStrong,
	inline.Link: lookLink, inline.Autolink: lookLink,
}

// paintPiece writes one piece of a line drawn in one look.
func (m *Model) paintPiece(b *strings.Builder, piece string, look uint8, url int16, text string, links []link, base paint) {
	if look == 0 && url == 0 {
		b.WriteString(piece)
		return
	}
	p := m.look.inlinePaint(look)
	b.WriteString(p.before)
	if url > 0 {
		l := links[url-1]
		b.WriteString(ansi.SetHyperlink(text[l.from:l.to]) + piece + ansi.ResetHyperlink())
	} else {
		b.WriteString(piece)
	}
	b.WriteString(p.after)
	b.WriteString(base.before) // the piece's reset ended the row's look
}
