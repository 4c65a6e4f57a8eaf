package preview

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"lanyard/export/safetext"
)

// span is a piece of a block's inline text and how it is drawn. Its text
// is as the Markdown means it (escapes and entities resolved) but not yet
// clean: the wrapper cleans it word by word.
type span struct {
	text string
	mark mark
	// brk is a hard line break; text is then empty.
	brk bool
}

// piece is clean text of one look on a wrapped line.
type piece struct {
	text string
	mark mark
}

// wrapper word-wraps spans to a width in cells: greedy, a word longer
// than a line broken between grapheme clusters. Widths are the ones the
// preview's View and the terminal renderer count (x/ansi, by grapheme
// cluster), so that a wrapped line is never cut.
type wrapper struct {
	width int
	lines [][]piece
	line  []piece
	lineW int
	word  []piece
}

// wrapSpans returns spans wrapped to width cells, at least one line for
// any text.
func wrapSpans(spans []span, width int) [][]piece {
	w := wrapper{width: max(width, 1)}
	for _, s := range spans {
		if s.brk {
			w.flushWord()
			w.endLine()
			continue
		}
		w.add(s)
	}
	w.flushWord()
	if len(w.line) > 0 {
		w.endLine()
	}
	return w.lines
}

// add splits a span's text into words at white space and control
// characters; a word goes on when the next space comes, so that a word
// whose letters change look ("un*break*able") stays one.
func (w *wrapper) add(s span) {
	text := s.text
	if strings.ContainsRune(text, 0x1b) {
		// Whole sequences go before the text is split at their controls.
		text = ansi.Strip(text)
	}
	for text != "" {
		cut := strings.IndexFunc(text, isBreak)
		if cut < 0 {
			w.addWord(text, s.mark)
			return
		}
		w.addWord(text[:cut], s.mark)
		w.flushWord()
		_, size := utf8.DecodeRuneInString(text[cut:])
		text = text[cut+size:]
	}
}

// isBreak reports the characters words are split at: spaces of every
// kind, and control characters, which never reach the screen.
func isBreak(r rune) bool {
	return r == ' ' || unicode.IsSpace(r) || unicode.IsControl(r) || r == 0x2028 || r == 0x2029
}

// addWord adds part of a word in one look. Text from a schedule or a
// paste must never reach the terminal raw: invalid UTF-8, invisible
// controls and what is left of an escape sequence go here.
func (w *wrapper) addWord(text string, m mark) {
	if text == "" {
		return
	}
	text = safetext.Line(text)
	if text == "" {
		return
	}
	if n := len(w.word); n > 0 && w.word[n-1].mark == m {
		w.word[n-1].text += text
		return
	}
	w.word = append(w.word, piece{text: text, mark: m})
}

// flushWord puts the word built so far on the line, or on a new one.
func (w *wrapper) flushWord() {
	if len(w.word) == 0 {
		return
	}
	word := w.word
	w.word = nil
	width := wordWidth(word)
	if w.lineW > 0 && w.lineW+1+width <= w.width {
		// The space between two words takes their look when they share
		// it, so that an underlined link reads as one.
		space := mark(0)
		if last := w.line[len(w.line)-1].mark; last == word[0].mark {
			space = last
		}
		w.put(piece{text: " ", mark: space}, 1)
		for _, p := range word {
			w.put(p, -1)
		}
		w.lineW += width
		return
	}
	if w.lineW > 0 {
		w.endLine()
	}
	if width <= w.width {
		for _, p := range word {
			w.put(p, -1)
		}
		w.lineW = width
		return
	}
	w.breakWord(word)
}

// breakWord puts a word wider than a line on as many lines as it takes,
// cut between grapheme clusters. A cluster wider than the whole line
// (a wide character on a line of one cell) shows as "…".
func (w *wrapper) breakWord(word []piece) {
	for _, p := range word {
		for s := p.text; s != ""; {
			cluster, cw := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
			s = s[len(cluster):]
			if cw > w.width {
				cluster, cw = "…", 1
			}
			if w.lineW+cw > w.width {
				w.endLine()
			}
			w.put(piece{text: cluster, mark: p.mark}, cw)
		}
	}
}

// put appends a piece to the line, joined to the last one when they look
// the same; a non-negative width is added to the line's.
func (w *wrapper) put(p piece, width int) {
	if n := len(w.line); n > 0 && w.line[n-1].mark == p.mark {
		w.line[n-1].text += p.text
	} else {
		w.line = append(w.line, p)
	}
	if width >= 0 {
		w.lineW += width
	}
}

func (w *wrapper) endLine() {
	w.lines = append(w.lines, w.line)
	w.line, w.lineW = nil, 0
}

// wordWidth is the width of a word in cells, measured whole: a grapheme
// cluster may run across a change of look.
func wordWidth(word []piece) int {
	if len(word) == 1 {
		return textWidth(word[0].text)
	}
	var b strings.Builder
	for _, p := range word {
		b.WriteString(p.text)
	}
	return textWidth(b.String())
}

// textWidth is the width of clean text in cells; printable ASCII, most
// of a post, is one cell a byte.
func textWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}
