package outline

import (
	"fmt"
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// Wide characters: CJK and emoji take two cells, a ZWJ sequence or a flag
// is one character of several code points, a combining mark takes none.
// The cursor must sit on the cell where the next character is drawn, at
// every position, whatever the wrap does around a wide glyph, and in both
// of the ways a terminal can count cells: by grapheme cluster (terminals
// with mode 2027) and by wcwidth (the rest, tmux among them), where a ZWJ
// sequence takes the cells of its parts and an emoji with VS16 one.

// wideTexts mix every kind of wide and narrow character with spaces.
var wideTexts = []string{
	"東京 🎉 👩\u200d💻 🇳🇱 cafe\u0301 plain ASCII 東京東京 ❤\ufe0f ok",
	"a東東東東東東東東東東東東東東東東東東東東東東東東東東",
	"ab👩\u200d💻👩\u200d💻👩\u200d💻🇳🇱🇳🇱🇳🇱e\u0301e\u0301e\u0301🎉🎉🎉xyz",
	"x 東 y 👩\u200d💻 z 🇳🇱 w e\u0301 v 🎉",
}

// widthMethods are the two ways a terminal counts cells.
var widthMethods = []ansi.Method{ansi.GraphemeWidth, ansi.WcWidth}

// screenOf draws a frame as bubbletea's renderer does, into cells counted
// by method.
func screenOf(view string, width, height int, method ansi.Method) *uv.ScreenBuffer {
	buf := uv.NewScreenBuffer(width, height)
	buf.Method = method
	uv.NewStyledString(view).Draw(buf, buf.Bounds())
	return &buf
}

// graphemes splits s into grapheme clusters.
func graphemes(s string) []string {
	var out []string
	for len(s) > 0 {
		g, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		out = append(out, g)
		s = s[len(g):]
	}
	return out
}

func TestCursorSitsOnTheNextCharacterOverWideText(t *testing.T) {
	for _, method := range widthMethods {
		for ti, text := range wideTexts {
			for width := 6; width <= 34; width++ {
				label := fmt.Sprintf("method %d, text %d, width %d", method, ti, width)
				walkCursor(t, label, text, width, method)
			}
		}
	}
}

// walkCursor puts the cursor at the start of text and moves it right a
// character at a time, checking at each step that the cell under the
// terminal's cursor holds the character the cursor is before.
func walkCursor(t *testing.T, label, text string, width int, method ansi.Method) {
	t.Helper()
	const height = 30
	m, _ := editor(t, outlineOf(t, text), width, height)
	m = m.SetWidthMethod(method).SetHeader(Header{Title: "👩\u200d💻 東京 queues 🇳🇱 and ❤\ufe0f", Meta: "Aiko 👩\u200d💻 Tanabe · Hall 東"})
	m = press(m, "home")
	chars := graphemes(text)
	for i := 0; i <= len(chars); i++ {
		want := ""
		if i < len(chars) {
			want = chars[i]
		}
		view := m.View()
		x, y, ok := m.Cursor()
		if !ok {
			t.Fatalf("%s: no cursor before character %d", label, i)
		}
		screen := screenOf(view, width, height, method)
		if msg := checkCell(screen, x, y, want, m.textStart(m.row)); msg != "" {
			t.Fatalf("%s: before character %d %q: %s\n%s", label, i, want, msg, ansi.Strip(view))
		}
		checkLinesFit(t, label, view, width, method)
		m = press(m, "right")
	}
}

// checkCell returns why the cell at x, y is not where want is drawn, ""
// if it is. At the end of the text the cell must be blank. A space that
// would hang past the right edge is not drawn: the cursor before it is
// shown at the start of the next line, where a character typed there
// appears.
func checkCell(screen *uv.ScreenBuffer, x, y int, want string, textX int) string {
	c := screen.CellAt(x, y)
	if c == nil {
		return fmt.Sprintf("cursor at %d,%d is off the screen", x, y)
	}
	got := c.Content
	switch {
	case got == want:
		return ""
	case want == "" && (got == " " || got == ""):
		return ""
	case want == " " && x == textX:
		return ""
	}
	return fmt.Sprintf("cursor at %d,%d is on %q (width %d)", x, y, got, c.Width)
}

// checkLinesFit fails the test if a line of the frame takes more cells
// than the pane has, counted by method.
func checkLinesFit(t *testing.T, label, view string, width int, method ansi.Method) {
	t.Helper()
	for i, l := range strings.Split(view, "\n") {
		if w := method.StringWidth(l); w > width {
			t.Fatalf("%s: line %d takes %d cells of %d: %q", label, i, w, width, ansi.Strip(l))
		}
	}
}
