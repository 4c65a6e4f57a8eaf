package store

import (
	"encoding/binary"
	"fmt"
	"time"

	"lanyard/store/outline"
)

// nodeRecordV1 is the first byte of a node record in the current encoding:
//
//	version byte (1)
//	uvarint parent ID
//	varint  created, Unix nanoseconds UTC (0: unknown)
//	uvarint len(order), order bytes
//	uvarint len(text), text bytes
//
// The node's ID is the record's key. A later encoding gets a new version
// byte so that old records still decode.
const nodeRecordV1 = 1

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
	buf = append(buf, nodeRecordV1)
	buf = binary.AppendUvarint(buf, uint64(n.Parent))
	buf = binary.AppendVarint(buf, createdNanos(n.Created))
	buf = binary.AppendUvarint(buf, uint64(len(n.Order)))
	buf = append(buf, n.Order...)
	buf = binary.AppendUvarint(buf, uint64(len(n.Text)))
	return append(buf, n.Text...)
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
	parent  outline.ID
	created time.Time
	order   []byte
	text    []byte
}

// decodeNode parses one record. The byte slices it returns point into rec.
func decodeNode(rec []byte) (nodeFields, error) {
	var f nodeFields
	if len(rec) == 0 || rec[0] != nodeRecordV1 {
		return f, fmt.Errorf("node record version: %w", ErrCorrupt)
	}
	r := recordReader{b: rec[1:]}
	f.parent = outline.ID(r.uvarint())
	f.created = createdTime(r.varint())
	f.order = r.bytes()
	f.text = r.bytes()
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
