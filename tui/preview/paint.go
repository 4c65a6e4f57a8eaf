package preview

import (
	"strings"

	"charm.land/lipgloss/v2"

	"lanyard/tui/theme"
)

// mark says how a piece of the post is drawn: a set of these looks.
type mark uint8

const (
	markEmphasis mark = 1 << iota
	markStrong
	markCode
	markLink
	markHeading
	markQuote  // the bar before quoted lines
	markRule   // a thematic break, the front matter
	markBullet // a list item's marker
)

// postLooks are the theme's styles of the post, handed to each render.
// Without colour (plain) nothing is styled and the Markdown's own marks
// show emphasis, code and headings.
type postLooks struct {
	plain bool
	// styles holds one style per look, in the order of the mark bits.
	styles [8]lipgloss.Style
}

func postLooksFrom(s theme.Styles) postLooks {
	return postLooks{styles: [8]lipgloss.Style{
		s.Emphasis, s.Strong, s.Code, s.Link, s.PostHeading, s.Quote, s.Rule, s.Bullet,
	}}
}

// painter draws pieces of one render in their looks. The style of each
// mixture of looks is made the first time one is drawn: a render runs in
// a command of its own, off the UI's goroutine, and a post uses a few.
type painter struct {
	looks postLooks
	made  map[mark]sgr
}

// sgr is what a style writes before and after a line of text. lipgloss
// styles an underlined text a character at a time, which made links
// many times the length of their text; text drawn here is one clean line,
// so the style's own codes around it are the same for any.
type sgr struct {
	before, after string
	style         lipgloss.Style
	whole         bool // the style does more than colour: Render each text
}

func newPainter(l postLooks) *painter {
	return &painter{looks: l, made: map[mark]sgr{}}
}

// paint returns text drawn in the looks of m.
func (p *painter) paint(text string, m mark) string {
	if m == 0 || p.looks.plain || text == "" {
		return text
	}
	codes, ok := p.made[m]
	if !ok {
		codes = p.make(m)
		p.made[m] = codes
	}
	if codes.whole {
		return codes.style.Render(text)
	}
	return codes.before + text + codes.after
}

// make builds the style of a mixture of looks and finds its codes.
func (p *painter) make(m mark) sgr {
	var st lipgloss.Style
	for bit := range len(p.looks.styles) {
		if m&(1<<bit) != 0 {
			st = st.Inherit(p.looks.styles[bit])
		}
	}
	const probe = "x"
	out := st.Render(probe)
	if strings.Count(out, probe) != 1 {
		return sgr{style: st, whole: true}
	}
	before, after, _ := strings.Cut(out, probe)
	return sgr{before: before, after: after, style: st}
}

// line draws a wrapped line.
func (p *painter) line(pieces []piece) string {
	if len(pieces) == 1 {
		return p.paint(pieces[0].text, pieces[0].mark)
	}
	var b strings.Builder
	for _, pc := range pieces {
		b.WriteString(p.paint(pc.text, pc.mark))
	}
	return b.String()
}
