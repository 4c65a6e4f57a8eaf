// Package fold compares text ignoring case, the one way lanyard does it:
// the search of an outline, the search overlay with its highlight, and the
// matching of talks on re-import.
//
// Case is folded rune by rune with Unicode's simple folding, so that "CAFÉ"
// finds "café", "ΣΊΣΥΦΟΣ" finds "σίσυφος" and "k" finds the Kelvin sign;
// the dotted capital İ is a capital i, so "istanbul" finds "İstanbul".
// Folding never changes how many characters there are: "ß" finds "ẞ" but
// not "ss", and a full-width "Ａ" finds "ａ" but not "a".
//
// A match never splits a character: a letter followed by a combining
// accent is another letter, as its precomposed form is ("e" finds neither
// "é" nor "e\u0301"). Emoji variation selectors and skin-tone modifiers
// change how a character is drawn, not which it is: they are skipped, and
// a match takes in those that follow it, so "👍" finds "👍🏽" whole.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dottedCapitalI is İ, which simple folding leaves alone: its lower case
// is i followed by a combining dot.
const dottedCapitalI = '\u0130'

// Rune returns r's key: two runes are equal ignoring case exactly when
// their keys are. ASCII letters key to their lower case.
func Rune(r rune) rune {
	if r < utf8.RuneSelf {
		return asciiLower(r)
	}
	if r == dottedCapitalI {
		return 'i'
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	if least < utf8.RuneSelf {
		return asciiLower(least)
	}
	return least
}

func asciiLower(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + ('a' - 'A')
	}
	return r
}

// String returns s with each rune replaced by its key and the runes that
// only change how a character is drawn left out: a key under which two
// texts equal ignoring case are one.
func String(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !drawnOnly(r) {
			b.WriteRune(Rune(r))
		}
	}
	return b.String()
}

// drawnOnly reports whether r only changes how the character before it is
// drawn: a variation selector (text or emoji style) or an emoji skin-tone
// modifier.
func drawnOnly(r rune) bool {
	return r >= 0xFE00 && (r <= 0xFE0F || 0x1F3FB <= r && r <= 0x1F3FF || 0xE0100 <= r && r <= 0xE01EF)
}

// combining reports whether r is a combining mark that makes the
// character before it another one (an accent, a dot).
func combining(r rune) bool {
	return r >= 0x300 && !drawnOnly(r) && unicode.In(r, unicode.Mn, unicode.Me)
}

// decode returns the first rune of non-empty s and its length, sparing
// ASCII, which most notes are, the call into utf8.
func decode(s string) (rune, int) {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s)
}
