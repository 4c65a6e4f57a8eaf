//go:build unix

package store

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// mapPages maps the first n bytes of f for reading, as bbolt itself
// does: the walk then reads the pages where the system keeps them, with
// no copy and no call per page. unmap lets go of them.
func mapPages(f *os.File, n uint64) (data []byte, unmap func() error, err error) {
	if n == 0 || n > uint64(maxMapped) {
		return nil, nil, fmt.Errorf("cannot map %d bytes", n)
	}
	data, err = unix.Mmap(int(f.Fd()), 0, int(n), unix.PROT_READ, mapFlags)
	if err != nil {
		return nil, nil, err
	}
	return data, func() error { return unix.Munmap(data) }, nil
}

// maxMapped is the largest mapping asked for: an int's worth.
const maxMapped = int(^uint(0) >> 1)
