// Package theme builds every style lanyard draws with, once, so that no
// pane creates styles while drawing a frame.
package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles holds the styles of every pane. Build it with New and hand it to
// the components; they never call lipgloss.NewStyle while drawing.
type Styles struct {
	// Schedule pane.
	PaneTitle    lipgloss.Style // the day heading above the schedule
	Time         lipgloss.Style // a slot's start time
	Title        lipgloss.Style // a talk's title
	Speaker      lipgloss.Style // a talk's speakers
	Break        lipgloss.Style // breaks and lunch, dimmed
	Item         lipgloss.Style // a parallel item under its slot
	Selected     lipgloss.Style // the selected row when the pane has focus
	SelectedBlur lipgloss.Style // the selected row when the pane is blurred
	NowMark      lipgloss.Style // the marker of the talk on now
	Attended     lipgloss.Style // the mark of an attended item
	Dropped      lipgloss.Style // a talk a re-import no longer found
	Track        lipgloss.Style // a talk's track at the end of its byline
	Overlap      lipgloss.Style // ⚠ on attended talks that clash, and the warning

	// Outline pane.
	TalkTitle   lipgloss.Style // the talk's title above its outline
	TalkMeta    lipgloss.Style // speakers, time and room under the title
	Bullet      lipgloss.Style // the bullet glyph
	Text        lipgloss.Style // a bullet's text
	Placeholder lipgloss.Style // the hint shown in an empty outline
	Link        lipgloss.Style // a URL in a bullet
	Done        lipgloss.Style // the text of a ticked to-do

	// Chrome.
	Border    lipgloss.Style // the rule between the panes
	Status    lipgloss.Style // the status bar
	StatusKey lipgloss.Style // emphasised words in the status bar
	Saved     lipgloss.Style // "saved"
	Saving    lipgloss.Style // "saving…"
	Error     lipgloss.Style // an error in the status bar
	Hint      lipgloss.Style // the one-line hint for new users

	// Post preview: the post's Markdown drawn as styled lines.
	PostHeading lipgloss.Style // a heading
	Emphasis    lipgloss.Style // *emphasis*
	Strong      lipgloss.Style // **strong emphasis**
	Code        lipgloss.Style // code spans and blocks
	Quote       lipgloss.Style // the bar before quoted lines
	Rule        lipgloss.Style // a thematic break, the front matter
}

// New builds the styles for a dark or a light terminal background.
func New(dark bool) (s Styles) {
	build(&s, dark, nil)
	return s
}

// build builds into s the styles for a dark or a light terminal
// background, with the colours the user set by role (see Theme) over the
// palette's. It fills the caller's Styles in place: 21 kB copied from
// frame to frame was a good part of a start's first touches of memory.
func build(s *Styles, dark bool, colors map[string]string) {
	pick := lipgloss.LightDark(dark)
	role := func(name string, light, darkColor string) color.Color {
		if c, ok := colors[name]; ok && c != "" {
			return lipgloss.Color(c)
		}
		return pick(lipgloss.Color(light), lipgloss.Color(darkColor))
	}
	var (
		dim    = role("dim", "#8a8a8a", "#6c6c6c")
		accent = role("accent", "#5f00d7", "#af87ff")
		now    = role("now", "#d70000", "#ff5f5f")
		good   = role("good", "#008700", "#5fd75f")
		warn   = role("warn", "#af5f00", "#ffaf00")
		selBg  = role("selection", "#d7d7ff", "#3a3a5f")
		blurBg = pick(lipgloss.Color("#e4e4e4"), lipgloss.Color("#303030"))
		barBg  = role("bar", "#e4e4e4", "#262626")
		errFg  = role("error", "#d70000", "#ff5f5f")
		link   color.Color // none: a link is only underlined
	)
	if c := colors["link"]; c != "" {
		link = lipgloss.Color(c)
	}
	s.PaneTitle = look{bold: true, fg: accent}.style()
	s.Time = look{fg: dim}.style()
	s.Title = look{}.style()
	s.Speaker = look{fg: dim, italic: true}.style()
	s.Break = look{fg: dim}.style()
	s.Item = look{}.style()
	s.Selected = look{bg: selBg, bold: true}.style()
	s.SelectedBlur = look{bg: blurBg}.style()
	s.NowMark = look{fg: now, bold: true}.style()
	s.Attended = look{fg: good, bold: true}.style()
	s.Dropped = look{fg: dim, strike: true}.style()
	s.Track = look{fg: accent}.style()
	s.Overlap = look{fg: warn, bold: true}.style()

	s.TalkTitle = look{bold: true, fg: accent}.style()
	s.TalkMeta = look{fg: dim}.style()
	s.Bullet = look{fg: accent}.style()
	s.Text = look{}.style()
	s.Placeholder = look{fg: dim, italic: true}.style()
	s.Link = look{underline: true, fg: link}.style()
	s.Done = look{fg: dim, strike: true}.style()

	s.Border = look{fg: dim}.style()
	s.Status = look{bg: barBg}.style()
	s.StatusKey = look{bg: barBg, bold: true}.style()
	s.Saved = look{bg: barBg, fg: good}.style()
	s.Saving = look{bg: barBg, fg: warn}.style()
	s.Error = look{bg: barBg, fg: errFg, bold: true}.style()
	s.Hint = look{fg: dim}.style()

	s.PostHeading = look{bold: true, fg: accent}.style()
	s.Emphasis = look{italic: true}.style()
	s.Strong = look{bold: true}.style()
	s.Code = look{fg: warn}.style()
	s.Quote = look{fg: accent}.style()
	s.Rule = look{fg: dim}.style()
}

// look is how one style looks. Each style is built from its look by a
// call of its own rather than in one literal of chained calls: that
// literal kept every intermediate style on the stack at once, 50 kB
// touched for the first time at every start.
type look struct {
	fg, bg                          color.Color // nil for the terminal's own
	bold, italic, strike, underline bool
	reverse                         bool
}

// style is the look as a style.
func (l look) style() lipgloss.Style {
	s := lipgloss.NewStyle()
	if l.bold {
		s = s.Bold(true)
	}
	if l.italic {
		s = s.Italic(true)
	}
	if l.strike {
		s = s.Strikethrough(true)
	}
	if l.underline {
		s = s.Underline(true)
	}
	if l.reverse {
		s = s.Reverse(true)
	}
	if l.fg != nil {
		s = s.Foreground(l.fg)
	}
	if l.bg != nil {
		s = s.Background(l.bg)
	}
	return s
}
