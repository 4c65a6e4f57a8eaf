package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"unicode/utf8"
)

// restoreAdvice ends every message about a notebook lanyard cannot use:
// the way back is a backup.
const restoreAdvice = "lanyard restore lists the backups to go back to"

// refusal is a notebook file lanyard will not open, worded for the person
// who has to act on it: which file, what is wrong, and what to do. It is
// not prefixed with what lanyard was doing, because the message already
// says it all. errors.Is sees its sentinel (ErrCorrupt, ErrNewerFormat)
// and the error behind it, if any.
type refusal struct {
	msg      string
	sentinel error
	cause    error
	// problems say what is wrong with the file without the file's name
	// or the advice: one item, or all of several when msg names the
	// first. Check reports them.
	problems []string
}

func (r *refusal) Error() string { return r.msg }

// Unwrap returns the sentinel and the cause.
func (r *refusal) Unwrap() []error {
	if r.cause == nil {
		return []error{r.sentinel}
	}
	return []error{r.sentinel, r.cause}
}

// damaged is the refusal of a file that is not a sound notebook; why says
// what was found, in a few words.
func damaged(path, why string, cause error) error {
	return &refusal{
		msg:      fmt.Sprintf("%s is damaged (%s): %s", path, why, restoreAdvice),
		sentinel: ErrCorrupt,
		cause:    cause,
		problems: []string{why},
	}
}

// damagedPages is the refusal of a file with the problems listed, the
// first named in the message.
func damagedPages(path string, problems []string) error {
	return &refusal{
		msg:      fmt.Sprintf("%s is damaged (%s): %s", path, problemSummary(problems), restoreAdvice),
		sentinel: ErrCorrupt,
		problems: problems,
	}
}

// emptyFile is the refusal of a notebook of zero bytes. bbolt would make
// it a new, empty database; but lanyard creates a notebook only where no
// file exists (and never leaves an empty one behind, see create), so an
// empty file under the notebook's name is most likely a notebook lost to
// a full disk or a bad copy, and its backups are what the user wants.
func emptyFile(path string) error {
	return &refusal{
		msg: fmt.Sprintf("%s is empty (0 bytes), which no notebook is: %s, "+
			"or delete the file to start a new notebook", path, restoreAdvice),
		sentinel: ErrCorrupt,
		problems: []string{"it is empty (0 bytes)"},
	}
}

// notBbolt is the refusal of a file whose header is not bbolt's. A file
// of text is most likely the wrong path (a schedule given as --db), so it
// says that rather than "damaged".
func notBbolt(path string, head []byte, cause error) error {
	if len(head) > 0 && utf8.Valid(head) && !hasNUL(head) {
		return &refusal{
			msg: fmt.Sprintf("%s is a text file, not a lanyard notebook: check the path (--db, $LANYARD_DB), or %s",
				path, restoreAdvice),
			sentinel: ErrCorrupt,
			cause:    cause,
			problems: []string{"it is a text file, not a notebook"},
		}
	}
	return damaged(path, "it does not start with a notebook's header: it is garbage, or another program's file", cause)
}

// foreign is the refusal of a bbolt database that is not a notebook: it
// has buckets, but not lanyard's.
func foreign(path string) error {
	return &refusal{
		msg: fmt.Sprintf("%s is not a lanyard notebook (another program's database): check the path (--db, $LANYARD_DB), or %s",
			path, restoreAdvice),
		sentinel: ErrCorrupt,
		problems: []string{"it is another program's database, not a notebook"},
	}
}

// newer is the refusal of a notebook a newer lanyard wrote.
func newer(path string, have, know uint64) error {
	return &refusal{
		msg: fmt.Sprintf("%s was written by a newer lanyard (schema %d, this one knows %d): use that version, or lanyard restore",
			path, have, know),
		sentinel: ErrNewerFormat,
	}
}

func hasNUL(b []byte) bool {
	for _, c := range b {
		if c == 0 {
			return true
		}
	}
	return false
}

// panicError is a panic guard caught: bbolt trusts the pages it reads and
// panics (or faults on a page past the end of the file) when they are
// garbage. It unwraps to ErrCorrupt.
type panicError struct{ value any }

func (p *panicError) Error() string {
	return fmt.Sprintf("%v: reading it failed: %v", ErrCorrupt, p.value)
}

func (p *panicError) Unwrap() error { return ErrCorrupt }

// guard runs fn, turning a panic into a *panicError. Faults on mapped
// memory (a page the file no longer has) are made panics for the length of
// the call, since by default they crash the program. It is for code that
// reads the notebook's pages: a panic there means the file is damaged,
// and lanyard must say so rather than crash with the notes unsaved.
//
// A stack overflow or running out of memory still ends the program: Go
// cannot recover from those. The checks before a notebook is opened (the
// header, the file's length against its pages) keep them unlikely.
func guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = &panicError{value: r}
		}
	}()
	return fn()
}

// asRefusal turns a panic caught reading path into the refusal the user
// sees; other errors are returned as they are.
func asRefusal(path string, err error) error {
	var (
		p *panicError
		r *refusal
	)
	switch {
	case err == nil, errors.As(err, &r):
		return err
	case errors.As(err, &p):
		return damaged(path, fmt.Sprintf("reading it failed: %v", p.value), err)
	}
	return err
}
