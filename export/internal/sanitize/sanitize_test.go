package sanitize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Art &amp; Culture", "Art & Culture"},
		{"<p>Hello<br>World</p>", "Hello World"},
		{"Con<em>tin</em>uous", "Continuous"},
		{"a < b &lt;tag&gt;", "a < b <tag>"},
		{"I <3 YAML", "I <3 YAML"},
		{"Tove\x1b]0;pwned\x07 Lindqvist\r\n", "Tove Lindqvist"},
		{"smuggled &#27;[2J escape", "smuggled escape"},
		{"bidi\u202e text", "bidi text"},
		{"hid\u200bden wo\u2060rd", "hidden word"},
		{"\ufeffBOM  and\u00a0nbsp\tand\ttabs", "BOM and nbsp and tabs"},
		{"line\nbreak", "line break"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLineRemovesEscapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"red \x1b[31mtext\x1b[0m", "red text"},
		{"title \x1b]2;owned\x1b\\ kept", "title  kept"},
		{"c1 \u009b31mcsi", "c1 csi"},
		{"unterminated \x1b]0;rest", "unterminated "},
		{"charset \x1b(Bswitch", "charset switch"},
		{"bell\a", "bell"},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStripEscapesKeepsWhatMappingKeeps: a caller whose tabs are
// indentation keeps them, and an escape sequence still goes whole, even one
// with a tab inside its string.
func TestStripEscapesKeepsWhatMappingKeeps(t *testing.T) {
	keepTabs := func(r rune) rune {
		if r == '\t' {
			return r
		}
		return lineRune(r)
	}
	tests := []struct{ in, want string }{
		{"\t- item\u00a0one", "\t- item one"},
		{"\t\x1b]0;a\tb\x07- c", "\t- c"},
		{"\u2060\t\x1b[1m-\x1b[0m d", "\t- d"},
	}
	for _, tt := range tests {
		if got := StripEscapes(tt.in, keepTabs); got != tt.want {
			t.Errorf("StripEscapes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzText checks what every reader relies on: whatever the input, the
// result is valid UTF-8 with no control or invisible characters and no
// doubled or edge spaces.
func FuzzText(f *testing.F) {
	for _, s := range []string{"Art &amp; <b>Culture</b>", "\x1b[2J\x1b]0;x\x07", "&#27;[31m", "a\u202eb", "<br/>x<p"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Text(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Text(%q) = %q: invalid UTF-8", s, got)
		}
		for _, r := range got {
			if unicode.IsControl(r) || IsInvisible(r) {
				t.Fatalf("Text(%q) = %q keeps %U", s, got, r)
			}
		}
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Fatalf("Text(%q) = %q: spaces not collapsed", s, got)
		}
	})
}
