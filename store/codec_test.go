package store

import (
	"encoding/binary"
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

// appendNodeV1 encodes n as the first version of lanyard wrote it, before
// bullets had kinds and folds.
func appendNodeV1(buf []byte, n outline.Node) []byte {
	buf = append(buf, nodeRecordV1)
	buf = binary.AppendUvarint(buf, uint64(n.Parent))
	buf = binary.AppendVarint(buf, createdNanos(n.Created))
	buf = binary.AppendUvarint(buf, uint64(len(n.Order)))
	buf = append(buf, n.Order...)
	buf = binary.AppendUvarint(buf, uint64(len(n.Text)))
	return append(buf, n.Text...)
}

func TestVersion1RecordsStillDecode(t *testing.T) {
	n := outline.Node{Parent: 7, Order: "a3", Text: "written by lanyard 1", Created: time.Unix(1_750_000_000, 0)}
	rec := appendNodeV1(nil, n)
	got, err := decodeNode(rec)
	if err != nil {
		t.Fatalf("decode a version 1 record: %v", err)
	}
	if got.parent != 7 || string(got.order) != "a3" || string(got.text) != n.Text || !got.created.Equal(n.Created) {
		t.Fatalf("decoded %+v from %+v", got, n)
	}
	if got.kind != outline.KindPlain || got.folded {
		t.Fatalf("a version 1 bullet decoded as kind %v, folded %v; want plain and open", got.kind, got.folded)
	}
	for i := range len(rec) {
		if _, err := decodeNode(rec[:i]); !errors.Is(err, ErrCorrupt) {
			t.Errorf("version 1 record cut to %d of %d bytes: %v, want ErrCorrupt", i, len(rec), err)
		}
	}
}

func TestRecordKeepsKindAndFold(t *testing.T) {
	for _, n := range []outline.Node{
		{Order: "a0", Text: "takeaway", Kind: outline.KindStar},
		{Order: "a0", Text: "to do, folded", Kind: outline.KindTodo, Folded: true},
		{Order: "a0", Text: "done", Kind: outline.KindDone},
		{Order: "a0", Text: "", Kind: outline.KindQuote, Folded: true},
		// A kind a newer lanyard made survives a round trip through this one.
		{Order: "a0", Text: "from the future", Kind: outline.Kind(200)},
	} {
		got, err := decodeNode(appendNode(nil, n))
		if err != nil {
			t.Fatal(err)
		}
		if got.kind != n.Kind || got.folded != n.Folded || string(got.text) != n.Text {
			t.Errorf("%q: decoded kind %v folded %v, want %v %v", n.Text, got.kind, got.folded, n.Kind, n.Folded)
		}
	}
}

func TestRecordIgnoresReservedFlags(t *testing.T) {
	rec := appendNode(nil, outline.Node{Order: "a0", Text: "x"})
	rec[len(rec)-1] = 0xfe // every reserved bit, not folded
	got, err := decodeNode(rec)
	if err != nil || got.folded {
		t.Fatalf("reserved flag bits: folded %v, err %v", got.folded, err)
	}
}

func TestLoadMixesRecordVersions(t *testing.T) {
	nb := openTest(t)
	o := writeNotes(t, nb, 5, "old bullet", "new bullet")
	// Rewrite the first as lanyard 1 did, as if it were never touched
	// since; the second is saved with a kind by this version.
	old := o.At(0)
	err := nb.db.Update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		return b.outlines.Bucket(idKey(5)).Put(idKey(uint64(old.ID)), appendNodeV1(nil, *old))
	})
	if err != nil {
		t.Fatal(err)
	}
	o.SetKind(1, outline.KindDone)
	if err := nb.SaveOutline(5, o.TakeChanges()); err != nil {
		t.Fatal(err)
	}
	loaded, err := nb.LoadOutline(5)
	if err != nil {
		t.Fatal(err)
	}
	sameNodes(t, loaded.Nodes(), o.Nodes())
	if loaded.At(1).Kind != outline.KindDone {
		t.Fatalf("kind after reload: %v", loaded.At(1).Kind)
	}
}
