package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt trusts its file: it maps it into memory and follows the offsets
// and page numbers it finds there without checking them, so a damaged page
// can make it read past the end of the file or loop forever. Inside a
// guarded call that is a panic lanyard turns into ErrCorrupt, but bbolt's
// tx.Check reads in a goroutine of its own, where a fault kills the
// program, and a loop of pages exhausts the stack or memory, which nothing
// recovers from. So before bbolt opens a file, lanyard walks its pages
// itself, reading them with bounds-checked slices: every page reachable
// from the root bucket must lie inside the file, be reached once, be a
// branch or leaf page whose elements lie inside it, and the free list must
// lie inside its page and name only pages not in use. Then nothing bbolt
// follows can lead outside the file, tx.Check and every read are safe to
// run, and the next write will not land on a page in use.
//
// This reads bbolt's file format (version 2, unchanged since 2014): the
// page header and element layouts of go.etcd.io/bbolt/internal/common.

// bbolt's format constants.
const (
	boltMagic       = 0xED0CDAED
	boltVersion     = 2
	pageHeaderSize  = 16 // id u64, flags u16, count u16, overflow u32
	elementSize     = 16 // branch: pos, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	bucketHeaderLen = 16 // root pgid u64, sequence u64
	metaChecksumAt  = 56 // the meta's bytes before its checksum
	branchPage      = 0x01
	leafPage        = 0x02
	freelistPage    = 0x10
	bucketElement   = 0x01
	noFreelist      = 1<<64 - 1
	maxTreeDepth    = 64 // far deeper than any real notebook's nesting
	maxWalkProblems = 20
)

// layout is what a file's valid meta page says: where everything is.
type layout struct {
	pageSize uint64
	root     uint64 // the root bucket's page
	freelist uint64 // the free list's page, noFreelist if none
	pages    uint64 // the high-water mark: pages 0 to pages-1 are in use
}

// readLayout reads the meta page bbolt would use: the valid one of the
// two with the higher transaction ID. ok is false when neither is valid;
// bbolt's Open then says why.
func readLayout(f *os.File) (l layout, ok bool) {
	var best struct {
		l    layout
		txid uint64
		ok   bool
	}
	size := readMetaSize(f)
	for _, off := range []int64{0, int64(size)} {
		m, txid, valid := readMeta(f, off)
		if valid && (!best.ok || txid > best.txid) {
			best.l, best.txid, best.ok = m, txid, true
		}
	}
	return best.l, best.ok
}

// readMetaSize finds the page size as bbolt does: from the first meta page
// if it is valid, else by looking for the second at each possible size.
func readMetaSize(f *os.File) uint64 {
	if m, _, ok := readMeta(f, 0); ok {
		return m.pageSize
	}
	for i := range 15 {
		if m, _, ok := readMeta(f, 1024<<i); ok {
			return m.pageSize
		}
	}
	return 4096
}

// readMeta reads and validates the meta page at offset off.
func readMeta(f *os.File, off int64) (l layout, txid uint64, ok bool) {
	buf := make([]byte, pageHeaderSize+metaChecksumAt+8)
	if _, err := f.ReadAt(buf, off); err != nil {
		return layout{}, 0, false
	}
	m := buf[pageHeaderSize:]
	le := binary.NativeEndian
	h := fnv.New64a()
	h.Write(m[:metaChecksumAt])
	if le.Uint32(m[0:]) != boltMagic || le.Uint32(m[4:]) != boltVersion || le.Uint64(m[metaChecksumAt:]) != h.Sum64() {
		return layout{}, 0, false
	}
	l = layout{
		pageSize: uint64(le.Uint32(m[8:])),
		root:     le.Uint64(m[16:]),
		freelist: le.Uint64(m[32:]),
		pages:    le.Uint64(m[40:]),
	}
	return l, le.Uint64(m[48:]), l.pageSize >= 1024
}

// wholeReadLimit is the largest file walkPages reads in one go where it
// cannot map the file; a larger one is then read a page at a time, which
// takes longer but not its size in memory.
const wholeReadLimit = 32 << 20

// readWholeBelow is the size under which a file is read rather than
// mapped: one read of a small file costs less than mapping and unmapping
// it.
var readWholeBelow uint64 = 4 << 20 // a variable for the tests of the mapped walk

// errSmallFile says a file was not mapped because it is small.
var errSmallFile = errors.New("small enough to read")

// pageWalk reads a file's pages and collects what is wrong with them.
type pageWalk struct {
	f *os.File
	// whole is the file's pages in use, mapped or read at once; nil when
	// pages are read from f as they are reached.
	whole    []byte
	l        layout
	seen     pageSet
	problems []string
}

// pageSet is a set of page IDs below a file's high-water mark, a bit
// each: a walk marks every page of the file, and a map of them cost more
// than the reading.
type pageSet []uint64

func newPageSet(pages uint64) pageSet { return make(pageSet, pages/64+1) }

func (s pageSet) has(id uint64) bool { return s[id/64]&(1<<(id%64)) != 0 }

