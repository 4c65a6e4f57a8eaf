package notestext

import (
	"strings"
	"unicode/utf8"
)

// marker is what the start of a line's body says about it.
type marker struct {
	kind Kind
	// heading is 1 to 6 for a Markdown ATX heading, 0 otherwise.
	heading int
	// listed is set when the line began with a list glyph, quote marker,
	// checkbox or star: text after such a marker may be hard-wrapped onto
	// continuation lines indented to where the text starts.
	listed bool
	// style names the glyph for nesting by glyph at one indentation ("•",
	// "1", "a", "i", "(1)"). It is empty for -, * and + (Markdown nests those
	// by indentation only) and for lines without a list glyph.
	style string
	// ambiguous is set when style is a lone i, v or x: a roman numeral,
	// unless it continues a lettered list (…, h., i.).
	ambiguous bool
	// letter is the glyph's letter when it is a single one ("b)" → 'b').
	letter byte
	// textAt is the byte offset in the body where the text starts.
	textAt int
	// text is the bullet's text, ready to keep.
	text string
	// skip is set for a heading or quote marker with nothing after it.
	skip bool
}

// unicodeBullet is a bullet glyph that rich-text editors paste.
type unicodeBullet struct {
	glyph string
	// spaced glyphs are only bullets when whitespace follows: an en dash
	// or a middle dot can start a sentence, and Word pastes its level-two
	// "o" and level-three "§" bullets with a tab after them.
	spaced, tabbed bool
	// ascii glyphs nest by indentation only, like -.
	ascii bool
}

var unicodeBullets = []unicodeBullet{
	{glyph: "•"}, {glyph: "◦"}, {glyph: "▪"}, {glyph: "‣"}, {glyph: "●"},
	{glyph: "○"}, {glyph: "■"}, {glyph: "□"}, {glyph: "▫"}, {glyph: "▸"},
	{glyph: "►"}, {glyph: "⁃"}, {glyph: "∙"},
	{glyph: "·", spaced: true},
	{glyph: "–", spaced: true, ascii: true},
	{glyph: "o", tabbed: true}, {glyph: "§", tabbed: true},
}

// checkMarks are the checkbox and star markers that may follow a glyph or
// start a line, with the kind each gives.
var checkMarks = []struct {
	mark string
	kind Kind
	// spaced marks need whitespace after them: "[x]" can start a citation.
	spaced bool
	// word marks need words after them too: "TODO" alone on a line is a
	// note that says so.
	word bool
}{
	{mark: "[ ]", kind: KindTodo, spaced: true}, {mark: "[x]", kind: KindDone, spaced: true}, {mark: "[X]", kind: KindDone, spaced: true},
	{mark: "☐", kind: KindTodo}, {mark: "☑", kind: KindDone}, {mark: "☒", kind: KindDone},
	{mark: "✅", kind: KindDone}, {mark: "✓", kind: KindDone}, {mark: "✔", kind: KindDone},
	{mark: "★", kind: KindStar}, {mark: "☆", kind: KindStar}, {mark: "⭐", kind: KindStar},
	// org-mode's keywords, in capitals as org writes them and as the
	// editor takes them typed: "TODO call the venue".
	{mark: "TODO", kind: KindTodo, spaced: true, word: true}, {mark: "DONE", kind: KindDone, spaced: true, word: true},
}

// classify reads the markers at the start of body, which is non-empty and
// starts with neither a space nor a tab.
func classify(body string) marker {
	if level, at, ok := atxHeading(body); ok {
		text := headingText(body[at:])
		return marker{heading: level, textAt: at, text: text, skip: text == ""}
	}
	var m marker
	rest := body
	g := listGlyph(body)
	if q, ok := quoteMarker(body); ok {
		m.kind, m.listed, rest = KindQuote, true, q
	} else if g.n > 0 {
		m.listed, m.style, m.ambiguous, m.letter = true, g.style, g.ambiguous, g.letter
		if g.numbered {
			m.kind = KindNumbered
		}
		rest = trimSpace(body[g.n:])
	}
	if kind, n := checkMark(rest); n > 0 {
		m.kind, m.listed = kind, true
		rest = trimSpace(rest[n:])
	}
	m.textAt = len(body) - len(rest)
	m.text = unescape(rest)
	// A glyph alone is an empty bullet, as the Markdown export writes one;
	// a quote marker, checkbox or star alone says nothing.
	m.skip = m.text == "" && g.n == 0
	return m
}

// atxHeading recognises "# " to "###### ", returning the level and where
// the text starts.
func atxHeading(s string) (level, at int, ok bool) {
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || (level < len(s) && !isSpace(s[level])) {
		return 0, 0, false
	}
	return level, len(s) - len(trimSpace(s[level:])), true
}

// headingText drops a heading's optional closing run of #s and undoes
// escapes.
func headingText(s string) string {
	end := len(s)
	for end > 0 && s[end-1] == '#' {
		end--
	}
	if end == 0 || isSpace(s[end-1]) {
		s = strings.TrimRight(s[:end], " \t")
	}
	return unescape(s)
}

// quoteMarker strips one or more ">" markers and the spaces after them.
// ">=" is a comparison, not a quote.
func quoteMarker(s string) (string, bool) {
	if !strings.HasPrefix(s, ">") || strings.HasPrefix(s, ">=") {
		return "", false
	}
	for strings.HasPrefix(s, ">") {
		s = trimSpace(s[1:])
	}
	return s, true
}

