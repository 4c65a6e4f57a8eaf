package notestext

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestParseIndentation(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"two spaces", "- a\n  - b\n    - c\n  - d\n- e\n", `
a
  b
    c
  d
e
`},
		{"three spaces", "- a\n   - b\n      - c\n   - d\n", `
a
  b
    c
  d
`},
		{"four spaces", "* a\n    * b\n        * c\n* d\n", `
a
  b
    c
d
`},
		{"tabs alone count four columns", "- a\n\t- b\n\t\t- c\n\t- d\n", `
a
  b
    c
  d
`},
		// With a two-space unit in use, a tab is one level, not two.
		{"tab is the indent unit in use", "- a\n  - b\n    - c\n\t- d\n", `
a
  b
    c
  d
`},
		{"talks written in different widths", "Talk one\n  • a\n    • b\nTalk two\n    • c\n        • d\n    • e\n", `
Talk one
  a
    b
Talk two
  c
    d
  e
`},
		{"dedent to the nearest shallower level", "- a\n    - b\n  - c\n      - d\n", `
a
  b
  c
    d
`},
		{"deeper than one level is clamped", "- a\n          - b\n                    - c\n- d\n", `
a
  b
    c
d
`},
		{"first line indented", "    - a\n  - b\n- c\n  - d\n", `
a
b
c
  d
`},
		{"blank lines keep nesting", "- a\n\n  - b\n\n\n  - c\n\n    - d\n", `
a
  b
  c
    d
`},
		{"no-break spaces indent", "- a\n\u00a0\u00a0- b\n", `
a
  b
`},
		{"six levels", "- 1\n  - 2\n    - 3\n      - 4\n        - 5\n          - 6\n        - 5b\n- 1b\n", `
1
  2
    3
      4
        5
          6
        5b
1b
`},
		{"glyph-less lines nest by indentation", "Keynote\n  what we learnt\n    first thing\n  questions\nLunch\n", `
Keynote
  what we learnt
    first thing
  questions
Lunch
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkTree(t, tt.text, tt.want) })
	}
}

func TestParseGlyphs(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"pasted bullets with indentation", "• a\n  ◦ b\n    ▪ c\n      ‣ d\n  ◦ e\n", `
a
  b
    c
      d
  e
`},
		{"pasted bullets without indentation nest by glyph", "• a\n◦ b\n▪ c\n◦ d\n• e\n◦ f\n", `
a
  b
    c
  d
e
  f
`},
		{"Word's plain-text bullets", "•\ta\no\tb\n§\tc\n•\td\n", `
a
  b
    c
d
`},
		{"glyphs need no space, dashes do", "•tight\n– en dash\n+ plus\n-not a glyph\n*emphasis*\n", `
tight
en dash
plus
-not a glyph
*emphasis*
`},
		{"numbered", "1. one\n2) two\n10. ten\n", `
[numbered] one
[numbered] two
[numbered] ten
`},
		{"lettered under numbered by indentation", "1. one\n   a) x\n   b) y\n2. two\n", `
[numbered] one
  [numbered] x
  [numbered] y
[numbered] two
`},
		{"number, letter, roman nest at one indentation", "1. one\na) x\ni. deep\nii. deeper\nb) y\n2. two\n", `
[numbered] one
  [numbered] x
    [numbered] deep
    [numbered] deeper
  [numbered] y
[numbered] two
`},
		{"parenthesised", "(1) one\n(a) x\n(2) two\n", `
[numbered] one
  [numbered] x
[numbered] two
`},
		{"i after h is a letter", "a. a\nb. b\nc. c\nd. d\ne. e\nf. f\ng. g\nh. h\ni. i\n", `
[numbered] a
[numbered] b
[numbered] c
[numbered] d
[numbered] e
[numbered] f
[numbered] g
[numbered] h
[numbered] i
`},
		{"roman numerals", "i. one\nii. two\niii. three\niv) four\nv. five\n", `
[numbered] one
[numbered] two
[numbered] three
[numbered] four
[numbered] five
`},
		{"upper-case roman", "I) first\nII. second\nIV) fourth\n", `
[numbered] first
[numbered] second
[numbered] fourth
`},
		{"initials and prose are not glyphs", "J. Doe on caching\nQ. why so slow?\n1.5 million rows\ne.g. this\n(see below) x\n12:30 lunch\n", `
J. Doe on caching
Q. why so slow?
1.5 million rows
e.g. this
(see below) x
12:30 lunch
`},
		{"spaces after the glyph go", "1.   spaced out\n-\t\ttabbed\n", `
[numbered] spaced out
tabbed
`},
		{"glyph alone is an empty bullet", "- a\n-\n  - c\n", `
a
∅
  c
`},
		{"markdown list mixing glyphs nests by indentation only", "- a\n* b\n1. c\n+ d\n", `
a
b
[numbered] c
d
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkTree(t, tt.text, tt.want) })
	}
}

func TestParseCleansText(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"CRLF", "- a\r\n  - b\r\n", "a\n  b\n"},
		{"lone CR", "- a\r  - b\r", "a\n  b\n"},
		{"trailing spaces", "- a  \t\n  - b \u00a0\n", "a\n  b\n"},
		{"colour and bell", "- \x1b[1;31mred\x1b[0m text\a\n", "red text\n"},
		{"title escape", "\x1b]0;owned\x07- x\n", "x\n"},
		{"C1 and NUL", "- a\u009b2Jb\x00c\n", "abc\n"},
		{"byte order mark and zero-width space", "\ufeff\u200b• a\n", "a\n"},
		{"tab inside text", "- a\tb\n", "a b\n"},
		{"text kept as typed", "- it’s “quoted”  twice\n", "it’s “quoted”  twice\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(parseString(t, tt.text)); got != tt.want {
				t.Errorf("Parse(%q) =\n%s\nwant\n%s", tt.text, got, tt.want)
			}
		})
	}
}

func TestParseRejectsInvalidUTF8(t *testing.T) {
	_, err := Parse(strings.NewReader("- a\n- b\n- caf\xe9\n"))
	if !errors.Is(err, ErrInvalidUTF8) {
		t.Fatalf("err = %v, want ErrInvalidUTF8", err)
	}
	if !strings.HasPrefix(err.Error(), "line 3: ") {
		t.Errorf("err = %q, want it to name line 3", err)
	}
}

// failingReader returns its text, then an error.
type failingReader struct {
	text string
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if r.text == "" {
		return 0, r.err
	}
	n := copy(p, r.text)
	r.text = r.text[n:]
	return n, nil
}

func TestParseReportsReadError(t *testing.T) {
	errDisk := errors.New("disk gone")
	_, err := Parse(&failingReader{text: "- a\n- b\n", err: errDisk})
	if !errors.Is(err, errDisk) || !strings.HasPrefix(err.Error(), "line 3: ") {
		t.Fatalf("err = %v, want the read error at line 3", err)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, text := range []string{"", "\n\n", "   \n\t\n", "---\n"} {
		bullets, err := Parse(strings.NewReader(text))
		if err != nil || len(bullets) != 0 {
			t.Errorf("Parse(%q) = %v, %v; want nothing", text, bullets, err)
		}
	}
	if _, err := Parse(io.LimitReader(strings.NewReader("- a"), 0)); err != nil {
		t.Errorf("empty reader: %v", err)
	}
}

func TestKindValuesAreStable(t *testing.T) {
	kinds := []Kind{KindPlain, KindNumbered, KindStar, KindTodo, KindDone, KindQuote}
	for i, k := range kinds {
		if int(k) != i {
			t.Errorf("%s = %d, want %d: stored kinds would change meaning", k, k, i)
		}
	}
}
