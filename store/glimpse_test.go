package store

import (
	"errors"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

// glimpseFixture is a glimpse of rows 100 to 139 of a generated outline,
// with counts set so that a round trip must carry them.
func glimpseFixture(t testing.TB) outline.Glimpse {
	t.Helper()
	o := outline.Generate(500, 3)
	chosen := make([]int, 0, 40)
	for r := 100; r < 140; r++ {
		chosen = append(chosen, r)
	}
	return outline.GlimpseOf(o, chosen, func(row int) int { return row % 3 }, func(row int) int { return row % 5 })
}

func TestGlimpseRoundTripAcrossReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := glimpseFixture(t)
	if err := nb.SaveGlimpse(42, want); err != nil {
		t.Fatal(err)
	}
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}
	// Opening writes nothing, so the glimpse is still true of the file.
	nb = openAt(t, path)
	got, ok, err := nb.Glimpse(42)
	if err != nil || !ok {
		t.Fatalf("glimpse after reopening: ok %v, err %v", ok, err)
	}
	if len(got.Rows) != len(want.Rows) {
		t.Fatalf("%d rows back, want %d", len(got.Rows), len(want.Rows))
	}
	for i := range want.Rows {
		w, g := want.Rows[i], got.Rows[i]
		w.Node.Depth, g.Node.Depth = 0, 0 // derived, not stored
		if !w.Node.Created.Equal(g.Node.Created) {
			t.Errorf("row %d created %v, want %v", i, g.Node.Created, w.Node.Created)
		}
		w.Node.Created = g.Node.Created
		if w != g {
			t.Errorf("row %d = %+v, want %+v", i, g, w)
		}
	}
	if _, err := got.Outline(); err != nil {
		t.Errorf("the glimpse read back is no outline: %v", err)
	}
}

func TestGlimpseIsStaleAfterAnyWrite(t *testing.T) {
	nb := openTest(t)
	if err := nb.SaveGlimpse(42, glimpseFixture(t)); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := nb.Glimpse(7); ok || err != nil {
		t.Errorf("another talk's glimpse used: ok %v, err %v", ok, err)
	}
	// A keystroke in another talk changes nothing talk 42 shows, but the
	// glimpse cannot know that: any write makes it stale.
	if err := nb.SaveOutline(7, outline.Changes{Put: []outline.Node{{ID: 1, Order: "a0", Text: "x"}}}); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := nb.Glimpse(42); ok || err != nil {
		t.Errorf("glimpse used after a write: ok %v, err %v", ok, err)
	}
}

func TestDamagedGlimpseIsAnError(t *testing.T) {
	nb := openTest(t)
	if err := nb.SaveGlimpse(42, glimpseFixture(t)); err != nil {
		t.Fatal(err)
	}
	// Damage the record as it is: writing it back would make it stale
	// before it is read.
	var v []byte
	err := nb.view(func(tx *bolt.Tx) error {
		v = append([]byte(nil), tx.Bucket(metaBucket).Get(glimpseKey)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{0, 1, 5, len(v) / 2, len(v) - 1} {
		if _, _, _, err := decodeGlimpse(v[:cut]); !errors.Is(err, ErrCorrupt) {
			t.Errorf("glimpse cut at %d of %d bytes: err %v, want ErrCorrupt", cut, len(v), err)
		}
	}
	if _, _, _, err := decodeGlimpse(append(v, 0)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("glimpse with a trailing byte: err %v, want ErrCorrupt", err)
	}
}

// FuzzDecodeGlimpse feeds decodeGlimpse arbitrary bytes: it must never
// panic; whatever it accepts must decode again once encoded, with its
// rows, and either build an outline or be refused as no outline.
//
//	go test ./store -run '^$' -fuzz FuzzDecodeGlimpse -fuzztime 30s
func FuzzDecodeGlimpse(f *testing.F) {
	f.Add(encodeGlimpse(9, 42, glimpseFixture(f)))
	f.Add(encodeGlimpse(1, 1, outline.Glimpse{}))
	f.Add([]byte{glimpseV1, 1, 1, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, v []byte) {
		tx, talk, g, err := decodeGlimpse(v)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("unexpected kind of error: %v", err)
			}
			return
		}
		if len(g.Rows) > maxGlimpseRows {
			t.Fatalf("%d rows accepted", len(g.Rows))
		}
		if _, err := g.Outline(); err != nil && !errors.Is(err, outline.ErrNotAGlimpse) &&
			!errors.Is(err, outline.ErrZeroID) && !errors.Is(err, outline.ErrDuplicateID) {
			t.Fatalf("Outline: unexpected kind of error: %v", err)
		}
		_, _, again, err := decodeGlimpse(encodeGlimpse(tx, talk, g))
		if err != nil || len(again.Rows) != len(g.Rows) {
			t.Fatalf("re-encoded glimpse: %d rows, err %v; want %d", len(again.Rows), err, len(g.Rows))
		}
	})
}