// glyph is a list glyph at the start of a line.
type glyph struct {
	n         int    // byte length; 0 when there is none
	style     string // see marker.style
	numbered  bool   // a number, letter or roman numeral
	ambiguous bool   // see marker.ambiguous
	letter    byte   // see marker.letter
}

// listGlyph returns the list glyph that starts s.
func listGlyph(s string) glyph {
	if s[0] >= utf8.RuneSelf || s[0] == 'o' {
		if g, ok := unicodeGlyph(s); ok {
			return g
		}
	}
	switch s[0] {
	case '-', '*', '+':
		if len(s) == 1 || isSpace(s[1]) {
			return glyph{n: 1}
		}
		return glyph{}
	}
	return orderedGlyph(s)
}

// unicodeGlyph recognises the bullets rich-text editors paste.
func unicodeGlyph(s string) (glyph, bool) {
	for _, b := range unicodeBullets {
		if !strings.HasPrefix(s, b.glyph) {
			continue
		}
		after := s[len(b.glyph):]
		switch {
		case b.tabbed && !strings.HasPrefix(after, "\t"):
			continue // "or", "o) …" and "§ 3" are not Word's bullets
		case b.spaced && (after == "" || !isSpace(after[0])):
			continue
		case b.ascii:
			return glyph{n: len(b.glyph)}, true
		}
		return glyph{n: len(b.glyph), style: b.glyph}, true
	}
	return glyph{}, false
}

// orderedGlyph recognises "12." "3)" "(4)", "a." "b)" "(c)", "B)", and
// roman "iv." "ii)" "IV." "(v)". Numbers may stand alone on a line, as
// Markdown's empty items do; letters need text after them. An upper-case
// letter with a full stop is an initial ("J. Doe on …"), not a glyph,
// unless it is a roman numeral of two or more letters ("II.").
func orderedGlyph(s string) glyph {
	open := strings.HasPrefix(s, "(")
	body := s
	if open {
		body = s[1:]
	}
	run := 0
	for run < len(body) && run < 6 && isASCIILetterOrDigit(body[run]) {
		run++
	}
	if run == 0 || run == len(body) || (body[run] != '.' && body[run] != ')') || (open && body[run] != ')') {
		return glyph{}
	}
	word, delim := body[:run], body[run]
	n := len(s) - len(body) + run + 1
	followed := n < len(s) && isSpace(s[n])
	class := ordinalClass(word)
	switch {
	case class == 0 || (!followed && (n < len(s) || class != '1')):
		return glyph{}
	case delim == '.' && (class == 'A' || class == 'I' && len(word) == 1):
		return glyph{}
	}
	// The style leaves out the delimiter: "1." then "2)" is one list
	// typed carelessly, not two levels.
	style := string(class)
	if open {
		style = "(" + style + ")"
	}
	g := glyph{n: n, style: style, numbered: true}
	if len(word) == 1 && class != '1' {
		g.letter = word[0]
		g.ambiguous = class == 'i' || class == 'I'
	}
	return g
}

// ordinalClass returns '1' for one to three digits, 'i' or 'I' for a roman
// numeral of i, v and x (a lone one may yet be a letter), 'a' or 'A' for
// any other single letter, and 0 otherwise.
func ordinalClass(w string) byte {
	switch {
	case allIn(w, "0123456789"):
		if len(w) <= 3 {
			return '1'
		}
	case allIn(w, "ivx"):
		return 'i'
	case allIn(w, "IVX"):
		return 'I'
	case len(w) == 1 && w[0] >= 'a' && w[0] <= 'z':
		return 'a'
	case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return 'A'
	}
	return 0
}

// checkMark returns the kind and byte length of a checkbox or star at the
// start of s, with a following emoji variation selector, or 0.
func checkMark(s string) (Kind, int) {
	for _, c := range checkMarks {
		if !strings.HasPrefix(s, c.mark) {
			continue
		}
		n := len(c.mark)
		if strings.HasPrefix(s[n:], "\ufe0f") {
			n += len("\ufe0f")
		}
		if c.spaced && n < len(s) && !isSpace(s[n]) {
			return 0, 0
		}
		if c.word && trimSpace(s[n:]) == "" {
			return 0, 0
		}
		return c.kind, n
	}
	return 0, 0
}

// unescape undoes Markdown backslash escapes of ASCII punctuation and
// turns tabs into spaces.
func unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 && strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i++
		case c == '\t':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// columns returns the column reached by writing s from column col, with
// tab stops every unit columns and emoji two columns wide.
func columns(col int, s string, unit int) int {
	for _, r := range s {
		switch {
		case r == '\t':
			col = (col/unit + 1) * unit
		case r == '\ufe0f':
		case r == '⭐' || r == '✅':
			col += 2
		default:
			col++
		}
	}
	return col
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

func trimSpace(s string) string { return strings.TrimLeft(s, " \t") }

func isASCIILetterOrDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isASCIIPunct(c byte) bool {
	return c < utf8.RuneSelf && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

func allIn(w, set string) bool {
	for i := 0; i < len(w); i++ {
		if strings.IndexByte(set, w[i]) < 0 {
			return false
		}
	}
	return w != ""
}
