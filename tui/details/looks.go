package details

import (
	"strings"

	"charm.land/lipgloss/v2"

	"lanyard/tui/theme"
)

// looks are the overlay's styles reduced once per theme to the codes
// around their text: lipgloss's Render measures and wraps each call, and
// on a page of abstract it was a fifth of opening the overlay.
type looks struct {
	title, speaker, meta, track, marks, placeholder, err, text ink
}

func looksFrom(s theme.Styles) looks {
	return looks{
		title: inkOf(s.TalkTitle), speaker: inkOf(s.Speaker), meta: inkOf(s.TalkMeta),
		track: inkOf(s.Track), marks: inkOf(s.Attended), placeholder: inkOf(s.Placeholder),
		err: inkOf(s.Error), text: inkOf(s.Text),
	}
}

// ink paints one line of text as a style does, by the codes before and
// after it.
type ink struct{ pre, post string }

// inkOf finds the codes a style puts around its text.
func inkOf(s lipgloss.Style) ink {
	const probe = "X" // SGR codes are digits, ';', '[' and 'm'
	r := s.Render(probe)
	i := strings.Index(r, probe)
	if i < 0 {
		return ink{}
	}
	return ink{pre: r[:i], post: r[i+len(probe):]}
}

// on paints a line of text, which must hold no line break.
func (k ink) on(text ...string) string {
	line := strings.Join(text, "")
	if line == "" {
		return ""
	}
	return k.pre + line + k.post
}
