package store

import (
	"fmt"
	"sync"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

const (
	// coalesceDelay is how long the writer waits after the first pending
	// change before committing, so that a burst of keystrokes becomes one
	// transaction (one pair of fsyncs) instead of one each.
	coalesceDelay = 30 * time.Millisecond
	// firstRetry and maxRetry bound the wait between attempts after a
	// failed commit: long enough not to spin on a full disk, short enough
	// that the notes are saved soon after the cause goes away.
	firstRetry = 50 * time.Millisecond
	maxRetry   = time.Second
)

// WriterStatus is what the writer reports after each commit attempt, and
// when changes start waiting.
type WriterStatus struct {
	// Pending is the number of node changes not yet on disk.
	Pending int
	// Saved is when the last successful commit finished; zero before the
	// first.
	Saved time.Time
	// Committed is the number of the last Save whose changes are on disk
	// together with those of every Save before it. Saves are numbered 1,
	// 2, 3… as they are made (LastSave returns the latest), so a caller
	// that kept the number of its last Save knows whether all it saved is
	// on disk, however late the report reaches it. 0 before any commit.
	Committed uint64
	// Err is why the last commit failed, nil once one succeeds. The
	// changes it held are still pending and will be retried, unless
	// Stopped.
	Err error
	// Stopped is set once the writer has stopped writing for good, and Err
	// says why: the notebook file was replaced or moved (ErrReplaced), or
	// the writer failed inside (ErrWriterFailed). Pending changes are then
	// kept in memory only.
	Stopped bool
}

// WriterOption configures a Writer.
type WriterOption func(*Writer)

// WithPanicHandler has the writer call onPanic, from its goroutine, if that
// goroutine panics, with the value and the stack: the program can then
// end cleanly. The writer stops (Stopped, ErrWriterFailed) and keeps what
// was pending; Close tries to commit it once more.
func WithPanicHandler(onPanic func(value any, stack []byte)) WriterOption {
	return func(w *Writer) { w.onPanic = onPanic }
}

// nodeKey names one node of one talk: the unit the writer coalesces by.
type nodeKey struct {
	talk uint64
	node outline.ID
}

// nodeChange is the latest state of a node: a record to put, or a delete.
type nodeChange struct {
	node    outline.Node
	deleted bool
}

// Writer is the single goroutine that commits outline edits off the UI.
// Save hands it changes without ever blocking; it commits them all in one
// transaction shortly after the first arrives, and always within 250 ms
// unless the disk fails, in which case it keeps them and retries.
type Writer struct {
	nb       *Notebook
	onStatus func(WriterStatus)
	onPanic  func(value any, stack []byte)
	// wake is a one-slot doorbell: Save and Flush ring it, and ringing a
	// bell that is already ringing is free, so neither ever blocks.
	wake chan struct{}
	stop chan struct{}
	done chan struct{}

	mu   sync.Mutex
	cond *sync.Cond // signalled under mu after every commit attempt
	// pending are the changes not yet handed to a commit; inFlight is the
	// number a running commit holds.
	pending map[nodeKey]nodeChange
	// inFlight is the batch a running commit holds, taken out of pending;
	// it goes back if the commit fails or panics.
	inFlight map[nodeKey]nodeChange
	// resumes are where the user is in each event (see SaveResume), by
	// event ID, not yet handed to a commit; resumesInFlight are those a
	// running commit holds. They ride along with the notes' commits.
	resumes, resumesInFlight map[uint64]schedule.Resume
	// since is when pending last went from empty to not: the coalescing
	// timer and the 250 ms promise count from it.
	since time.Time
	// saves counts Save calls, committed the saves known to be on disk.
	saves, committed uint64
	// attempts counts finished commit attempts, the last of which ended
	// at lastAttempt with lastErr; flushes asks the goroutine to commit
	// now rather than wait.
	attempts    int
	lastAttempt time.Time
	lastErr     error
	flushes     bool
	saved       time.Time
	// announced is set once the goroutine has reported the current pending
	// changes as waiting, so it does so once per batch.
	announced bool
	closed    bool
	stopOnce  sync.Once
	// halted is why the writer stopped writing for good (see
	// WriterStatus.Stopped), nil while it writes.
	halted error
	// panicNext makes the goroutine panic when it next wakes, for tests
	// of crash handling (PanicSoon).
	panicNext any
}

// NewWriter starts the writer goroutine. onStatus (which may be nil) is
// called from that goroutine after every commit attempt and when changes
// start waiting; it should return quickly, since commits wait for it.
func (nb *Notebook) NewWriter(onStatus func(WriterStatus), opts ...WriterOption) *Writer {
	if onStatus == nil {
		onStatus = func(WriterStatus) {}
	}
	w := &Writer{
		nb:       nb,
		onStatus: onStatus,
		wake:     make(chan struct{}, 1),
		stop:     make(chan struct{}),
		done:     make(chan struct{}),
		pending:  make(map[nodeKey]nodeChange),
		resumes:  make(map[uint64]schedule.Resume),
	}
	for _, opt := range opts {
		opt(w)
	}
	w.cond = sync.NewCond(&w.mu)
	go w.run()
	return w
}

// Save queues a talk's changes for the writer. It never blocks on the
// disk: it records the latest state of each node (a later put replaces an
// earlier one, a delete replaces a put) and rings the writer. Each Save of
// changes that are not empty gets the next number (see LastSave and
// WriterStatus.Committed); an empty one gets none, having nothing to
// wait for.
func (w *Writer) Save(talkID uint64, c outline.Changes) {
	if c.Empty() {
		return
	}
	w.mu.Lock()
	if len(w.pending) == 0 {
		w.since, w.announced = time.Now(), false
	}
	for _, n := range c.Put {
		w.pending[nodeKey{talkID, n.ID}] = nodeChange{node: n}
	}
	for _, id := range c.Deleted {
		w.pending[nodeKey{talkID, id}] = nodeChange{node: outline.Node{ID: id}, deleted: true}
	}
	w.saves++
	w.mu.Unlock()
	w.ring()
}

// LastSave returns the number of the latest Save, 0 before the first.
func (w *Writer) LastSave() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.saves
}

