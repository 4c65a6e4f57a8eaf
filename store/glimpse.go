package store

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

// A glimpse (see outline.Glimpse) is kept in the meta bucket under one
// key: only the talk lanyard was left on is worth one. It is true only of
// the notebook as it was when it was written, so it carries the ID of the
// transaction that wrote it, and it is used only while that is still the
// notebook's last transaction: any write since (a keystroke, a `lanyard
// add`, a start that wrote before reading it) makes it stale, and a stale
// glimpse is never shown. A lanyard that does not know the key ignores it.
//
// Encoding, version 1:
//
//	version byte (1)
//	uvarint ID of the transaction that wrote it
//	uvarint talk ID
//	uvarint the bullet the cursor was on (outline.Glimpse.Cursor)
//	uvarint number of rows, then for each row:
//	  uvarint node ID
//	  uvarint len(record), the node's record as the outline bucket holds it
//	  uvarint hidden rows, uvarint number
var glimpseKey = []byte("glimpse")

const (
	glimpseV1 = 1
	// maxGlimpseRows bounds what a damaged glimpse can make the start
	// allocate; a screen needs a few hundred rows.
	maxGlimpseRows = 4096
)

// SaveGlimpse keeps g as the glimpse of the talk. It is written in a
// transaction of its own, meant to be the last one before the notebook is
// closed: the glimpse is valid until the next write.
func (nb *Notebook) SaveGlimpse(talkID uint64, g outline.Glimpse) error {
	if len(g.Rows) > maxGlimpseRows {
		return fmt.Errorf("keep the first screen of talk %d: %d rows, at most %d", talkID, len(g.Rows), maxGlimpseRows)
	}
	err := nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		return b.meta.Put(glimpseKey, encodeGlimpse(uint64(tx.ID()), talkID, g))
	})
	if err != nil {
		return fmt.Errorf("keep the first screen of talk %d: %w", talkID, err)
	}
	return nil
}

// Glimpse returns the talk's glimpse when the notebook holds one for it
// that is still true: ok is false when there is none, when it is of
// another talk, or when anything was written since it was. A glimpse that
// does not decode is an error wrapping ErrCorrupt; it costs only the quick
// start.
func (nb *Notebook) Glimpse(talkID uint64) (g outline.Glimpse, ok bool, err error) {
	err = nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		v := b.meta.Get(glimpseKey)
		if v == nil {
			return nil
		}
		txID, talk, rows, err := decodeGlimpse(v)
		if err != nil {
			return err
		}
		if txID != uint64(tx.ID()) || talk != talkID {
			return nil // stale, or another talk's
		}
		g, ok = rows, true
		return nil
	})
	if err != nil {
		return outline.Glimpse{}, false, fmt.Errorf("first screen of talk %d: %w", talkID, err)
	}
	return g, ok, nil
}

// encodeGlimpse makes the meta record of a glimpse.
func encodeGlimpse(txID, talkID uint64, g outline.Glimpse) []byte {
	buf := []byte{glimpseV1}
	buf = binary.AppendUvarint(buf, txID)
	buf = binary.AppendUvarint(buf, talkID)
	buf = binary.AppendUvarint(buf, uint64(g.Cursor))
	buf = binary.AppendUvarint(buf, uint64(len(g.Rows)))
	var rec []byte
	for _, r := range g.Rows {
		rec = appendNode(rec[:0], r.Node)
		buf = binary.AppendUvarint(buf, uint64(r.Node.ID))
		buf = binary.AppendUvarint(buf, uint64(len(rec)))
		buf = append(buf, rec...)
		buf = binary.AppendUvarint(buf, uint64(max(r.Hidden, 0)))
		buf = binary.AppendUvarint(buf, uint64(max(r.Number, 0)))
	}
	return buf
}

// decodeGlimpse parses what encodeGlimpse made. Strings are copied out:
// v dies with the transaction.
func decodeGlimpse(v []byte) (txID, talkID uint64, g outline.Glimpse, err error) {
	if len(v) == 0 || v[0] != glimpseV1 {
		return 0, 0, g, fmt.Errorf("glimpse version: %w", ErrCorrupt)
	}
	r := recordReader{b: v[1:]}
	txID = r.uvarint()
	talkID = r.uvarint()
	g.Cursor = outline.ID(r.uvarint())
	n := r.uvarint()
	if r.bad || n > maxGlimpseRows || n > uint64(len(r.b)) {
		return 0, 0, g, fmt.Errorf("glimpse header: %w", ErrCorrupt)
	}
	g.Rows = make([]outline.GlimpseRow, n)
	for i := range g.Rows {
		id := r.uvarint()
		rec := r.bytes()
		hidden, number := r.uvarint(), r.uvarint()
		if r.bad {
			return 0, 0, outline.Glimpse{}, fmt.Errorf("glimpse row %d: %w", i, ErrCorrupt)
		}
		f, err := decodeNode(rec)
		if err != nil {
			return 0, 0, outline.Glimpse{}, fmt.Errorf("glimpse row %d: %w", i, err)
		}
		if hidden > maxGlimpseCount || number > maxGlimpseCount {
			return 0, 0, outline.Glimpse{}, fmt.Errorf("glimpse row %d: count out of range: %w", i, ErrCorrupt)
		}
		g.Rows[i] = outline.GlimpseRow{
			Node: outline.Node{
				ID: outline.ID(id), Parent: f.parent, Order: string(f.order), Text: string(f.text),
				Kind: f.kind, Folded: f.folded, Conflict: f.conflict, Created: f.created,
			},
			Hidden: int(hidden), Number: int(number),
		}
	}
	if len(r.b) != 0 {
		return 0, 0, outline.Glimpse{}, fmt.Errorf("glimpse: trailing bytes: %w", ErrCorrupt)
	}
	return txID, talkID, g, nil
}

// maxGlimpseCount bounds a row's counts: more rows than any notebook holds.
const maxGlimpseCount = 1 << 40
