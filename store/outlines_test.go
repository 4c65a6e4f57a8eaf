package store

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

func TestOutlineRoundTrip(t *testing.T) {
	nb := openTest(t)
	gen := outline.Generate(2_000, 7)
	nodes := gen.Nodes()
	// Records the generator does not make: an unknown creation time, one
	// in another zone to the nanosecond, an empty and a long bullet.
	nodes[0].Created = time.Time{}
	nodes[1].Created = time.Date(2026, 5, 14, 23, 59, 59, 123456789, time.FixedZone("X", -9*3600))
	nodes[2].Text = ""
	nodes[3].Text = strings.Repeat("long line → ", 2_000)
	// Every kind, and folds, which the generator leaves plain and open.
	for i := range nodes {
		nodes[i].Kind = outline.Kind(i % 7)
		nodes[i].Folded = i%5 == 0
	}
	if err := nb.SaveOutline(42, outline.Changes{Put: nodes}); err != nil {
		t.Fatal(err)
	}
	o, err := nb.LoadOutline(42)
	if err != nil {
		t.Fatal(err)
	}
	sameNodes(t, o.Nodes(), nodes)
	if !o.At(0).Created.IsZero() {
		t.Errorf("unknown creation time loaded as %v", o.At(0).Created)
	}
	if c := o.TakeChanges(); !c.Empty() {
		t.Errorf("a sound outline loaded with %d changes to write back", len(c.Put))
	}
}

func TestLoadOutlineOfTalkWithoutNotesIsEmpty(t *testing.T) {
	nb := openTest(t)
	o, err := nb.LoadOutline(7)
	if err != nil {
		t.Fatal(err)
	}
	if o.Len() != 0 {
		t.Errorf("outline of a talk without notes has %d rows", o.Len())
	}
	o.Append("first thought") // and it is a working outline
	if err := nb.SaveOutline(7, o.TakeChanges()); err != nil {
		t.Fatal(err)
	}
	if got := notesOf(t, nb, 7); !slices.Equal(got, []string{"first thought"}) {
		t.Errorf("notes = %q", got)
	}
}

func TestSaveOutlineWritesOnlyItsChanges(t *testing.T) {
	nb := openTest(t)
	o := writeNotes(t, nb, 1, "one", "two", "three")
	writeNotes(t, nb, 2, "another talk")

	o.SetText(1, "two, edited")
	c := o.TakeChanges()
	c.Deleted = append(c.Deleted, o.At(2).ID)
	if err := nb.SaveOutline(1, c); err != nil {
		t.Fatal(err)
	}
	if got, want := notesOf(t, nb, 1), []string{"one", "two, edited"}; !slices.Equal(got, want) {
		t.Errorf("talk 1 notes = %q, want %q", got, want)
	}
	if got := notesOf(t, nb, 2); !slices.Equal(got, []string{"another talk"}) {
		t.Errorf("saving talk 1 changed talk 2: %q", got)
	}
	if err := nb.SaveOutline(3, outline.Changes{Deleted: []outline.ID{1}}); err != nil {
		t.Errorf("deleting from a talk never written: %v", err)
	}
}

