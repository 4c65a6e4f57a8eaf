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

// deepText is a staircase of bullets, each indented one space more than
// the one before.
func deepText(levels int) string {
	var b strings.Builder
	for i := range levels {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("- " + notestest.LevelText(i) + "\n")
	}
	return b.String()
}

func TestReadKeepsDeepBulletsAtTheDeepestLevel(t *testing.T) {
	doc, err := Read(strings.NewReader(deepText(deepLevels)))
	if err != nil {
		t.Fatal(err)
	}
	if msg := notestest.CheckStaircase(doc.Notes, deepLevels); msg != "" {
		t.Error(msg)
	}
	if want := notestest.StaircaseFlattened(deepLevels); doc.Flattened != want {
		t.Errorf("%d bullets reported kept at the deepest level, want %d", doc.Flattened, want)
	}
}

// TestDeepBulletsThenShallowOnes: past the deepest level the tree still
// knows the real nesting, so a bullet that comes back out finds its level.
func TestDeepBulletsThenShallowOnes(t *testing.T) {
	text := deepText(300) + strings.Repeat(" ", 2) + "- back at two\n- back at the top\n"
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
	text := deepText(deepLevels)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(text)); err != nil {
			b.Fatal(err)
		}
	}
}
