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
func New(dark bool) Styles { return build(dark, nil) }

// build builds the styles for a dark or a light terminal background, with
// the colours the user set by role (see Theme) over the palette's.
func build(dark bool, colors map[string]string) Styles {
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
	)
	base := lipgloss.NewStyle()
	return Styles{
		PaneTitle:    base.Bold(true).Foreground(accent),
		Time:         base.Foreground(dim),
		Title:        base,
		Speaker:      base.Foreground(dim).Italic(true),
		Break:        base.Foreground(dim),
		Item:         base,
		Selected:     base.Background(selBg).Bold(true),
		SelectedBlur: base.Background(blurBg),
		NowMark:      base.Foreground(now).Bold(true),
		Attended:     base.Foreground(good).Bold(true),
		Dropped:      base.Foreground(dim).Strikethrough(true),
		Track:        base.Foreground(accent),
		Overlap:      base.Foreground(warn).Bold(true),

		TalkTitle:   base.Bold(true).Foreground(accent),
		TalkMeta:    base.Foreground(dim),
		Bullet:      base.Foreground(accent),
		Text:        base,
		Placeholder: base.Foreground(dim).Italic(true),
		Link:        link(base.Underline(true), colors["link"]),
		Done:        base.Foreground(dim).Strikethrough(true),

		Border:    base.Foreground(dim),
		Status:    base.Background(barBg),
		StatusKey: base.Background(barBg).Bold(true),
		Saved:     base.Background(barBg).Foreground(good),
		Saving:    base.Background(barBg).Foreground(warn),
		Error:     base.Background(barBg).Foreground(errFg).Bold(true),
		Hint:      base.Foreground(dim),

		PostHeading: base.Bold(true).Foreground(accent),
		Emphasis:    base.Italic(true),
		Strong:      base.Bold(true),
		Code:        base.Foreground(warn),
		Quote:       base.Foreground(accent),
		Rule:        base.Foreground(dim),
	}
}

// link colours a link's style when the user gave links a colour; by
// default a link is only underlined.
func link(s lipgloss.Style, c string) lipgloss.Style {
	if c == "" {
		return s
	}
	return s.Foreground(lipgloss.Color(c))
}