func (s pageSet) add(id uint64) { s[id/64] |= 1 << (id % 64) }

// walkPages checks that every page the file's root bucket reaches, and the
// free list, lies inside the file and is well formed; it returns what is
// wrong. size is the file's length.
//
// Opening a notebook walks every page, so the walk reads in place: the
// file is mapped, where the system can, and read at most once; nothing is
// allocated per page and a place is put in words only for a problem. A
// fault on the mapping (the file cut short by another program during the
// walk) is a problem too, not a crash.
func walkPages(f *os.File, l layout, size int64) (problems []string) {
	if l.pages < 2 || l.pages > uint64(size)/l.pageSize {
		need := l.pages * l.pageSize
		return []string{fmt.Sprintf("it is cut short: %d bytes of the %d its pages take", size, need)}
	}
	w := &pageWalk{f: f, l: l, seen: newPageSet(l.pages)}
	w.seen.add(0)
	w.seen.add(1)
	used := l.pages * l.pageSize
	var (
		whole []byte
		unmap func() error
		err   = errSmallFile
	)
	if used > readWholeBelow {
		whole, unmap, err = mapPages(f, used)
	}
	switch {
	case err == nil:
		w.whole = whole
		defer func() {
			if err := unmap(); err != nil {
				problems = append(problems, fmt.Sprintf("letting go of its pages failed: %v", err))
			}
		}()
	case used <= wholeReadLimit:
		w.whole = make([]byte, used)
		if _, err := f.ReadAt(w.whole, 0); err != nil {
			return []string{fmt.Sprintf("reading it failed: %v", err)}
		}
	}
	w.guardedWalk()
	return w.problems
}

// guardedWalk walks the pages, making a fault on them a problem.
func (w *pageWalk) guardedWalk() {
	if err := guard(func() error { w.walk(); return nil }); err != nil {
		w.problem("reading it failed: %v", err.(*panicError).value)
	}
}

// walk checks the free list and the tree of pages from the root bucket.
func (w *pageWalk) walk() {
	free := w.freelist()
	w.tree(w.l.root, 0)
	w.checkFree(free)
}

func (w *pageWalk) problem(format string, args ...any) {
	if len(w.problems) < maxWalkProblems {
		w.problems = append(w.problems, fmt.Sprintf(format, args...))
	}
}

// from says in words where a page was reached from: the header (depth
// -1), the root bucket (0), or a depth below it.
func from(depth int) string {
	switch depth {
	case -1:
		return "the header"
	case 0:
		return "the root bucket"
	}
	return fmt.Sprintf("depth %d", depth)
}

// read returns page id with its overflow pages, or nil after noting why
// it cannot be had. depth says where it was reached from (see from).
func (w *pageWalk) read(id uint64, depth int) []byte {
	if id < 2 || id >= w.l.pages {
		w.problem("page %d, reached from %s, is outside the file's %d pages", id, from(depth), w.l.pages)
		return nil
	}
	head, err := w.bytes(id, 1)
	if err != nil {
		w.problem("page %d: %v", id, err)
		return nil
	}
	le := binary.NativeEndian
	if got := le.Uint64(head); got != id {
		w.problem("page %d, reached from %s, says it is page %d", id, from(depth), got)
		return nil
	}
	span := uint64(le.Uint32(head[12:])) + 1
	if span > w.l.pages-id {
		w.problem("page %d runs %d pages past the file's end", id, span-(w.l.pages-id))
		return nil
	}
	for i := id; i < id+span; i++ {
		if w.seen.has(i) {
			w.problem("page %d, reached from %s, is reached twice: a loop or a shared page", i, from(depth))
			return nil
		}
		w.seen.add(i)
	}
	p, err := w.bytes(id, span)
	if err != nil {
		w.problem("page %d: %v", id, err)
		return nil
	}
	return p
}

// bytes returns n pages from page id, which the caller made sure are in
// the file.
func (w *pageWalk) bytes(id, n uint64) ([]byte, error) {
	from, to := id*w.l.pageSize, (id+n)*w.l.pageSize
	if w.whole != nil {
		return w.whole[from:to:to], nil
	}
	p := make([]byte, to-from)
	if _, err := w.f.ReadAt(p, int64(from)); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return p, nil
}

// freelist checks the free list's page, whose IDs must lie inside it, and
// returns them.
func (w *pageWalk) freelist() []uint64 {
	if w.l.freelist == noFreelist {
		return nil
	}
	p := w.read(w.l.freelist, -1)
	if p == nil {
		return nil
	}
	le := binary.NativeEndian
	if flags := le.Uint16(p[8:]); flags != freelistPage {
		w.problem("the free list's page %d is of type %#x", w.l.freelist, flags)
		return nil
	}
	n, first := uint64(le.Uint16(p[10:])), uint64(0)
	if n == 0xFFFF { // the count is too big for the header and comes first
		n, first = le.Uint64(p[pageHeaderSize:]), 1
	}
	if n > (uint64(len(p))-pageHeaderSize)/8-first {
		w.problem("the free list claims %d pages, more than its page holds", n)
		return nil
	}
	free := make([]uint64, n)
	for i := range free {
		free[i] = le.Uint64(p[pageHeaderSize+(first+uint64(i))*8:])
	}
	return free
}

