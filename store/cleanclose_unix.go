//go:build unix

package store

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// fileMark is what the clean-close record says of a notebook file: which
// file it is (device and inode), its size, when its content and its inode
// last changed, to the nanosecond, and its header checksums. ok is false
// when the system does not say.
func fileMark(f *os.File) ([]byte, bool) {
	var st unix.Stat_t
	if err := unix.Fstat(int(f.Fd()), &st); err != nil {
		return nil, false
	}
	first, second, ok := headerSums(f)
	if !ok {
		return nil, false
	}
	return fmt.Appendf(nil, "lanyard clean close 1\ndev %d ino %d size %d mtime %d.%09d ctime %d.%09d\nheaders %x %x\n",
		st.Dev, st.Ino, st.Size, st.Mtim.Sec, st.Mtim.Nsec, st.Ctim.Sec, st.Ctim.Nsec, first, second), true
}
