//go:build !unix

package owner

import (
	"errors"
	"io/fs"
	"syscall"
)

// isNoListener reports whether dialing a socket failed because nothing
// listens on it any more: a lanyard that crashed left the file. Windows
// says so with WSAECONNREFUSED.
func isNoListener(err error) bool {
	const wsaConnRefused = syscall.Errno(10061)
	return errors.Is(err, wsaConnRefused) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, fs.ErrNotExist)
}
