package store

import (
	"bytes"
	"os"
	"path/filepath"
	"sync/atomic"
)

// The page walk (pages.go) reads every page of the notebook, and so costs
// a start time in proportion to the notebook: 100,000 bullets anywhere in
// it delay the first frame of a small talk. Its protection is needed only
// for a file lanyard did not leave sound itself: one cut by a crash or a
// power loss in the middle of a write, changed or replaced by another
// program (a sync tool, a copy, an editor), or one never seen before. So
// when lanyard closes a notebook it has written, holding its lock, it
// leaves beside it a clean-close record of what the file then is (its
// identity, size, times of change and both header checksums, see
// fileMark), and the next open skips the walk when the file is still
// exactly that. Any write to the file since, by lanyard or anything else,
// changes its change time (ctime), which no program can set back, and
// each of lanyard's commits also changes a header's checksum; a restored,
// copied or replaced file is another file. A crash leaves the record of
// the last clean close, which no longer matches, so the file is walked.
//
// What the record cannot see is damage that no write made: the disk
// itself losing bits. That is rare, bbolt's header checksums catch it in
// the headers, and the guard turns most faults it causes elsewhere into
// ErrCorrupt; lanyard check walks every page whatever the record says.
// The choice was between this and walking beside the first frame with
// the writer held: but the first frame reads the notebook (the event,
// the talk's outline) through bbolt, which must not follow a page before
// it was walked, so the walk would have stayed on the path.

// cleanRecordSuffix ends the record's name: ".lanyard.db.clean" beside
// lanyard.db, hidden as its temporary files are.
const cleanRecordSuffix = ".clean"

// pageWalks counts the walks vetPages ran, for the tests of the record.
var pageWalks atomic.Int64

// cleanRecordPath is where the clean-close record of the notebook at path
// is kept.
func cleanRecordPath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+cleanRecordSuffix)
}

// closedClean reports whether f, the notebook at path, is the file
// lanyard last closed clean there, unchanged since.
func closedClean(path string, f *os.File) bool {
	mark, ok := fileMark(f)
	if !ok {
		return false
	}
	record, err := os.ReadFile(cleanRecordPath(path))
	return err == nil && bytes.Equal(record, mark)
}

// markClean is what a notebook about to be closed after writing records:
// the mark of its file, taken while lanyard still holds the lock so that
// no other lanyard can be half way through a write. nil when the system
// cannot say what the record needs.
func markClean(path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	mark, ok := fileMark(f)
	if !ok {
		return nil
	}
	return mark
}

// recordClean writes mark as the clean-close record of the notebook at
// path, whole or not at all (a temporary file renamed into place). It is
// not synced: a record lost in a crash costs the next start one walk. It
// says nothing of a failure (a folder the user may not write to): without
// the record the next open walks the pages, which costs time, not notes,
// and there is nothing the user need do.
func recordClean(path string, mark []byte) {
	dst := cleanRecordPath(path)
	tmp, err := tempFile(filepath.Dir(dst), filepath.Base(dst))
	if err != nil {
		return
	}
	_, err = tmp.Write(mark)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err == nil {
		return
	}
	if err := removeIfExists(tmp.Name()); err != nil {
		return // a hidden, marked leftover of a few bytes: harmless
	}
}

// headerSums returns the checksums of f's two header pages, as they are
// on disk (garbage when a header is garbled: the mark then differs from
// any sound file's).
func headerSums(f *os.File) (first, second []byte, ok bool) {
	size := readMetaSize(f)
	first = make([]byte, 8)
	second = make([]byte, 8)
	if _, err := f.ReadAt(first, pageHeaderSize+metaChecksumAt); err != nil {
		return nil, nil, false
	}
	if _, err := f.ReadAt(second, int64(size)+pageHeaderSize+metaChecksumAt); err != nil {
		return nil, nil, false
	}
	return first, second, true
}
