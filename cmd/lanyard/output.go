package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeExport writes an export to path as a shell's > would, without its
// dangers:
//
//   - a link is followed: the file it names is written and the link stays;
//   - a device or a pipe (/dev/stdout, /dev/null, a fifo, >(cmd)) is
//     written into, never replaced by a file;
//   - a file is replaced whole or not at all (see replaceFile), keeping its
//     permissions, unless it is the notebook, a backup or any other bbolt
//     database: those are refused, naming the file, and left as they were.
//
// notebook is the notebook's path.
func writeExport(path string, data []byte, notebook string) error {
	info, err := os.Stat(path) // follows links, /dev/stdout's too
	switch {
	case errors.Is(err, fs.ErrNotExist):
		target, err := linkTarget(path)
		if err != nil {
			return fmt.Errorf("export %s: %w", path, err)
		}
		return replaceFile(target, data, 0)
	case err != nil:
		return fmt.Errorf("export %s: %w", path, err)
	case info.IsDir():
		return fmt.Errorf("export %s: it is a folder; give a file name, or --dir for one file per talk", path)
	case !info.Mode().IsRegular():
		return writeInto(path, data)
	}
	if err := refuseStore(path, info, notebook); err != nil {
		return err
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return replaceFile(target, data, info.Mode().Perm())
}

// refuseStore refuses to export onto the notebook or any bbolt file: a
// backup, another notebook. Either would be lost under a blog post.
func refuseStore(path string, info fs.FileInfo, notebook string) error {
	if nb, err := os.Stat(notebook); err == nil && os.SameFile(info, nb) {
		return fmt.Errorf("export %s: it is the notebook itself, and the post would replace your notes; give another file name (nothing was written)", path)
	}
	isBolt, err := looksLikeBolt(path)
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if isBolt {
		return fmt.Errorf("export %s: it is a lanyard notebook or backup (a bbolt database), which the post would replace; give another file name (nothing was written)", path)
	}
	return nil
}

// boltMagic opens each of a bbolt file's two meta pages, 16 bytes in.
const boltMagic = 0xED0CDAED

// looksLikeBolt reports whether the file at path holds a bbolt meta page:
// the first, or (when the first is damaged) the second at one of the page
// sizes bbolt uses.
func looksLikeBolt(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	const headerEnd = 16 + 4
	for _, offset := range []int64{0, 4 << 10, 8 << 10, 16 << 10, 32 << 10, 64 << 10} {
		head := make([]byte, headerEnd)
		_, err := f.ReadAt(head, offset)
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		magic := head[16:headerEnd]
		if binary.LittleEndian.Uint32(magic) == boltMagic || binary.BigEndian.Uint32(magic) == boltMagic {
			return true, nil
		}
	}
	return false, nil
}

// linkTarget returns the file a path that does not exist names: itself,
// or the missing file a dangling link points to, which is then made as
// the shell's > makes it.
func linkTarget(path string) (string, error) {
	for range 40 {
		info, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", errors.New("too many links in a row")
}

// writeInto writes data into a device or a pipe that is already there.
func writeInto(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("export %s: %w", path, pathReason(err))
	}
	_, err = f.Write(data)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", path, pathReason(err))
	}
	return nil
}

// replaceFile writes a file whole or not at all: a crash or a full disk
// halfway leaves the old file, never half a post. perm is the replaced
// file's permissions, 0 for a new file.
func replaceFile(path string, data []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("export %s: there is no folder %s; make it first", path, filepath.Dir(path))
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", path, pathReason(err))
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	_, err = io.Copy(tmp, bytes.NewReader(data))
	if err == nil && perm != 0 {
		err = tmp.Chmod(perm)
	}
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", path, pathReason(err))
	}
	return nil
}

// pathReason strips the path and operation from a file error, since the
// message around it names the file already.
func pathReason(err error) error {
	var (
		pathErr *fs.PathError
		linkErr *os.LinkError
	)
	switch {
	case errors.As(err, &pathErr):
		return pathErr.Err
	case errors.As(err, &linkErr):
		return linkErr.Err
	}
	return err
}
