package tui

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// Text from a schedule or a paste is data: an escape sequence in it must
// reach the terminal as harmless characters, never as a command. A title
// that clears the screen or an OSC 52 that writes the clipboard would let
// whoever wrote a conference's schedule feed file act on the laptop of
// everyone who imports it. The store is filled directly here, past the
// import's sanitizer, as a notebook written by an older lanyard or edited
// by hand could be.

// Hostile pieces of text: clear screen, the clipboard by OSC 52 (BEL and
// ST terminated), a C1 CSI as a character and as a raw byte, and a
// cursor move.
const (
	clearScreen  = "\x1b[2J"
	clipboardBEL = "\x1b]52;c;cm0gLXJmIH4=\x07"
	clipboardST  = "\x1b]52;c;ZXZpbA==\x1b\\"
	c1CSI        = "\u009b31m"
	rawC1        = "\x9b2J"
	cursorHome   = "\x1b[H"
)

// hostileEvent is a day whose one talk carries escape sequences in every
// field the screen shows.
func hostileEvent() sched.Event {
	d := "2019-10-17"
	return sched.Event{ID: 1, Name: "Ops" + cursorHome + " Days", TZ: "Europe/London", Days: []sched.Day{{Date: d, Talks: []sched.Talk{
		{ID: 11, Start: at(d, "09:30"), End: at(d, "10:00"), Kind: sched.KindTalk,
			Title:    "Pagers" + clearScreen + " and Sleep" + c1CSI,
			Speakers: []string{"Mira" + clipboardBEL + " Kovac"},
			Room:     "Main" + c1CSI + " hall" + rawC1,
			Track:    "Ops" + clipboardST},
		{ID: 12, Start: at(d, "10:00"), End: at(d, "10:30"), Kind: sched.KindTalk,
			Title: "Later" + clipboardBEL + " talk" + rawC1, Speakers: []string{"Sam" + clearScreen}},
		{ID: 13, Start: at(d, "10:30"), End: at(d, "11:00"), Kind: sched.KindTalk,
			Title: "Raw" + rawC1, Speakers: []string{"Ines" + c1CSI}, Room: "Hall" + rawC1},
	}}}}
}

func hostileModel(t *testing.T) tea.Model {
	t.Helper()
	notes := newFakeNotes()
	o := doc.New()
	o.Append("bullet " + clearScreen + " then " + clipboardBEL + " and " + c1CSI + " and " + rawC1 + " end")
	o.Append("second " + clipboardST + cursorHome)
	o.Append("only a raw byte: " + rawC1)
	o.Append("only a C1 CSI: " + c1CSI)
	o.TakeChanges()
	notes.outlines[11] = o
	now := at("2019-10-17", "09:20")
	var m tea.Model = New(Config{Event: hostileEvent(), Talk: 11, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer})
	return run(m, tea.WindowSizeMsg{Width: 120, Height: 30})
}

func TestEscapeSequencesInTextAreShownInert(t *testing.T) {
	states := []screenState{
		{name: "editor", keys: nil},
		{name: "schedule", keys: []tea.KeyPressMsg{escKey}},
		{name: "schedule filter", keys: []tea.KeyPressMsg{escKey, textKey('f')}},
		{name: "search", keys: []tea.KeyPressMsg{ctrl('f'), textKey('e'), textKey('n'), textKey('d')}},
		{name: "talk form", keys: []tea.KeyPressMsg{escKey, textKey('e')}},
		{name: "preview", keys: []tea.KeyPressMsg{ctrl('p')}},
		{name: "narrow editor", keys: nil},
	}
	for _, st := range states {
		m := hostileModel(t)
		if st.name == "narrow editor" {
			m = run(m, tea.WindowSizeMsg{Width: 40, Height: 12})
		}
		for _, k := range st.keys {
			m = run(m, k)
		}
		if bad, at := activeSequence(m.View().Content); bad != "" {
			content := m.View().Content
			t.Errorf("%s: the frame sends %q to the terminal, in %q", st.name, bad,
				content[max(at-40, 0):min(at+40, len(content))])
		}
	}
}

// activeSequence returns the first piece of s a terminal would act on
// other than drawing text, starting a new line, setting colours (SGR) or
// marking a link (OSC 8), and where it is; "" if there is none.
func activeSequence(s string) (string, int) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\x1b':
			n, ok := allowedEscape(s[i:])
			if !ok {
				return s[i:min(i+n, len(s))], i
			}
			i += n
			continue
		case c == '\n':
		case c < 0x20 || c == 0x7f:
			return s[i : i+1], i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && c >= 0x80 {
			return s[i : i+1], i // a raw byte, which a terminal may read as C1
		}
		if r >= 0x80 && r < 0xa0 {
			return s[i : i+size], i
		}
		i += size
	}
	return "", 0
}

// allowedEscape returns the length of the escape sequence at the start of
// s and whether it is one a frame may hold: SGR or OSC 8.
func allowedEscape(s string) (int, bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case '[':
		for j := 2; j < len(s); j++ {
			if c := s[j]; c >= 0x40 && c <= 0x7e {
				return j + 1, c == 'm'
			}
		}
	case ']':
		for j := 2; j < len(s); j++ {
			switch {
			case s[j] == '\x07':
				return j + 1, strings.HasPrefix(s[2:], "8;")
			case s[j] == '\x1b' && j+1 < len(s) && s[j+1] == '\\':
				return j + 2, strings.HasPrefix(s[2:], "8;")
			}
		}
	}
	return 2, false
}
