package outline

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// wrapPieces are what random texts are made of: words and spaces, wide
// characters, and the parts of clusters on their own (a ZWJ, a combining
// mark, a variation selector, half a flag), so that an edit can join a
// cluster or split one, as well as a control character and a byte that
// is not UTF-8.
var wrapPieces = []string{
	"a", "queue", "latency", " ", " ", "  ", "東", "京", "🎉", "👩", "\u200d", "💻", "e", "\u0301",
	"❤", "\ufe0f", "🇳", "🇱", "\x1b", "\x9b", "-", "supercalifragilisticexpialidocious",
}

func randomText(rng *rand.Rand, minLen int) string {
	var b strings.Builder
	for b.Len() < minLen {
		b.WriteString(wrapPieces[rng.IntN(len(wrapPieces))])
	}
	return b.String()
}

// randomEdit inserts, deletes or replaces a few bytes anywhere, even
// inside a character: rewrap must be right for any two texts.
func randomEdit(rng *rand.Rand, text string) string {
	at := rng.IntN(len(text) + 1)
	switch rng.IntN(3) {
	case 0:
		return text[:at] + randomText(rng, 1+rng.IntN(8)) + text[at:]
	case 1:
		end := min(at+1+rng.IntN(12), len(text))
		return text[:at] + text[end:]
	default:
		end := min(at+1+rng.IntN(12), len(text))
		return text[:at] + randomText(rng, 1+rng.IntN(8)) + text[end:]
	}
}

func TestRewrapAfterAnEditIsTheWholeWrap(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, method := range widthMethods {
		for round := range 200 {
			width := 1 + rng.IntN(40)
			text := randomText(rng, 200+rng.IntN(2000))
			old := wrapped{text: text, width: width, lines: wrap(text, width, method)}
			for edit := range 5 {
				next := randomEdit(rng, old.text)
				got := rewrap(old, next, method)
				want := wrap(next, width, method)
				if !slices.Equal(got, want) {
					t.Fatalf("method %d, round %d, edit %d, width %d: rewrap differs from wrap\nold %q\nnew %q\ngot  %v\nwant %v",
						method, round, edit, width, old.text, next, got, want)
				}
				old = wrapped{text: next, width: width, lines: got}
			}
		}
	}
}

func TestRewrapLeavesTheOldLinesAlone(t *testing.T) {
	text := strings.Repeat("some words to wrap 東京 ", 200)
	old := wrapped{text: text, width: 17, lines: wrap(text, 17, ansi.GraphemeWidth)}
	kept := slices.Clone(old.lines)
	rewrap(old, "x"+text[:1000]+"inserted"+text[1000:], ansi.GraphemeWidth)
	if !slices.Equal(old.lines, kept) {
		t.Error("rewrap changed the lines it started from, which other copies of the model share")
	}
}
