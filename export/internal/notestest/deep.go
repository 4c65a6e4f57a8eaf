package notestest

import (
	"fmt"
	"strings"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// Staircase returns n bullets, each one level deeper than the one before,
// with the texts "level 0", "level 1", …: the deepest outline n bullets
// can make.
func Staircase(n int) outline.Clip {
	clip := make(outline.Clip, n)
	for i := range clip {
		clip[i] = outline.Bullet{Depth: i, Text: LevelText(i)}
	}
	return clip
}

// LevelText is the text of Staircase's bullet at depth i.
func LevelText(i int) string { return fmt.Sprintf("level %d", i) }

// CheckStaircase returns what is wrong with clip as Staircase(n) read
// back: every text there in order, the first notesdoc.MaxDepth at their
// own depths and the rest kept at the deepest level; "" when nothing is.
func CheckStaircase(clip outline.Clip, n int) string {
	if len(clip) != n {
		return fmt.Sprintf("%d bullets, want %d", len(clip), n)
	}
	for i, b := range clip {
		want := min(i, notesdoc.MaxDepth-1)
		if b.Text != LevelText(i) || b.Depth != want {
			return fmt.Sprintf("bullet %d is %q at depth %d, want %q at depth %d", i, b.Text, b.Depth, LevelText(i), want)
		}
	}
	return ""
}

// StaircaseFlattened is how many of Staircase(n)'s bullets are deeper than
// notesdoc.MaxDepth levels: the count a reader reports.
func StaircaseFlattened(n int) int { return max(n-notesdoc.MaxDepth, 0) }

// CheckDeepDoc returns what is wrong with doc as a reader's reading of
// Staircase(n): CheckStaircase of its notes, and the count of bullets it
// reports kept at the deepest level; "" when nothing is.
func CheckDeepDoc(doc notesdoc.Doc, n int) string {
	if msg := CheckStaircase(doc.Notes, n); msg != "" {
		return msg
	}
	if want := StaircaseFlattened(n); doc.Flattened != want {
		return fmt.Sprintf("%d bullets reported kept at the deepest level, want %d", doc.Flattened, want)
	}
	return ""
}

// StaircaseText is Staircase(n) as an indented list, each bullet indented
// by indent once more than the one before: "- level 0", indent+"- level
// 1", and so on.
func StaircaseText(n int, indent string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(indent, i))
		b.WriteString("- " + LevelText(i) + "\n")
	}
	return b.String()
}
