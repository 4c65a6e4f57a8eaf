//go:build unix

package owner

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// privateName is the private folder's name in the shared temporary folder:
// one per user.
func privateName() string { return fmt.Sprintf("lanyard-%d", os.Getuid()) }

// checkPrivate says what keeps a folder from being the user's alone: its
// owner or its mode.
func checkPrivate(info fs.FileInfo) error {
	if uid, ok := fileOwner(info); ok && uid != os.Getuid() {
		return fmt.Errorf("belongs to user %d, not you (%d)", uid, os.Getuid())
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("is open to others (mode %#o, not 0700)", perm)
	}
	return nil
}

// fileOwner returns the user ID that owns a file, where the system says.
func fileOwner(info fs.FileInfo) (int, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}
