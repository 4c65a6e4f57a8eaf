package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// commit writes every pending change in one transaction. On failure the
// changes go back into pending, under any newer ones saved meanwhile; a
// notebook file replaced under the writer halts it for good.
func (w *Writer) commit() error {
	w.mu.Lock()
	batch, upTo := w.pending, w.saves
	w.pending = make(map[nodeKey]nodeChange)
	w.inFlight = batch
	resumes := w.resumes
	w.resumes = make(map[uint64]schedule.Resume)
	w.resumesInFlight = resumes
	w.flushes = false
	w.announced = true
	w.mu.Unlock()

	err := w.nb.update(func(tx *bolt.Tx) error {
		if err := writeBatch(tx, batch); err != nil {
			return err
		}
		if err := putResumes(tx, resumes); err != nil {
			return err
		}
		if w.nb.writeFault != nil {
			return w.nb.writeFault()
		}
		return nil
	})

	w.mu.Lock()
	w.inFlight, w.resumesInFlight = nil, nil
	w.attempts++
	w.lastAttempt = time.Now()
	w.lastErr = err
	switch {
	case err == nil:
		w.committed = upTo
		w.saved = w.lastAttempt
	case errors.Is(err, ErrReplaced):
		w.halted = err
		fallthrough
	default:
		w.putBackLocked(batch)
		w.putBackResumesLocked(resumes)
	}
	st := w.statusLocked()
	w.cond.Broadcast()
	w.mu.Unlock()
	w.onStatus(st)
	return err
}

// putBackLocked returns a batch that was not committed to pending, under
// any newer changes saved meanwhile; w.mu must be held.
func (w *Writer) putBackLocked(batch map[nodeKey]nodeChange) {
	for k, c := range batch {
		if _, newer := w.pending[k]; !newer {
			w.pending[k] = c
		}
	}
}

// putBackResumesLocked returns Resumes that were not committed to those
// pending, unless a newer one for the event came meanwhile; w.mu must be
// held.
func (w *Writer) putBackResumesLocked(resumes map[uint64]schedule.Resume) {
	for id, r := range resumes {
		if _, newer := w.resumes[id]; !newer {
			w.resumes[id] = r
		}
	}
}

// statusLocked is the status as of now; w.mu must be held.
func (w *Writer) statusLocked() WriterStatus {
	return WriterStatus{
		Pending:   len(w.pending) + len(w.inFlight),
		Saved:     w.saved,
		Committed: w.committed,
		Err:       w.lastErr,
		Stopped:   w.halted != nil,
	}
}

func (w *Writer) isHalted() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.halted != nil
}

// recoverPanic is deferred by the writer goroutine: a panic there halts
// the writer, keeps the batch it held, tells the UI (Stopped) and hands the
// panic to the program's handler, so that the program can end cleanly and
// Close can try the last commit. Without a handler the writer still stops
// and says so.
func (w *Writer) recoverPanic() {
	r := recover()
	if r == nil {
		return
	}
	stack := debug.Stack()
	w.mu.Lock()
	w.putBackLocked(w.inFlight)
	w.putBackResumesLocked(w.resumesInFlight)
	w.inFlight, w.resumesInFlight = nil, nil
	w.halted = fmt.Errorf("%w: %v", ErrWriterFailed, r)
	w.lastErr = w.halted
	st := w.statusLocked()
	w.cond.Broadcast()
	w.mu.Unlock()
	if w.onPanic != nil {
		w.onPanic(r, stack)
	}
	w.reportQuietly(st)
}

// reportQuietly reports a status from a goroutine that is ending: a panic
// in the report has nowhere to go and is dropped.
func (w *Writer) reportQuietly(st WriterStatus) {
	defer func() {
		if r := recover(); r != nil {
			return // the first panic is the one the handler has
		}
	}()
	w.onStatus(st)
}

// lastChance makes the last commit after the writer goroutine panicked,
// from the caller's goroutine, once: the notebook may well still take it,
// and then nothing typed is lost. A second panic is reported as the
// commit's error.
func (w *Writer) lastChance() {
	w.mu.Lock()
	failed := errors.Is(w.halted, ErrWriterFailed) && w.hasPendingLocked()
	if failed {
		w.halted = nil // let this one commit through
	}
	w.mu.Unlock()
	if !failed {
		return
	}
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%w: %v", ErrWriterFailed, r)
			}
		}()
		return w.commit()
	}()
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil {
		w.putBackLocked(w.inFlight)
		w.putBackResumesLocked(w.resumesInFlight)
		w.inFlight, w.resumesInFlight = nil, nil
		w.lastErr = err
	}
	if w.halted == nil {
		w.halted = fmt.Errorf("%w: closed after a failure", ErrWriterFailed)
	}
	w.closed = true
	w.cond.Broadcast()
}

// PanicSoon makes the writer goroutine panic with value as soon as it
// wakes, which it does at once. It is for tests of how lanyard recovers
// from a bug in the writer; nothing else calls it.
func (w *Writer) PanicSoon(value any) {
	w.mu.Lock()
	w.panicNext = value
	w.mu.Unlock()
	w.ring()
}

// panicIfAsked panics with what PanicSoon asked for, outside any guard, as
// a bug in the writer's own code would.
func (w *Writer) panicIfAsked() {
	w.mu.Lock()
	boom := w.panicNext
	w.panicNext = nil
	w.mu.Unlock()
	if boom != nil {
		panic(boom)
	}
}

// writeBatch writes coalesced changes, grouped by talk.
func writeBatch(tx *bolt.Tx, batch map[nodeKey]nodeChange) error {
	b, err := openBuckets(tx)
	if err != nil {
		return err
	}
	type talkChanges struct {
		put     []outline.Node
		deleted []outline.ID
	}
	byTalk := make(map[uint64]*talkChanges)
	for k, c := range batch {
		tc := byTalk[k.talk]
		if tc == nil {
			tc = &talkChanges{}
			byTalk[k.talk] = tc
		}
		if c.deleted {
			tc.deleted = append(tc.deleted, k.node)
		} else {
			tc.put = append(tc.put, c.node)
		}
	}
	for talk, tc := range byTalk {
		if err := writeChanges(b.outlines, talk, tc.put, tc.deleted); err != nil {
			return fmt.Errorf("talk %d: %w", talk, err)
		}
	}
	return nil
}

// SaveAside keeps the notes of a writer stopped by ErrReplaced, once it is
// closed: it commits what is pending to the file lanyard has open, which
// no path names any more, and copies that file whole into the backups
// folder beside the notebook's path, where lanyard restore lists it. It
// returns the copy's path, "" when the writer was not stopped that way or
// nothing was pending.
func (w *Writer) SaveAside(now time.Time) (string, error) {
	w.mu.Lock()
	replaced := errors.Is(w.halted, ErrReplaced)
	batch := w.pending
	w.mu.Unlock()
	if !replaced || len(batch) == 0 {
		return "", nil
	}
	err := guard(func() error {
		return w.nb.db.Update(func(tx *bolt.Tx) error { return writeBatch(tx, batch) })
	})
	if err != nil {
		return "", fmt.Errorf("keep the notes of the replaced notebook %s: %w", w.nb.path, err)
	}
	w.mu.Lock()
	w.pending = make(map[nodeKey]nodeChange)
	w.mu.Unlock()
	made, err := w.nb.BackupNow(now)
	if err != nil {
		return "", fmt.Errorf("keep the notes of the replaced notebook %s: %w", w.nb.path, err)
	}
	return made, nil
}
