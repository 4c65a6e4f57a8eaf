package notesync

import (
	"fmt"
	"testing"

	"lanyard/store/outline"
)

// BenchmarkSyncOneChangeIn10000Bullets times what lanyard does in a sync
// beside git: the form of a notebook of 10,000 bullets, the merge with a
// remote that changed one bullet, and the apply of it.
func BenchmarkSyncOneChangeIn10000Bullets(b *testing.B) {
	r := &remote{}
	x, y := openLaptop(b, "x"), openLaptop(b, "y")
	importConference(b, x)
	importConference(b, y)
	id := x.talkID(b, "Runbooks")
	gen := outline.Generate(10_000, 1)
	must(b, x.nb.SaveOutline(id, outline.Changes{Put: gen.Nodes()}))
	r.sync(b, x)
	r.sync(b, y)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		y.edit(b, "Runbooks", func(o *outline.Outline) { o.InsertText(i%o.Len(), 0, fmt.Sprint(i, " ")) })
		r.sync(b, y)
		b.StartTimer()
		ours, err := x.book.Files()
		must(b, err)
		merged, err := x.book.Merge(x.base, ours, r.latest)
		must(b, err)
		must(b, x.book.Apply(ours, merged))
		b.StopTimer()
		r.latest, x.base = merged, merged
		b.StartTimer()
	}
}
