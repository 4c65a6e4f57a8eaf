package search

import (
	"charm.land/lipgloss/v2"

	"lanyard/tui/theme"
)

// looks are the styles the overlay draws with, built once from the theme
// whenever it changes, never while drawing.
type looks struct {
	prompt        lipgloss.Style // "Search: "
	query         lipgloss.Style // the query as typed
	querySelected lipgloss.Style // the query after reopening, about to be replaced
	count         lipgloss.Style // "12 hits in 3 talks"
	talk          lipgloss.Style // a talk's title above its hits
	text          lipgloss.Style // a hit's text
	bullet        lipgloss.Style // the bullet glyph before a hit
	selected      lipgloss.Style // the selected hit's line
	// match and selectedMatch are the matched part of a hit. The theme has
	// no style for it; they are made here from the theme's accent colour
	// (PaneTitle's foreground) so they follow light and dark backgrounds
	// without adding a colour, and underlined so a match still shows on
	// a terminal without colour.
	match         lipgloss.Style
	selectedMatch lipgloss.Style
}

func looksFrom(s theme.Styles) looks {
	accent := s.PaneTitle.GetForeground()
	return looks{
		prompt:        s.PaneTitle,
		query:         s.Text,
		querySelected: s.Selected,
		count:         s.Hint,
		talk:          s.TalkTitle,
		text:          s.Text,
		bullet:        s.Bullet,
		selected:      s.Selected,
		match:         s.Text.Foreground(accent).Bold(true).Underline(true),
		selectedMatch: s.Selected.Foreground(accent).Underline(true),
	}
}
