//go:build unix

package owner

import (
	"errors"
	"syscall"
)

// isNoListener reports whether dialing a socket failed because nothing
// listens on it any more: a lanyard that crashed left the file.
func isNoListener(err error) bool {
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ENOENT)
}
