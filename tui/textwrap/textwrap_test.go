package textwrap

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestLinesBreakAtSpaces(t *testing.T) {
	got := Lines("retries need jitter or they stampede", 12)
	want := []string{"retries need", "jitter or", "they", "stampede"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A word that fills the line exactly, then a lone "-": ansi.Wrap leaves
// the two on one line, two cells too wide.
func TestNoLinePassesTheWidth(t *testing.T) {
	for _, text := range []string{"0000000000x -", "0000000000� -", "a-b-c-d-e-f-g-h-i-j-k -", strings.Repeat("東京 ", 9) + "-"} {
		for width := 1; width <= 14; width++ {
			lines := Lines(text, width)
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > width && !(width == 1 && w == 2) {
					t.Errorf("Lines(%q, %d): %q is %d cells", text, width, l, w)
				}
			}
			if strings.Join(strings.Fields(strings.Join(lines, " ")), "") != strings.Join(strings.Fields(text), "") {
				t.Errorf("Lines(%q, %d) = %q lost text", text, width, lines)
			}
		}
	}
}

func FuzzLines(f *testing.F) {
	f.Add("0000000000\x92  -", 11)
	f.Add("retries need jitter", 7)
	f.Fuzz(func(t *testing.T, text string, width int) {
		width = 2 + (width%120+120)%120
		text = strings.ToValidUTF8(strings.ReplaceAll(text, "\n", " "), "?")
		for _, l := range Lines(text, width) {
			if w := ansi.StringWidth(l); w > width {
				t.Fatalf("%q is %d cells, more than %d", l, w, width)
			}
		}
	})
}
