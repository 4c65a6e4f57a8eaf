package outline

import "strings"

// Kinds typed as text. Note-takers coming from Markdown, org-mode,
// Logseq or Notion type a bullet's kind before its words: "[ ] " for a
// to-do, "> " for a quote. The editor turns such a marker into the kind
// the moment its space is typed at the start of a bullet.

// typedMarkers are the markers typed at the start of a bullet, each
// followed by a space, and the kind each asks for. Numbers ("12. ") are
// read apart, by numberMarker.
var typedMarkers = []struct {
	mark string
	kind Kind
}{
	{"[ ]", KindTodo},
	{"TODO", KindTodo},
	{"[x]", KindDone},
	{"[X]", KindDone},
	{"DONE", KindDone},
	{">", KindQuote},
	{"!", KindStar},
}

// maxNumberDigits bounds a typed number marker: an ordinal, not a figure.
const maxNumberDigits = 9

// LongestKindPrefix is the length in bytes of the longest text KindPrefix
// takes ("123456789. "), so that an editor asks it about nothing longer.
const LongestKindPrefix = maxNumberDigits + len(". ")

// KindPrefix reports the kind that s asks for when s is a whole marker
// and the space after it: "[ ] ", "TODO ", "[x] ", "[X] ", "DONE ", "> ",
// "! " or a number and a full stop ("12. "). Anything else, including a
// marker in lower case or with text after it, asks for nothing.
func KindPrefix(s string) (Kind, bool) {
	mark, ok := strings.CutSuffix(s, " ")
	if !ok {
		return KindPlain, false
	}
	for _, m := range typedMarkers {
		if mark == m.mark {
			return m.kind, true
		}
	}
	if numberMarker(mark) {
		return KindNumbered, true
	}
	return KindPlain, false
}

// numberMarker reports whether s is digits and a full stop: "1.", "12.".
func numberMarker(s string) bool {
	digits, ok := strings.CutSuffix(s, ".")
	if !ok || digits == "" || len(digits) > maxNumberDigits {
		return false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
	}
	return true
}

// TakePrefix turns a marker typed at the start of row i into the row's
// kind: if Text[:off] is a whole marker and its space (see KindPrefix),
// that text is removed and the row takes the kind the marker asks for.
// A row that has the kind already keeps it, and loses the marker all the
// same: a numbered item carried on by Enter, typed "2. " out of habit,
// stays one numbered item. TakePrefix reports whether it changed
// anything. The editor makes it an undo step of its own, so that undo
// gives back the marker as typed, for a note-taker who meant the text.
func (o *Outline) TakePrefix(i, off int) bool {
	o.journal.edit()
	n := o.rows[i]
	if off > len(n.Text) {
		return false
	}
	k, ok := KindPrefix(n.Text[:off])
	if !ok {
		return false
	}
	o.replaceText(n, 0, off, "")
	if n.Kind != k {
		o.change(n)
		n.Kind = k
	}
	return true
}

// CutKindPrefix reads a marker at the start of a bullet's text as the
// editor takes it typed: the kind it asks for and the text after it. ok
// is false, and rest is s, when s starts with no marker.
func CutKindPrefix(s string) (k Kind, rest string, ok bool) {
	for i := 1; i <= min(len(s), LongestKindPrefix); i++ {
		if s[i-1] != ' ' {
			continue
		}
		if k, ok := KindPrefix(s[:i]); ok {
			return k, s[i:], true
		}
	}
	return KindPlain, s, false
}