// ring wakes the writer goroutine without waiting.
func (w *Writer) ring() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Flush blocks until every change saved before the call is on disk, asking
// the writer to commit at once rather than after its coalescing delay. If
// that commit fails it returns the error; the changes stay pending.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	target := w.saves
	// A commit running now may hold only part of what was saved before
	// this call; the first attempt to start after it holds all of it.
	ours := w.attempts + 1
	if w.inFlight != nil {
		ours++
	}
	for w.committed < target {
		switch {
		case w.halted != nil:
			return fmt.Errorf("flush: %w", w.halted)
		case w.closed:
			return fmt.Errorf("flush: %w", ErrClosed)
		case w.attempts >= ours && w.lastErr != nil:
			return fmt.Errorf("flush: %w", w.lastErr)
		}
		w.flushes = true
		w.mu.Unlock()
		w.ring()
		w.mu.Lock()
		if w.committed < target && !w.closed && w.halted == nil {
			w.cond.Wait()
		}
	}
	return nil
}

// Close commits whatever is pending and stops the goroutine; it is safe to
// call more than once. If that last commit fails, the error says how many
// changes were lost. Changes saved after Close are never written. After
// the goroutine panicked, Close makes the last commit itself, if the
// notebook still takes it; after the notebook file was replaced it writes
// nothing.
func (w *Writer) Close() error {
	w.stopOnce.Do(func() { close(w.stop) })
	<-w.done
	w.lastChance()
	w.mu.Lock()
	defer w.mu.Unlock()
	if n := len(w.pending); n > 0 {
		cause := w.lastErr
		if cause == nil {
			cause = ErrClosed
		}
		return fmt.Errorf("close writer: %d changes not saved: %w", n, cause)
	}
	return nil
}

// run is the writer goroutine: it waits for changes, lets them gather for
// coalesceDelay, commits, and after a failure retries with backoff.
func (w *Writer) run() {
	defer close(w.done)
	defer w.recoverPanic()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	retry := time.Duration(0) // zero while the last commit succeeded
	for {
		select {
		case <-w.stop:
			w.finish()
			return
		case <-w.wake:
		case <-timer.C:
		}
		w.panicIfAsked()
		due, ok, announce := w.nextCommit(retry)
		if !ok {
			continue
		}
		if announce != nil {
			w.onStatus(*announce)
		}
		if wait := time.Until(due); wait > 0 {
			timer.Reset(wait)
			continue
		}
		err := w.commit()
		switch {
		case err == nil:
			retry = 0
		case w.isHalted():
			retry = 0 // nothing more is written; Close reports what was not
		default:
			retry = min(max(2*retry, firstRetry), maxRetry)
			timer.Reset(retry)
		}
	}
}

// nextCommit returns when the next commit is due, or false if nothing is
// pending. A flush is due now; otherwise the coalescing delay counts from
// the first pending change, or the backoff from the last attempt after a
// failure. The first time it sees a batch it also returns a status to
// report, so the UI can say "saving…".
func (w *Writer) nextCommit(retry time.Duration) (due time.Time, ok bool, announce *WriterStatus) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.hasPendingLocked() || w.halted != nil {
		w.flushes = false
		return time.Time{}, false, nil
	}
	if !w.announced {
		w.announced = true
		st := w.statusLocked()
		announce = &st
	}
	switch {
	case w.flushes:
		return time.Now(), true, announce
	case retry > 0:
		return w.lastAttempt.Add(retry), true, announce
	}
	return w.since.Add(coalesceDelay), true, announce
}

// finish makes the last commit when the writer is closed and marks it so,
// waking any Flush still waiting.
func (w *Writer) finish() {
	if w.hasPending() && !w.isHalted() {
		w.commit() // an error stays in lastErr, for Close to report
	}
	w.mu.Lock()
	w.closed = true
	w.cond.Broadcast()
	w.mu.Unlock()
}

func (w *Writer) hasPending() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hasPendingLocked()
}

// hasPendingLocked reports whether anything waits to be committed; w.mu
// must be held.
func (w *Writer) hasPendingLocked() bool {
	return len(w.pending) > 0 || len(w.resumes) > 0
}

// SaveResume queues where the user is in an event, as Save queues notes:
// it never blocks on the disk, a later one replaces an earlier one, and it
// is committed with the notes, or on its own shortly after. It counts as
// no change to the notes (WriterStatus.Pending, LastSave).
func (w *Writer) SaveResume(eventID uint64, r schedule.Resume) {
	w.mu.Lock()
	if !w.hasPendingLocked() {
		w.since, w.announced = time.Now(), false
	}
	w.resumes[eventID] = r
	w.mu.Unlock()
	w.ring()
}
