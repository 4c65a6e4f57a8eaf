package store

import "errors"

// Errors the store returns, wrapped with what it was doing (the file, the
// event, the talk). Compare with errors.Is.
var (
	// ErrNotFound is an event or talk the notebook does not hold.
	ErrNotFound = errors.New("not found")
	// ErrLocked is a notebook that another process (or another Open in
	// this one) holds: bbolt allows one writer per file.
	ErrLocked = errors.New("the notebook is open in another lanyard")
	// ErrNewerFormat is a notebook whose schema version is newer than this
	// binary knows. The file is left untouched so that the newer lanyard
	// can still read it.
	ErrNewerFormat = errors.New("the notebook was written by a newer lanyard")
	// ErrNeedsUpgrade is a notebook only an upgrade would make readable
	// (an older schema, or a file with none yet), met by OpenUnchanged,
	// which writes nothing.
	ErrNeedsUpgrade = errors.New("the notebook needs an upgrade, which only a command that writes makes")
	// ErrCorrupt is a notebook the store cannot use: a file that is
	// empty, cut short, garbled or another program's, a page bbolt cannot
	// follow, or a record it cannot decode. Open and Check word it for the
	// user, with the way back (lanyard restore).
	ErrCorrupt = errors.New("the notebook is damaged")
	// ErrClosed is a Flush on a Writer that was closed: its goroutine is
	// gone, so nothing more will be committed.
	ErrClosed = errors.New("the writer is closed")
	// ErrReplaced is a notebook whose file was replaced (by a sync tool, a
	// restore by hand) or moved away while lanyard had it open: writing on
	// would go to a file nobody will read again, so lanyard stops writing.
	ErrReplaced = errors.New("the notebook file was replaced or moved while lanyard had it open; lanyard stopped writing to it")
	// ErrWriterFailed is a writer whose goroutine failed inside (a bug):
	// it writes nothing more, and Close tries to commit what was pending
	// once.
	ErrWriterFailed = errors.New("lanyard's writer failed")
)
