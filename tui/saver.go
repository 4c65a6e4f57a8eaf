package tui

import (
	doc "lanyard/store/outline"
	"lanyard/tui/outline"
)

// watchedSaver passes edits to the writer and counts them, so the root
// knows an edit happened without the editor having to say so, and the
// number the writer gave the last one, which the status bar waits for;
// the cache learns which talks have edits on their way to disk.
type watchedSaver struct {
	inner outline.Saver
	saves int
	cache *outlineCache
	// last is the writer's number for the last edit (see NumberedSaver),
	// else the count of edits that were not empty, as a writer numbers
	// them.
	last uint64
}

// NumberedSaver is a Saver that numbers the edits it is given, as
// store.Writer does: its reports (status.SaveMsg.Committed) count in the
// same numbers.
type NumberedSaver interface {
	outline.Saver
	// LastSave returns the number of the latest Save.
	LastSave() uint64
}

// Save implements outline.Saver.
func (w *watchedSaver) Save(talkID uint64, c doc.Changes) {
	w.saves++
	if w.inner != nil {
		w.inner.Save(talkID, c)
	}
	switch n, ok := w.inner.(NumberedSaver); {
	case ok:
		w.last = n.LastSave()
	case !c.Empty():
		w.last++
	}
	if !c.Empty() {
		w.cache.saved(talkID, w.last)
	}
}
