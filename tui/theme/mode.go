package theme

import (
	"fmt"
	"strings"
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
func (t Theme) Styles(dark bool) (s Styles) {
	switch t.Mode {
	case Dark:
		dark = true
	case Light:
		dark = false
	case Plain:
		plain(&s)
		return s
	}
	build(&s, dark, t.Colors)
	return s
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
func plain(s *Styles) {
	bold, italic, strike := look{bold: true}, look{italic: true}, look{strike: true}
	s.PaneTitle, s.Time, s.Title, s.Speaker = bold.style(), look{}.style(), look{}.style(), italic.style()
	s.Break, s.Item = look{}.style(), look{}.style()
	s.Selected, s.SelectedBlur = look{reverse: true, bold: true}.style(), look{reverse: true}.style()
	s.NowMark, s.Attended, s.Dropped = bold.style(), bold.style(), strike.style()
	s.Track, s.Overlap = look{}.style(), bold.style()

	s.TalkTitle, s.TalkMeta, s.Bullet, s.Text = bold.style(), look{}.style(), look{}.style(), look{}.style()
	s.Placeholder, s.Link, s.Done = italic.style(), look{underline: true}.style(), strike.style()

	s.Border, s.Status, s.StatusKey = look{}.style(), look{reverse: true}.style(), look{reverse: true, bold: true}.style()
	s.Saved, s.Saving = look{reverse: true}.style(), look{reverse: true}.style()
	s.Error, s.Hint = look{reverse: true, bold: true}.style(), look{}.style()

	s.PostHeading, s.Emphasis, s.Strong = bold.style(), italic.style(), bold.style()
	s.Code, s.Quote, s.Rule = look{}.style(), look{}.style(), look{}.style()
}
