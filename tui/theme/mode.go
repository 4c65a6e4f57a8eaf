package theme

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
)

// Mode is how lanyard picks its colours.
type Mode int

// The modes, as the config file's theme names them.
const (
	// Auto draws light or dark as the terminal's background is.
	Auto Mode = iota
	Dark
	Light
	// Plain draws without colour: emphasis, underline and reverse
	// video only.
	Plain
)

// ModeNames are the names of the modes, in Mode's order.
var ModeNames = []string{"auto", "dark", "light", "plain"}

// ParseMode reads a mode's name.
func ParseMode(name string) (Mode, error) {
	for i, n := range ModeNames {
		if strings.EqualFold(strings.TrimSpace(name), n) {
			return Mode(i), nil
		}
	}
	return Auto, fmt.Errorf("theme %q: want one of %s", name, strings.Join(ModeNames, ", "))
}

// Theme is the user's choice of colours: a mode, and colours by role
// ("accent", "selection"; see store/config's ColorRoles) over the
// palette's, each "#rrggbb", "#rgb" or an xterm colour number.
type Theme struct {
	Mode   Mode
	Colors map[string]string
}

// Fixed reports whether the theme ignores the terminal's background.
func (t Theme) Fixed() bool { return t.Mode != Auto }

// Styles builds the theme's styles; dark is whether the terminal's
// background is dark, which only Auto heeds.
func (t Theme) Styles(dark bool) Styles {
	switch t.Mode {
	case Dark:
		dark = true
	case Light:
		dark = false
	case Plain:
		return plain()
	}
	return build(dark, t.Colors)
}

// Dark reports whether the theme draws for a dark background, given the
// terminal's.
func (t Theme) Dark(terminalDark bool) bool {
	switch t.Mode {
	case Dark:
		return true
	case Light, Plain:
		return false
	}
	return terminalDark
}

// plain is the styles without a colour: what stands out is bold,
// underlined or in reverse video, which every terminal draws.
func plain() Styles {
	base := lipgloss.NewStyle()
	bold := base.Bold(true)
	return Styles{
		PaneTitle: bold, Time: base, Title: base, Speaker: base.Italic(true), Break: base, Item: base,
		Selected: base.Reverse(true).Bold(true), SelectedBlur: base.Reverse(true),
		NowMark: bold, Attended: bold, Dropped: base.Strikethrough(true), Track: base, Overlap: bold,

		TalkTitle: bold, TalkMeta: base, Bullet: base, Text: base, Placeholder: base.Italic(true),
		Link: base.Underline(true), Done: base.Strikethrough(true),

		Border: base, Status: base.Reverse(true), StatusKey: base.Reverse(true).Bold(true),
		Saved: base.Reverse(true), Saving: base.Reverse(true), Error: base.Reverse(true).Bold(true), Hint: base,

		PostHeading: bold, Emphasis: base.Italic(true), Strong: bold, Code: base, Quote: base, Rule: base,
	}
}
