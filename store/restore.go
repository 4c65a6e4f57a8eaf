package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Restore puts the backup at backupPath in place of the notebook at
// notebookPath, and returns where the notebook it replaced was kept: a
// copy of its bytes as they were (damaged or not) in the backups folder,
// named "<name>-<time>-before-restore.db"; "" if there was no notebook,
// or an empty file.
//
// The backup must check clean (see Check), or nothing is done. Restore
// refuses with ErrLocked while another lanyard has the notebook open, and
// holds the notebook's lock until the backup is in place; the new file is
// written whole and renamed over the old one, so a crash leaves one or
// the other.
func Restore(notebookPath, backupPath string) (previous string, err error) {
	if _, err := Check(backupPath); err != nil {
		return "", fmt.Errorf("restore %s: the backup is not sound: %w", notebookPath, err)
	}
	if err := privateDir(filepath.Dir(notebookPath)); err != nil {
		return "", fmt.Errorf("restore %s: %w", notebookPath, err)
	}
	unlock, err := lockNotebook(notebookPath)
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", notebookPath, err)
	}
	defer func() { err = errors.Join(err, unlock()) }()
	if previous, err = keepPrevious(notebookPath, time.Now()); err != nil {
		return "", fmt.Errorf("restore %s: keep the notebook it replaces: %w", notebookPath, err)
	}
	if runtime.GOOS == "windows" {
		// Windows cannot rename over a file that is open, even by us; the
		// gap this leaves is as short as a rename.
		if err := unlock(); err != nil {
			return previous, fmt.Errorf("restore %s: %w", notebookPath, err)
		}
	}
	// A notebook that is a link to a file elsewhere (a synced folder,
	// say) stays a link: the file it points to is replaced.
	target := notebookPath
	if real, err := filepath.EvalSymlinks(notebookPath); err == nil {
		target = real
	}
	if err := copyOver(backupPath, target); err != nil {
		return previous, fmt.Errorf("restore %s from %s: %w", notebookPath, backupPath, err)
	}
	return previous, nil
}

// keepPrevious copies the notebook at path, byte for byte, into its
// backups folder before a restore replaces it.
func keepPrevious(path string, now time.Time) (string, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && info.Size() == 0) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	dir := BackupDir(path)
	if err := privateDir(dir); err != nil {
		return "", err
	}
	removeLeftTemps(dir)
	base := backupBase(path) + "-" + now.Format(backupTime) + "-before-restore"
	for n := 1; n <= maxNameTries; n++ {
		dst := filepath.Join(dir, backupName(base, "", n))
		err := copyFile(path, dst)
		if !errors.Is(err, fs.ErrExist) {
			return dst, err
		}
	}
	return "", fmt.Errorf("no free name for %s in %s: %w", base, dir, fs.ErrExist)
}

// copyOver replaces dst with a copy of src, whole.
func copyOver(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	err = writeWhole(dst, true, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
	return errors.Join(err, in.Close())
}
