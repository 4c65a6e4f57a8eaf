// Package outline is the tree of bullets a user writes for one talk, and
// every edit on it. It is plain Go with no storage or terminal in it.
//
// The tree is held as a flat preorder list of nodes with depths, the way
// org-mode holds headlines: a bullet's subtree is the contiguous run of
// rows after it with a greater depth. That makes drawing a window of rows,
// typing, indenting and splitting cost nothing in proportion to the
// outline's size beyond a slice move. For storage each node also carries
// its parent's ID and a fractional order key among its siblings, so that an
// edit changes only the records of the nodes it touches.
package outline

import "time"

// ID names a node within its outline. IDs are never reused in an outline;
// zero means "no node" (the parent of a top-level bullet).
type ID uint64

// Node is one bullet.
type Node struct {
	ID ID
	// Parent is the ID of the bullet this one is nested in, 0 at top level.
	Parent ID
	// Order sorts a node among its siblings (a fractional index: a new key
	// can always be made between two others without touching either).
	Order string
	// Depth is 0 for a top-level bullet. It is derived from Parent and is
	// not stored.
	Depth int
	// Text is the bullet's text: one line, soft-wrapped when drawn.
	Text string
	// Created is when the bullet was written.
	Created time.Time
}

// Changes are the nodes an edit touched, ready for the store: Put holds
// copies of nodes as they are now, Deleted the IDs of nodes removed.
type Changes struct {
	Put     []Node
	Deleted []ID
}

// Empty reports whether there is nothing to write.
func (c Changes) Empty() bool { return len(c.Put) == 0 && len(c.Deleted) == 0 }
