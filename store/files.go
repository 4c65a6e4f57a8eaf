package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Files lanyard writes whole (new notebooks, backups, a restored notebook)
// are written under a temporary name in the folder they go to, synced, and
// then put in place by one rename or link, with the folder synced after:
// a crash leaves either the old state or the new one, never half a file
// under the real name.

// tempFile creates an empty file, private to the user (0600), in dir,
// named after base but hidden and marked as temporary so that no listing
// mistakes it for the real thing.
func tempFile(dir, base string) (*os.File, error) {
	return os.CreateTemp(dir, "."+base+tempMark+"*")
}

// tempMark is in the name of every temporary file, after the name of the
// file it will become.
const tempMark = ".tmp-"

// staleTempAge is how long a temporary file must have been left untouched
// to be taken as a crash's leftover where the system cannot say whether
// a process still writes it (see tempInUse).
const staleTempAge = time.Hour

// removeLeftTemps removes the temporary files a crash left in dir (a
// backup cut short): those no process is writing. Errors are left for the
// next time: a leftover costs only space.
func removeLeftTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, ".") || !strings.Contains(name, tempMark) {
			continue
		}
		if path := filepath.Join(dir, name); !tempInUse(path) {
			if err := removeIfExists(path); err != nil {
				continue // still there; the next backup tries again
			}
		}
	}
}

// writeWhole writes dst through fill. Unless replace is set, an existing
// dst is left alone and the error wraps fs.ErrExist.
func writeWhole(dst string, replace bool, fill func(w io.Writer) error) error {
	f, err := tempFile(filepath.Dir(dst), filepath.Base(dst))
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = holdTemp(f)
	if err == nil {
		err = fill(f)
	}
	if err == nil {
		err = f.Sync()
	}
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = place(tmp, dst, replace)
	}
	return errors.Join(err, removeIfExists(tmp))
}

// place gives the written file tmp its real name dst, then syncs the
// folder so the name survives a crash. Without replace it links rather
// than renames, which fails with fs.ErrExist if dst exists however close
// the race; where the file system has no hard links it falls back to
// checking first. The caller removes tmp afterwards.
func place(tmp, dst string, replace bool) error {
	var err error
	if replace {
		err = os.Rename(tmp, dst)
	} else {
		err = linkNew(tmp, dst)
	}
	if err != nil {
		return err
	}
	return syncDir(filepath.Dir(dst))
}

// linkNew links tmp as dst, which must not exist.
func linkNew(tmp, dst string) error {
	err := os.Link(tmp, dst)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, statErr := os.Lstat(dst); statErr == nil {
		return fmt.Errorf("%s: %w", dst, fs.ErrExist)
	}
	return os.Rename(tmp, dst)
}

// syncDir makes a folder's entries (a file just renamed into it) durable.
// Windows cannot sync a folder and does not need to.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	return errors.Join(err, d.Close())
}

// removeIfExists removes a file, which may already be gone.
func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// copyFile writes the bytes of src to dst (which must not exist) whole.
// It is for files bbolt cannot be trusted to read, such as a notebook
// about to be replaced because it is damaged.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	err = writeWhole(dst, false, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
	return errors.Join(err, in.Close())
}

// privateDir makes a folder of lanyard's own, private to the user (0700),
// if it is not there. An existing folder keeps its mode: it may be the
// user's choice.
func privateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("make folder %s: %w", dir, err)
	}
	return nil
}
