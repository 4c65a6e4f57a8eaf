package notestext

import (
	"strings"
	"testing"
)

// render draws bullets the way a reader pictures the tree: two spaces per
// level, the kind in brackets unless plain, and ∅ for an empty bullet.
func render(bullets []Bullet) string {
	var b strings.Builder
	for _, bl := range bullets {
		b.WriteString(strings.Repeat("  ", bl.Depth))
		if bl.Kind != KindPlain {
			b.WriteString("[" + bl.Kind.String() + "] ")
		}
		if bl.Text == "" {
			b.WriteString("∅")
		}
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// parseString parses text and fails the test on an error.
func parseString(t testing.TB, text string) []Bullet {
	t.Helper()
	bullets, err := Parse(strings.NewReader(text))
	if err != nil {
		t.Fatalf("Parse(%q): %v", text, err)
	}
	return bullets
}

// checkTree parses text and compares the drawn tree with want, given as an
// indented multi-line string whose first and last newlines are dropped.
func checkTree(t *testing.T, text, want string) {
	t.Helper()
	got := render(parseString(t, text))
	want = strings.TrimPrefix(want, "\n")
	if got != want {
		t.Errorf("Parse(%q):\ngot:\n%s\nwant:\n%s", text, got, want)
	}
}
