package status

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
)

// Causes of a failed commit the bar names in words: what the note-taker
// can do something about (free some space, fix the folder's permissions)
// rather than an error's text.
const (
	causeDiskFull = "disk full"
	causeReadOnly = "read-only"
)

// cause names why a commit failed, "" when it is none of the causes the
// bar knows. The error is matched by its errno where the store kept it
// wrapped, and by the errno's text where it did not: bbolt reports a file
// it could not grow with %s, which keeps the words but not the value.
func cause(err error) string {
	switch {
	case err == nil:
		return ""
	case isAny(err, syscall.ENOSPC, syscall.EDQUOT):
		return causeDiskFull
	case isAny(err, syscall.EROFS, syscall.EACCES, syscall.EPERM) || errors.Is(err, fs.ErrPermission):
		return causeReadOnly
	}
	return ""
}

// isAny reports whether err is, wraps, or is described by one of errnos.
func isAny(err error, errnos ...syscall.Errno) bool {
	text := err.Error()
	for _, e := range errnos {
		if errors.Is(err, e) || strings.Contains(text, e.Error()) {
			return true
		}
	}
	return false
}
