package safetext

import "testing"

func TestLineKeepsNothingATerminalWouldObey(t *testing.T) {
	for in, want := range map[string]string{
		"Harbour Ops Days":                          "Harbour Ops Days",
		"R&D <Summit>":                              "R&D <Summit>",
		"Evil\x1b]0;pwned\x07\x1b[31mRED\nline2":    "EvilRED line2",
		"  two\tlines\r\nand\u00a0a  gap ":          "two lines and a gap",
		"bidi \u202eevil\u202c and bom \ufeff here": "bidi evil and bom here",
		"C1 CSI \u009b2J gone":                      "C1 CSI gone",
		"bad byte \xff kept as a mark":              "bad byte \ufffd kept as a mark",
		"Café – Zürich":                             "Café – Zürich",
		"":                                          "",
	} {
		if got := Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzLine(f *testing.F) {
	for _, seed := range []string{"plain", "esc \x1b[2J", "osc \x1b]52;c;aGk=\x07", "\u202e", "a\r\nb", "\x9b31m", "\xff"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Line(s)
		for _, r := range got {
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x202e || r == 0xfeff {
				t.Fatalf("Line(%q) = %q keeps %U", s, got, r)
			}
		}
		if Line(got) != got {
			t.Fatalf("Line is not idempotent on %q: %q then %q", s, got, Line(got))
		}
	})
}
