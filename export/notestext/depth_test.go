package notestext

import (
	"strings"
	"testing"

	"lanyard/export/internal/notestest"
)

// deepLevels is as deep as notes text can go in a file of reasonable
// size: every level takes a column of indentation on every line below it,
// so 4,000 levels are 8 MB and 100,000 would be 5 GB.
const deepLevels = 4_000

func TestReadKeepsDeepBulletsAtTheDeepestLevel(t *testing.T) {
	doc, err := Read(strings.NewReader(notestest.StaircaseText(deepLevels, " ")))
	if err != nil {
		t.Fatal(err)
	}
	if msg := notestest.CheckDeepDoc(doc, deepLevels); msg != "" {
		t.Error(msg)
	}
}

// TestDeepBulletsThenShallowOnes: past the deepest level the tree still
// knows the real nesting, so a bullet that comes back out finds its level.
func TestDeepBulletsThenShallowOnes(t *testing.T) {
	text := notestest.StaircaseText(300, " ") + strings.Repeat(" ", 2) + "- back at two\n- back at the top\n"
	bullets, err := Parse(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	got := bullets[len(bullets)-2:]
	if got[0].Depth != 2 || got[0].Text != "back at two" || got[1].Depth != 0 {
		t.Errorf("after the deep bullets: %+v, want \"back at two\" at depth 2 and the next at 0", got)
	}
}

func BenchmarkReadDeep(b *testing.B) {
	text := notestest.StaircaseText(deepLevels, " ")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(text)); err != nil {
			b.Fatal(err)
		}
	}
}
