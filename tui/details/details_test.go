package details

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// ours are the sequences the overlay means to send: colours and OSC 8
// hyperlinks. Anything else that reaches the terminal came from the text.
var ours = regexp.MustCompile("\x1b\\[[0-9;:]*m|\x1b\\]8;;[\x21-\x7e]*\x07")

// checkSafe fails when a frame has a line wider than width or a control
// character other than the overlay's own sequences.
func checkSafe(t *testing.T, frame string, width int) {
	t.Helper()
	for _, line := range strings.Split(frame, "\n") {
		if w := ansi.StringWidth(line); w > width {
			t.Fatalf("a line is %d cells wide, more than %d: %q", w, width, line)
		}
		rest := ours.ReplaceAllString(line, "")
		for _, r := range rest {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("control %U reached the frame: %q", r, line)
			}
		}
		if !utf8.ValidString(rest) {
			t.Fatalf("invalid UTF-8 reached the frame: %q", line)
		}
	}
}

func open(w, h int, title string, a sched.About) Model {
	m := New(theme.New(true)).SetSize(w, h).Open(Talk{ID: 1, Title: title, Room: "Main"})
	return m.SetAbout(1, a, nil)
}

func TestHostileTextNeverReachesTheTerminalRaw(t *testing.T) {
	a := sched.About{
		Abstract: "clear\x1b[2J screen, \x9b31m C1, title\x1b]0;pwned\x07, clipboard\x1b]52;c;Zm9v\x07, bidi \u202eevil",
		URL:      "https://example.org/\x07\x1b]8;;https://evil.example\x07",
		Links:    []sched.Link{{Title: "\x1b[31mred", URL: "https://ok.example/a b"}, {Title: "long", URL: "https://x/" + strings.Repeat("a", 5000)}},
	}
	m := open(40, 200, "Title\x1b[H\r\n", a)
	frame := m.View()
	checkSafe(t, frame, 40)
	if strings.Contains(frame, "evil.example\x07") && strings.Contains(frame, "\x1b]8;;https://evil") {
		t.Error("a URL smuggled a hyperlink of its own")
	}
	if strings.Contains(frame, ansi.SetHyperlink("https://x/"+strings.Repeat("a", 5000))) {
		t.Error("a 5 kB URL was made a hyperlink")
	}
}

func TestHugeAbstractIsCut(t *testing.T) {
	a := sched.About{Abstract: strings.Repeat("word ", 1<<20)}
	m := open(80, 20, "Huge", a)
	if n := len(m.lines); n > 2*maxText/80+50 {
		t.Errorf("a 5 MB abstract laid out as %d lines", n)
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: 'G', Text: "G"})
	if !strings.Contains(ansi.Strip(m.View()), "…") {
		t.Error("the cut abstract does not end with …")
	}
}

func TestAboutForAnotherTalkIsDropped(t *testing.T) {
	m := New(theme.New(true)).SetSize(60, 20).Open(Talk{ID: 2, Title: "Two"})
	m = m.SetAbout(1, sched.About{Abstract: "of talk one"}, nil)
	if v := ansi.Strip(m.View()); strings.Contains(v, "of talk one") || !strings.Contains(v, "Reading") {
		t.Errorf("a late About of another talk was shown:\n%s", v)
	}
}

func FuzzDetailsView(f *testing.F) {
	f.Add("Title", "An abstract.\n\nTwo paragraphs.", "Slides", "https://example.org/s.pdf", 60)
	f.Add("\x1b]0;x\x07", "\x9b2J\x1b[2J", "\u202e", "https://a/\x07", 10)
	f.Add("🧑‍🤝‍🧑 wide 漢字", "e\u0301\u200d", "", "mailto:a@b", 1)
	f.Fuzz(func(t *testing.T, title, abstract, linkTitle, linkURL string, width int) {
		width = 1 + (width%200+200)%200
		m := open(width, 30, title, sched.About{Abstract: abstract, Description: abstract, URL: linkURL,
			Links: []sched.Link{{Title: linkTitle, URL: linkURL}}})
		checkSafe(t, m.View(), max(width, 10))
		m, _ = m.Update(tea.KeyPressMsg{Code: 'G', Text: "G"})
		checkSafe(t, m.View(), max(width, 10))
	})
}
