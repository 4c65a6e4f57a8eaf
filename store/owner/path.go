package owner

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// maxSocketPath is the longest socket path used: the kernel's limit is
// 108 bytes on Linux and 104 on macOS, the terminating NUL included.
const maxSocketPath = 100

// SocketPath returns where the lanyard that has the notebook at
// notebookPath open serves the other commands; server and client both ask
// it. That is beside the notebook, as "<notebook>.sock", when the
// notebook's folder is the user's and closed to others (so nobody else can
// reach or replace the socket) and the path is short enough for a socket;
// otherwise a file named by a hash of the notebook's path in the user's
// private folder (see PrivateDir). The notebook must exist: its path is
// made absolute and its symbolic links followed, so that two spellings of
// one notebook meet at one socket.
func SocketPath(notebookPath string) (string, error) {
	real, err := resolve(notebookPath)
	if err != nil {
		return "", err
	}
	beside := real + ".sock"
	if len(beside) <= maxSocketPath && isPrivateDir(filepath.Dir(real)) {
		return beside, nil
	}
	dir, err := PrivateDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(real))
	p := filepath.Join(dir, hex.EncodeToString(sum[:12])+".sock")
	if len(p) > maxSocketPath {
		return "", fmt.Errorf("the folder for lanyard's sockets, %s, has too long a path for a socket (%d bytes, at most %d): set $XDG_RUNTIME_DIR or $TMPDIR to a shorter one", dir, len(p), maxSocketPath)
	}
	return p, nil
}

// resolve makes path absolute with its symbolic links followed.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("notebook %s: %w", path, err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", fmt.Errorf("notebook %s: %w", path, err)
	}
	return real, nil
}

// isPrivateDir reports whether dir is a folder the user owns that no one
// else may enter.
func isPrivateDir(dir string) bool {
	info, err := os.Stat(dir)
	return err == nil && info.IsDir() && checkPrivate(info) == nil
}

// PrivateDir returns the user's private folder for lanyard's sockets and
// the copies of notebooks it hands between processes, making it (0700)
// if it is not there: $XDG_RUNTIME_DIR/lanyard where the system gives a
// runtime folder, else lanyard-UID in the temporary folder. A folder there
// that is not a folder, is another user's or is open to others is refused
// (wrapping ErrNotOurs): another user could put a socket of theirs there.
func PrivateDir() (string, error) {
	dir := filepath.Join(os.TempDir(), privateName())
	if rt := os.Getenv("XDG_RUNTIME_DIR"); filepath.IsAbs(rt) {
		dir = filepath.Join(rt, "lanyard")
	}
	if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("make lanyard's private folder %s: %w", dir, err)
	}
	info, err := os.Lstat(dir)
	if err != nil {
		return "", fmt.Errorf("lanyard's private folder %s: %w", dir, err)
	}
	if !info.IsDir() {
		return "", say(ErrNotOurs, "lanyard's private folder %s is not a folder: remove it, and lanyard makes one", dir)
	}
	if err := checkPrivate(info); err != nil {
		return "", say(ErrNotOurs, "lanyard's private folder %s %v, so another user could reach lanyard through it: remove it, and lanyard makes one that is private", dir, err)
	}
	return dir, nil
}