// checkFree checks that the free pages are outside the pages in use:
// bbolt writes over a free page, and a free list naming a page in use (or
// a header page) would have it destroy notes on the next save.
func (w *pageWalk) checkFree(free []uint64) {
	for _, id := range free {
		switch {
		case id < 2 || id >= w.l.pages:
			w.problem("the free list names page %d, outside the file's pages", id)
			return
		case w.seen.has(id):
			w.problem("the free list names page %d, which is in use", id)
			return
		}
	}
}

// tree checks the branch or leaf page id and every page below it.
func (w *pageWalk) tree(id uint64, depth int) {
	if depth > maxTreeDepth {
		w.problem("pages nest deeper than %d at page %d: a loop", maxTreeDepth, id)
		return
	}
	p := w.read(id, depth)
	if p == nil {
		return
	}
	switch flags := binary.NativeEndian.Uint16(p[8:]); flags {
	case branchPage:
		w.branch(id, p, depth)
	case leafPage:
		w.leaf(pageSpot{page: id}, p, depth)
	default:
		w.problem("page %d is of type %#x, not a branch or leaf", id, flags)
	}
}

// pageSpot names a page, or a bucket inside one, for a problem. It is put in
// words only then: the walk passes one for every page.
type pageSpot struct {
	page  uint64
	trail string // the bucket elements within the page, e.g. ", element 3 (inline)"
}

func (p pageSpot) String() string { return fmt.Sprintf("page %d%s", p.page, p.trail) }

// elements returns the page's count of elements if they, and the keys
// and values they point to, lie inside p; else it notes the problem.
func (w *pageWalk) elements(where pageSpot, p []byte) (int, bool) {
	le := binary.NativeEndian
	n := int(le.Uint16(p[10:]))
	if pageHeaderSize+n*elementSize > len(p) {
		w.problem("%s claims %d elements, more than it holds", where, n)
		return 0, false
	}
	for i := range n {
		at := pageHeaderSize + i*elementSize
		e := p[at : at+elementSize]
		end := uint64(at) + uint64(le.Uint32(e[4:])) + uint64(le.Uint32(e[8:])) // leaf: pos+ksize
		if le.Uint16(p[8:]) == branchPage {
			end = uint64(at) + uint64(le.Uint32(e[0:])) + uint64(le.Uint32(e[4:])) // branch: pos+ksize
		} else {
			end += uint64(le.Uint32(e[12:])) // leaf: +vsize
		}
		if end > uint64(len(p)) {
			w.problem("%s: element %d points past the page", where, i)
			return 0, false
		}
	}
	return n, true
}

// branch checks a branch page's children.
func (w *pageWalk) branch(id uint64, p []byte, depth int) {
	n, ok := w.elements(pageSpot{page: id}, p)
	if !ok {
		return
	}
	if n == 0 {
		w.problem("branch page %d is empty", id)
	}
	for i := range n {
		at := pageHeaderSize + i*elementSize
		w.tree(binary.NativeEndian.Uint64(p[at+8:]), depth+1)
	}
}

// leaf checks a leaf page's (or an inline bucket's) nested buckets.
func (w *pageWalk) leaf(where pageSpot, p []byte, depth int) {
	n, ok := w.elements(where, p)
	if !ok {
		return
	}
	le := binary.NativeEndian
	for i := range n {
		at := pageHeaderSize + i*elementSize
		e := p[at : at+elementSize]
		if le.Uint32(e[0:])&bucketElement == 0 {
			continue
		}
		start := uint64(at) + uint64(le.Uint32(e[4:])) + uint64(le.Uint32(e[8:]))
		value := p[start : start+uint64(le.Uint32(e[12:]))]
		w.bucket(pageSpot{page: where.page, trail: fmt.Sprintf("%s, element %d", where.trail, i)}, value, depth)
	}
}

// bucket checks a nested bucket: its root page, or its inline page.
func (w *pageWalk) bucket(where pageSpot, value []byte, depth int) {
	if len(value) < bucketHeaderLen {
		w.problem("%s: a bucket of %d bytes", where, len(value))
		return
	}
	root := binary.NativeEndian.Uint64(value)
	if root != 0 {
		w.tree(root, depth+1)
		return
	}
	inline := value[bucketHeaderLen:]
	if len(inline) < pageHeaderSize || binary.NativeEndian.Uint16(inline[8:]) != leafPage {
		w.problem("%s: an inline bucket that is not a leaf page", where)
		return
	}
	if depth > maxTreeDepth {
		w.problem("%s: buckets nest deeper than %d", where, maxTreeDepth)
		return
	}
	w.leaf(pageSpot{page: where.page, trail: where.trail + " (inline)"}, inline, depth+1)
}
