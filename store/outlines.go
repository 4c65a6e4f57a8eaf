package store

import (
	"encoding/binary"
	"fmt"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

// LoadOutline reads a talk's bullets; a talk with none (or never written)
// gives an empty outline. Records that do not form a tree are repaired by
// outline.FromNodes, which leaves the repairs as pending changes so that
// the next save writes them back.
func (nb *Notebook) LoadOutline(talkID uint64) (*outline.Outline, error) {
	var nodes []outline.Node
	err := nb.view(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		talk := b.outlines.Bucket(idKey(talkID))
		if talk == nil {
			return nil
		}
		nodes, err = readNodes(talk)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load outline of talk %d: %w", talkID, err)
	}
	if len(nodes) == 0 {
		return outline.New(), nil
	}
	o, err := outline.AdoptNodes(nodes) // nodes were decoded for it alone
	if err != nil {
		// A zero or repeated ID is no outline a lanyard wrote.
		return nil, fmt.Errorf("load outline of talk %d: %w: %w", talkID, ErrCorrupt, err)
	}
	return o, nil
}

// textSpan is where a node's order key and text sit in readNodes' arena.
type textSpan struct{ order, text, end int }

// readNodes decodes every record of a talk's bucket straight off the
// cursor. The bytes a cursor returns die with the transaction, so the
// strings are copied out: all of them into one arena, turned into a single
// string at the end, which costs one allocation instead of two per node.
// The arena lives as long as any bullet loaded from it keeps its text,
// which is about as long as the outline itself.
func readNodes(talk *bolt.Bucket) ([]outline.Node, error) {
	// Sizing the slices up front saves the copies of growing them, which
	// on a 100,000-bullet outline cost more than the decoding.
	stats := talk.Stats()
	var (
		nodes = make([]outline.Node, 0, stats.KeyN)
		spans = make([]textSpan, 0, stats.KeyN)
		arena = make([]byte, 0, stats.LeafInuse)
	)
	c := talk.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		id, err := decodeID(k)
		if err != nil {
			return nil, fmt.Errorf("node key: %w", err)
		}
		f, err := decodeNode(v)
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", id, err)
		}
		nodes = append(nodes, outline.Node{ID: outline.ID(id), Parent: f.parent, Created: f.created, Kind: f.kind, Folded: f.folded, Conflict: f.conflict})
		sp := textSpan{order: len(arena)}
		arena = append(arena, f.order...)
		sp.text = len(arena)
		arena = append(arena, f.text...)
		sp.end = len(arena)
		spans = append(spans, sp)
	}
	// The arena is the texts' one home from here on: nothing writes to
	// it again, so the strings can share its bytes rather than copy
	// them all once more (megabytes for a big talk, and the page faults
	// of touching fresh memory).
	all := unsafe.String(unsafe.SliceData(arena), len(arena))
	for i, sp := range spans {
		nodes[i].Order = all[sp.order:sp.text]
		nodes[i].Text = all[sp.text:sp.end]
	}
	return nodes, nil
}

// SaveOutline writes a talk's changes in one transaction: the records of
// c.Put and the removal of c.Deleted, nothing else. While typing, use a
// Writer instead, which does this off the UI and coalesces keystrokes.
func (nb *Notebook) SaveOutline(talkID uint64, c outline.Changes) error {
	if c.Empty() {
		return nil
	}
	err := nb.update(func(tx *bolt.Tx) error {
		b, err := openBuckets(tx)
		if err != nil {
			return err
		}
		return writeChanges(b.outlines, talkID, c.Put, c.Deleted)
	})
	if err != nil {
		return fmt.Errorf("save outline of talk %d: %w", talkID, err)
	}
	return nil
}

// writeChanges puts and deletes node records in a talk's bucket, creating
// the bucket on the first bullet and removing it with the last, so that a
// talk whose notes were all deleted does not count as having notes.
func writeChanges(outlines *bolt.Bucket, talkID uint64, put []outline.Node, deleted []outline.ID) error {
	key := idKey(talkID)
	talk := outlines.Bucket(key)
	if talk == nil && len(put) == 0 {
		return nil // deleting from an outline that was never stored
	}
	if talk == nil {
		var err error
		if talk, err = outlines.CreateBucket(key); err != nil {
			return fmt.Errorf("create outline bucket: %w", err)
		}
	}
	// bbolt keeps keys and values until commit, so each record gets its
	// own bytes; they are carved from one buffer that only ever grows at
	// its end, which never touches the ranges already handed out.
	var buf []byte
	for _, n := range put {
		start := len(buf)
		buf = binary.BigEndian.AppendUint64(buf, uint64(n.ID))
		mid := len(buf)
		buf = appendNode(buf, n)
		if err := talk.Put(buf[start:mid:mid], buf[mid:len(buf):len(buf)]); err != nil {
			return fmt.Errorf("put node %d: %w", n.ID, err)
		}
	}
	for _, id := range deleted {
		if err := talk.Delete(idKey(uint64(id))); err != nil {
			return fmt.Errorf("delete node %d: %w", id, err)
		}
	}
	if k, _ := talk.Cursor().First(); k == nil {
		if err := outlines.DeleteBucket(key); err != nil {
			return fmt.Errorf("delete empty outline bucket: %w", err)
		}
	}
	return nil
}

// hasNotes reports whether a talk has at least one bullet with text. A
// bullet left empty (a talk opened, nothing typed) is not a note: such a
// talk is neither marked in the schedule nor kept when a re-import drops
// it. It stops at the first bullet with text, which is nearly always the
// first record.
func hasNotes(outlines *bolt.Bucket, talkID uint64) bool {
	talk := outlines.Bucket(idKey(talkID))
	if talk == nil {
		return false
	}
	c := talk.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		f, err := decodeNode(v)
		if err != nil || len(f.text) > 0 {
			return true // a record we cannot read may still be a note: keep it
		}
	}
	return false
}

// deleteOutline removes a talk's bullets, if it has any.
func deleteOutline(outlines *bolt.Bucket, talkID uint64) error {
	key := idKey(talkID)
	if outlines.Bucket(key) == nil {
		return nil
	}
	if err := outlines.DeleteBucket(key); err != nil {
		return fmt.Errorf("delete outline of talk %d: %w", talkID, err)
	}
	return nil
}
