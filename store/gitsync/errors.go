package gitsync

import (
	"errors"

	"lanyard/store/internal/worded"
)

// Refusals: a sync that meets one of these stops before it changes the
// notebook, and its error wraps the sentinel with what to do. Compare
// with errors.Is.
var (
	// ErrNoGit is a machine where the git binary cannot be found.
	ErrNoGit = errors.New("git is not installed")
	// ErrNotRepo is a DIR that is missing, not a folder, or not the top
	// of a git working tree.
	ErrNotRepo = errors.New("not a git working tree")
	// ErrNoRemote is a working tree without the remote to sync with.
	ErrNoRemote = errors.New("no remote")
	// ErrUnrelated is a remote branch that shares no commit with DIR's.
	ErrUnrelated = errors.New("unrelated histories")
	// ErrHalfDone is a merge, rebase, cherry-pick or revert left
	// unfinished in DIR.
	ErrHalfDone = errors.New("an operation is half done")
	// ErrDirty is a working tree with changes nobody committed.
	ErrDirty = errors.New("changes not committed")
	// ErrDetached is a working tree on no branch.
	ErrDetached = errors.New("detached HEAD")
	// ErrBadForm is a notebook whose synced form cannot be written as
	// files: a path that is empty, absolute, or climbs out of the folder.
	ErrBadForm = errors.New("a synced form that cannot be written")
)

// refuse wraps a sentinel with a sentence for the user: the error reads
// as the sentence alone.
func refuse(sentinel error, format string, args ...any) error {
	return worded.Error(sentinel, format, args...)
}
