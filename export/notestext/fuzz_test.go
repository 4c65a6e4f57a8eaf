package notestext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, seed := range []string{
		"",
		"- a\n  - b\n\t- c\n        - d\n- e\n",
		"• a\n◦ b\n▪ c\n◦ d\n",
		"1. a\na) b\ni. c\nii. d\nh. e\ni. f\n(iv) g\nIV) h\n",
		"# A\n### B\nplain\n- [ ] t\n- [x] d\n> q\n★ s\n",
		"-\tx\n\ty\n-\n  z\n",
		"    - a\n- b\n      - c\n",
		"\ufeff\x1b]0;t\x07- \x1b[31mx\x1b[0m\r\n\u00a0 - y\r- z\x00\u009b2J",
		"o\tword\n§\tlaw\n– dash\n·\n⭐️\n✔️ x",
		"\\- escaped\n- \\*x\\*\n#\n>\n---\n===\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		bullets, err := Parse(strings.NewReader(text))
		if err != nil {
			if utf8.ValidString(text) {
				t.Fatalf("valid UTF-8 rejected: %v", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatal("invalid UTF-8 accepted")
		}
		checkBullets(t, bullets)
	})
}

// checkBullets checks what every caller relies on: the first bullet is at
// the top, no bullet is more than one level deeper than the one before,
// and texts are trimmed, valid and free of control characters.
func checkBullets(t *testing.T, bullets []Bullet) {
	t.Helper()
	for i, b := range bullets {
		switch {
		case i == 0 && b.Depth != 0:
			t.Fatalf("first bullet at depth %d", b.Depth)
		case b.Depth < 0:
			t.Fatalf("bullet %d at depth %d", i, b.Depth)
		case i > 0 && b.Depth > bullets[i-1].Depth+1:
			t.Fatalf("bullet %d jumps from depth %d to %d", i, bullets[i-1].Depth, b.Depth)
		case b.Kind > KindQuote:
			t.Fatalf("bullet %d has kind %d", i, b.Kind)
		case !utf8.ValidString(b.Text):
			t.Fatalf("bullet %d text %q is not UTF-8", i, b.Text)
		case strings.TrimSpace(b.Text) != b.Text:
			t.Fatalf("bullet %d text %q is not trimmed", i, b.Text)
		case strings.ContainsFunc(b.Text, unicode.IsControl):
			t.Fatalf("bullet %d text %q holds a control character", i, b.Text)
		}
	}
}
