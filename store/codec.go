package store

import (
	"encoding/binary"
	"fmt"
	"time"

	"lanyard/store/outline"
)

// Node records start with a version byte. The current encoding, version 2:
//
//	version byte (2)
//	uvarint parent ID
//	varint  created, Unix nanoseconds UTC (0: unknown)
//	uvarint len(order), order bytes
//	uvarint len(text), text bytes
//	byte    kind (outline.Kind)
//	byte    flags: bit 0 folded, bit 1 a sync's conflict copy; the other
//	        bits are reserved and ignored
//
// Version 1 is the same without the last two bytes: a bullet written
// before kinds and folds is plain and unfolded. The node's ID is the
// record's key. A later encoding gets a new version byte so that old
// records still decode.
const (
	nodeRecordV1 = 1
	nodeRecordV2 = 2
)

// flagFolded is the flags bit of a folded bullet, flagConflict the bit of
// a bullet a sync brought in as the other side's text (outline.Node.Conflict).
const (
	flagFolded   = 1 << 0
	flagConflict = 1 << 1
)

// idKey returns id as an 8-byte big-endian key, so that keys sort as the
// numbers do.
func idKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 8), id)
}

// decodeID reads an 8-byte big-endian key or value.
func decodeID(b []byte) (uint64, error) {
	if len(b) != 8 {
		return 0, fmt.Errorf("id of %d bytes: %w", len(b), ErrCorrupt)
	}
	return binary.BigEndian.Uint64(b), nil
}

// appendNode appends n's record to buf.
func appendNode(buf []byte, n outline.Node) []byte {
	buf = append(buf, nodeRecordV2)
	buf = binary.AppendUvarint(buf, uint64(n.Parent))
	buf = binary.AppendVarint(buf, createdNanos(n.Created))
	buf = binary.AppendUvarint(buf, uint64(len(n.Order)))
	buf = append(buf, n.Order...)
	buf = binary.AppendUvarint(buf, uint64(len(n.Text)))
	buf = append(buf, n.Text...)
	var flags byte
	if n.Folded {
		flags |= flagFolded
	}
	if n.Conflict {
		flags |= flagConflict
	}
	return append(buf, byte(n.Kind), flags)
}

// createdNanos encodes a creation time; the zero time (a node whose time
// was never known) is 0, so a bullet written at exactly the Unix epoch
// reads back as unknown, which no real note is.
func createdNanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// createdTime decodes what createdNanos made, in UTC.
func createdTime(ns int64) time.Time {
	if ns == 0 {
		return time.Time{}
	}
	return time.Unix(0, ns).UTC()
}

// nodeFields is a decoded record whose strings are still byte ranges of
// the record, so that a loader can copy them wherever it likes.
type nodeFields struct {
	parent   outline.ID
	created  time.Time
	order    []byte
	text     []byte
	kind     outline.Kind
	folded   bool
	conflict bool
}

// decodeNode parses one record of either version. The byte slices it
// returns point into rec. A kind this version does not know is kept as it
// is, so that opening a newer notebook's bullets and saving them again
// does not lose it.
func decodeNode(rec []byte) (nodeFields, error) {
	var f nodeFields
	if len(rec) == 0 || (rec[0] != nodeRecordV1 && rec[0] != nodeRecordV2) {
		return f, fmt.Errorf("node record version: %w", ErrCorrupt)
	}
	r := recordReader{b: rec[1:]}
	f.parent = outline.ID(r.uvarint())
	f.created = createdTime(r.varint())
	f.order = r.bytes()
	f.text = r.bytes()
	if rec[0] == nodeRecordV2 {
		f.kind = outline.Kind(r.byte())
		flags := r.byte()
		f.folded, f.conflict = flags&flagFolded != 0, flags&flagConflict != 0
	}
	if r.bad || len(r.b) != 0 {
		return nodeFields{}, fmt.Errorf("node record: %w", ErrCorrupt)
	}
	return f, nil
}

// recordReader reads fields off the front of a record and remembers, rather
// than returns, the first error, so decodeNode reads as the format does.
type recordReader struct {
	b   []byte
	bad bool
}

func (r *recordReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *recordReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *recordReader) byte() byte {
	if len(r.b) == 0 {
		r.bad = true
		return 0
	}
	b := r.b[0]
	r.b = r.b[1:]
	return b
}

func (r *recordReader) bytes() []byte {
	n := r.uvarint()
	if r.bad || n > uint64(len(r.b)) {
		r.bad, r.b = true, nil
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}