func TestDeletingEveryBulletLeavesNoNotes(t *testing.T) {
	nb := openTest(t)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	talk := findTitle(t, ev, "Fsync is not a promise").ID
	o := writeNotes(t, nb, talk, "a", "b")
	c := outline.Changes{Deleted: []outline.ID{o.At(0).ID, o.At(1).ID}}
	if err := nb.SaveOutline(talk, c); err != nil {
		t.Fatal(err)
	}
	if n := notesOf(t, nb, talk); len(n) != 0 {
		t.Errorf("notes after deleting all: %q", n)
	}
	with, err := nb.TalksWithNotes(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if with[talk] {
		t.Error("a talk whose bullets were all deleted still has notes")
	}
}

func TestLoadRepairsBrokenTreeAndSaveWritesItBack(t *testing.T) {
	nb := openTest(t)
	created := time.Date(2026, 5, 14, 9, 0, 0, 0, time.UTC)
	nodes := []outline.Node{
		{ID: 1, Order: "a0", Text: "root", Created: created},
		{ID: 2, Parent: 1, Order: "a0", Text: "child", Created: created},
		{ID: 3, Parent: 99, Order: "a0", Text: "orphan of a lost parent", Created: created},
	}
	if err := nb.SaveOutline(5, outline.Changes{Put: nodes}); err != nil {
		t.Fatal(err)
	}
	o, err := nb.LoadOutline(5)
	if err != nil {
		t.Fatal(err)
	}
	if got := notesOf(t, nb, 5); !slices.Equal(got, []string{"root", "child", "orphan of a lost parent"}) {
		t.Fatalf("repaired notes = %q", got)
	}
	c := o.TakeChanges()
	if c.Empty() {
		t.Fatal("the repair is not pending, so it would never reach the disk")
	}
	if err := nb.SaveOutline(5, c); err != nil {
		t.Fatal(err)
	}
	again, err := nb.LoadOutline(5)
	if err != nil {
		t.Fatal(err)
	}
	if c := again.TakeChanges(); !c.Empty() {
		t.Errorf("after saving the repair the outline still needs %+v", c)
	}
	sameNodes(t, again.Nodes(), o.Nodes())
}

func TestDamagedRecordIsReportedAndKept(t *testing.T) {
	nb := openTest(t)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	talk := findTitle(t, ev, "Shipping on a Friday").ID
	writeNotes(t, nb, talk, "")
	err = nb.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(outlinesBucket).Bucket(idKey(talk)).Put(idKey(1), []byte{nodeRecordV1, 0x80})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nb.LoadOutline(talk); !errors.Is(err, ErrCorrupt) {
		t.Errorf("LoadOutline of a torn record: %v, want ErrCorrupt", err)
	}
	revised := fixtureEvent(t)
	remove(&revised, "Shipping on a Friday")
	if _, _, err := nb.ImportEvent(revised); err != nil {
		t.Fatal(err)
	}
	got, err := nb.Event(ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !findTitle(t, got, "Shipping on a Friday").Dropped {
		t.Error("a talk whose notes cannot be read was not kept by a re-import")
	}
}

func TestDecodeNodeRejectsTornRecords(t *testing.T) {
	rec := appendNode(nil, outline.Node{Parent: 300, Order: "a1", Text: "hello, 東京", Created: time.Unix(1, 5), Kind: outline.KindTodo, Folded: true})
	if _, err := decodeNode(rec); err != nil {
		t.Fatalf("whole record: %v", err)
	}
	for i := range len(rec) {
		if _, err := decodeNode(rec[:i]); !errors.Is(err, ErrCorrupt) {
			t.Errorf("record cut to %d of %d bytes: %v, want ErrCorrupt", i, len(rec), err)
		}
	}
	if _, err := decodeNode(append(slices.Clone(rec), 'x')); !errors.Is(err, ErrCorrupt) {
		t.Errorf("record with trailing bytes: %v, want ErrCorrupt", err)
	}
	other := slices.Clone(rec)
	other[0] = nodeRecordV2 + 1
	if _, err := decodeNode(other); !errors.Is(err, ErrCorrupt) {
		t.Errorf("record of an unknown version: %v, want ErrCorrupt", err)
	}
}

func FuzzNodeRecord(f *testing.F) {
	f.Add(uint64(0), int64(0), "a0", "", byte(0), false)
	f.Add(uint64(1<<63), int64(-1), "Zz", "café 🎉", byte(outline.KindQuote), true)
	f.Fuzz(func(t *testing.T, parent uint64, created int64, order, text string, kind byte, folded bool) {
		n := outline.Node{
			Parent: outline.ID(parent), Order: order, Text: text, Created: createdTime(created),
			Kind: outline.Kind(kind), Folded: folded,
		}
		rec := appendNode(nil, n)
		got, err := decodeNode(rec)
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		if got.parent != n.Parent || string(got.order) != order || string(got.text) != text || !got.created.Equal(n.Created) ||
			got.kind != n.Kind || got.folded != folded {
			t.Fatalf("round trip of %+v gave %+v", n, got)
		}
		// Any bytes at all decode or fail; they never panic.
		if _, err := decodeNode([]byte(text)); err != nil && !errors.Is(err, ErrCorrupt) {
			t.Fatalf("decode of junk: %v", err)
		}
	})
}
