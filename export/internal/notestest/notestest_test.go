package notestest

import (
	"math/rand/v2"
	"testing"
)

// The generator must make valid outlines, or the round-trip tests built on
// it would compare against trees no outline can hold.
func TestClipIsAValidOutline(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		clip := Clip(rng, 40, Options{Raw: rng.IntN(2) == 0})
		if clip[0].Depth != 0 {
			t.Fatalf("first bullet at depth %d", clip[0].Depth)
		}
		o := Outline(clip)
		if o.Len() != len(clip) {
			t.Fatalf("outline holds %d bullets, the clip %d", o.Len(), len(clip))
		}
		for r := range clip {
			if n := o.At(r); n.Depth != clip[r].Depth || n.Text != clip[r].Text || n.Kind != clip[r].Kind {
				t.Fatalf("row %d = depth %d %q, clip has depth %d %q", r, n.Depth, n.Text, clip[r].Depth, clip[r].Text)
			}
		}
	}
}

func TestDiffFindsAChangedKind(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	a := Clip(rng, 10, Options{})
	b := append(a[:0:0], a...)
	if d := Diff(a, b); d != "" {
		t.Fatalf("Diff of equal clips = %q", d)
	}
	b[len(b)-1].Kind = (b[len(b)-1].Kind + 1) % 6
	if Diff(a, b) == "" {
		t.Fatal("Diff missed a changed kind")
	}
}
