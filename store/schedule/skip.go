package schedule

import (
	"strings"
	"unicode/utf8"
)

// MaxSkips is the most skipped entries a reader lists in Parsed.Skips;
// Parsed.Skipped still counts them all. A thousand lines is more than a
// user reads, and a file of a million commentary lines must not make a
// million records.
const MaxSkips = 1000

// maxSkipText is how much of a skipped entry's text is kept, in runes.
const maxSkipText = 60

// Skip is one entry a reader read but did not import, so that lanyard
// import --verbose can say which and why.
type Skip struct {
	// Line is the entry's line in the file, 0 when the format has none
	// to give (JSON).
	Line int
	// Text is the start of the entry as the file writes it, cleaned: a
	// skipped line, a session's title.
	Text string
	// Why says why it was skipped, in a few words: "no time".
	Why string
}

// Skips are the entries a reader skipped, in file order.
type Skips []Skip

// Note records a skipped entry, up to MaxSkips, with its text cut to a
// glance. It does not count it: readers count in Parsed.Skipped.
func (s *Skips) Note(line int, text, why string) {
	if len(*s) >= MaxSkips {
		return
	}
	if utf8.RuneCountInString(text) > maxSkipText {
		r := []rune(text)
		text = strings.TrimSpace(string(r[:maxSkipText-1])) + "…"
	}
	*s = append(*s, Skip{Line: line, Text: text, Why: why})
}
