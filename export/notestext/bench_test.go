package notestext

import (
	"fmt"
	"strings"
	"testing"
)

// benchNotes writes n lines of notes mixing what people paste: talk lines
// at the margin, bullets in two styles of indentation, pasted glyphs,
// numbered items, checkboxes, wrapped lines and blank lines.
func benchNotes(n int) string {
	lines := []string{
		"Speaker %d – A talk about queues",
		"",
		"  • point %d about the thing they said",
		"    • sub-point %d with “quotes” and a https://example.org/link",
		"      • deeper %d",
		"        • deeper still %d, which was hard-wrapped by",
		"          the editor at seventy columns",
		"- [ ] follow up %d",
		"    - detail %d with a \\*literal star\\*",
		"1. numbered %d",
		"   a) lettered %d",
		"\t- tabbed %d",
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		tmpl := lines[i%len(lines)]
		if strings.Contains(tmpl, "%d") {
			fmt.Fprintf(&b, tmpl+"\n", i)
		} else {
			b.WriteString(tmpl + "\n")
		}
	}
	return b.String()
}

func BenchmarkParse10k(b *testing.B) {
	text := benchNotes(10_000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		bullets, err := Parse(strings.NewReader(text))
		if err != nil {
			b.Fatal(err)
		}
		if len(bullets) < 8000 {
			b.Fatalf("%d bullets, want at least 8000", len(bullets))
		}
	}
}
