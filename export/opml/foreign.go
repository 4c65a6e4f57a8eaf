package opml

import (
	"html"
	"strings"

	"lanyard/store/outline"
)

// What other outliners write, and what Read makes of it:
//
//   - Workflowy puts inline HTML in text and _note, escaped once more for
//     XML: <b>, <i>, <u>, <s>, <code>, <mark class="colored c-red">, <a
//     href="…">label</a> (a bare URL is a link labelled with itself),
//     <time startYear=…>Wed, Jul 8, 2026</time> and <mention …> </mention>,
//     whose name is not exported. A typed "<" is "&lt;" inside that HTML.
//     Done bullets have _complete="true"; notes keep line breaks as &#10;.
//   - Dynalist (<flavor>dynalist</flavor> in the head) writes its Markdown
//     as typed: **bold**, __italic__, ~~struck~~, `code`, [label](url),
//     ![alt](url), [[internal links]], dates as !(2026-07-08). To-dos are
//     checkbox="true", done ones also complete="true"; colorLabel and
//     heading say nothing lanyard keeps. Its text is not HTML.
//   - Logseq writes each block's Markdown in text, its task marker first
//     ("TODO buy milk", "DONE ship it"), page references as [[page]].
//   - OmniOutliner writes plain text, the note in _note, its check box as
//     _status="checked" or "unchecked", and other columns as attributes of
//     their own.
//
// The OPML spec allows encoded HTML in text, so every foreign file but
// Dynalist's is read as HTML: tags become plain text, a link "label
// (url)", or the URL alone when it is its own label, and entities are
// decoded. Then, whatever the app, Markdown's links and paired emphasis
// marks go the same way (single * and _ stay: in "snake_case" or "2*3*4"
// they are not emphasis), a leading task marker or check box becomes the
// bullet's kind, and the text is cleaned to one trimmed line.

// foreign cleans the texts of a file another app wrote.
type foreign struct {
	// markdownOnly is set for Dynalist, whose text is Markdown and never
	// HTML: a "<b>" there was typed.
	markdownOnly bool
}

// text returns one text of the file as plain words on one line.
func (f foreign) text(s string) string {
	if !f.markdownOnly {
		s = decodeEntities(htmlText(s))
	}
	return oneLine(markdownText(s))
}

// bullet returns a bullet's text and kind: the kind its attributes give,
// else the one its leading task marker or check box gives, which is
// taken off the text either way.
func (f foreign) bullet(s string, k outline.Kind) (string, outline.Kind) {
	text, marked := taskMarker(f.text(s))
	if k == outline.KindPlain {
		k = marked
	}
	return text, k
}

// The task markers Logseq writes first in a block, by the kind they mean.
// CANCELED stays in the text: the bullet was not done, and is no longer
// to do.
var taskMarkers = []struct {
	marker string
	kind   outline.Kind
}{
	{"TODO ", outline.KindTodo}, {"DOING ", outline.KindTodo}, {"NOW ", outline.KindTodo},
	{"LATER ", outline.KindTodo}, {"WAITING ", outline.KindTodo}, {"WAIT ", outline.KindTodo},
	{"IN-PROGRESS ", outline.KindTodo}, {"DONE ", outline.KindDone},
	{"[ ] ", outline.KindTodo}, {"[x] ", outline.KindDone}, {"[X] ", outline.KindDone},
}

// taskMarker takes a leading task marker or Markdown check box off s and
// returns the kind it meant, plain when s has none.
func taskMarker(s string) (string, outline.Kind) {
	for _, m := range taskMarkers {
		if rest, ok := strings.CutPrefix(s, m.marker); ok && strings.TrimSpace(rest) != "" {
			return rest, m.kind
		}
	}
	return s, outline.KindPlain
}

// decodeEntities decodes the HTML character references in s that end in
// ";": "&lt;", "&amp;", "&#10003;", "&eacute;". Go's html.UnescapeString
// would also decode "&copy" and "&amp" without one, which in "&copy
// editing" was typed, not encoded.
func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			break
		}
		n := entityLen(s[i:])
		if n == 0 {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteString(html.UnescapeString(s[i : i+n]))
		s = s[i+n:]
	}
	b.WriteString(s)
	return b.String()
}

// entityLen returns the length of the character reference s starts with,
// "&" to ";" inclusive, or 0 if it does not start with one.
func entityLen(s string) int {
	const longest = 34 // "&CounterClockwiseContourIntegral;" and a digit to spare
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	start := i
	for i < len(s) && i < longest && isAlnum(s[i]) {
		i++
	}
	if i == start || i >= len(s) || s[i] != ';' {
		return 0
	}
	return i + 1
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
