package notesync

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"lanyard/store/outline"
)

// TestSyncBesideTheWriter syncs while the app's writer commits the user's
// typing into the same talk: every word typed and every word the other
// laptop wrote is there after.
func TestSyncBesideTheWriter(t *testing.T) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	a.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, "start") })
	r.sync(t, a)
	r.sync(t, b)
	for i := range 20 {
		b.edit(t, "Runbooks", func(o *outline.Outline) { appendAll(o, fmt.Sprint("b", i)) })
	}
	r.sync(t, b)

	id := a.talkID(t, "Runbooks")
	o, err := a.nb.LoadOutline(id)
	must(t, err)
	w := a.nb.NewWriter(nil)
	var typing sync.WaitGroup
	typing.Go(func() {
		for i := range 200 {
			o.Append(fmt.Sprint("a", i))
			w.Save(id, o.TakeChanges())
		}
	})
	ours, err := a.book.Files()
	must(t, err)
	merged, err := a.book.Merge(a.base, ours, r.latest)
	must(t, err)
	must(t, a.book.Apply(ours, merged))
	typing.Wait()
	must(t, w.Close())

	got := a.texts(t, "Runbooks")
	for i := range 200 {
		if !slices.Contains(got, fmt.Sprint("a", i)) {
			t.Errorf("a%d, typed while the sync ran, is lost", i)
		}
	}
	for i := range 20 {
		if !slices.Contains(got, fmt.Sprint("b", i)) {
			t.Errorf("b%d, from the other laptop, is missing", i)
		}
	}
}
