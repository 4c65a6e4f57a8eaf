package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Backups are whole copies of the notebook, made online from one read
// transaction (tx.WriteTo), so lanyard keeps saving while one is made and
// the copy is the notebook as of one instant. They live in the folder
// "backups" beside the notebook, private to the user (0700, files 0600),
// named after the notebook's whole file name ("lanyard.db" gives
// "lanyard.db-…", so that notes.db and notes.bolt in one folder do not
// share them):
//
//	lanyard.db-2026-05-14.db                        daily: the first open of a day
//	lanyard.db-2026-05-14-before-v3.db              before upgrading to schema 3
//	lanyard.db-2026-05-14T101500.db                 lanyard backup, at 10:15:00
//	lanyard.db-2026-05-14T101500-before-restore.db  the notebook a restore replaced
//
// An older lanyard named them after the name without its extension
// ("lanyard-2026-05-14.db"); Backups still lists those (see there).
//
// A name already taken gets "-2", "-3"… before ".db" (except a daily one:
// there is one a day). Only daily backups are pruned, to the number the
// user keeps; the others are rare and each was made for a reason (an
// upgrade, a restore, the user asking), so they stay until the user
// deletes them.

// BackupKind says why a backup was made.
type BackupKind string

const (
	// BackupDaily is made on the first open of a day and pruned.
	BackupDaily BackupKind = "daily"
	// BackupManual is one the user made with lanyard backup.
	BackupManual BackupKind = "manual"
	// BackupBeforeMigration is the notebook as it was before an upgrade of
	// its schema.
	BackupBeforeMigration BackupKind = "before upgrade"
	// BackupBeforeRestore is the notebook as it was before a restore
	// replaced it.
	BackupBeforeRestore BackupKind = "before restore"
)

// Layouts of the times in backup names. A time of day has no colons,
// which some file systems refuse.
const (
	backupDay  = "2006-01-02"
	backupTime = "2006-01-02T150405"
)

// maxNameTries bounds the "-2", "-3"… suffixes tried for a free name.
const maxNameTries = 100

// BackupDir returns the folder that holds the backups of the notebook at
// notebookPath.
func BackupDir(notebookPath string) string {
	return filepath.Join(filepath.Dir(notebookPath), "backups")
}

// Backup writes a copy of the notebook to path, which must not exist
// (the error then wraps fs.ErrExist): a backup never overwrites a file.
// The copy is a notebook lanyard can open, made while the notebook stays
// in use.
func (nb *Notebook) Backup(path string) error {
	if err := privateDir(filepath.Dir(path)); err != nil {
		return fmt.Errorf("back up %s: %w", nb.path, err)
	}
	err := nb.view(func(tx *bolt.Tx) error { return writeSnapshot(tx, path) })
	if err != nil {
		return fmt.Errorf("back up %s to %s: %w", nb.path, path, err)
	}
	return nil
}

// WriteBackup writes a copy of the notebook to w, as Backup writes one
// to a file: for a backup sent down a pipe.
func (nb *Notebook) WriteBackup(w io.Writer) error {
	err := nb.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(w)
		return err
	})
	if err != nil {
		return fmt.Errorf("back up %s: %w", nb.path, err)
	}
	return nil
}

// BackupNow makes a backup in the backups folder named for now, to the
// second, and returns its path.
func (nb *Notebook) BackupNow(now time.Time) (string, error) {
	var made string
	err := nb.view(func(tx *bolt.Tx) error {
		var err error
		made, err = snapshotNamed(tx, nb.path, now.Format(backupTime), maxNameTries)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("back up %s: %w", nb.path, err)
	}
	return made, nil
}

// DailyBackup makes today's backup (today in now's time zone) unless one
// was made already, and then deletes the oldest daily backups beyond
// keep. It returns the path of the backup it made, "" if none was due. A
// keep of 0 or less turns daily backups off: it makes none and deletes
// none. Other kinds of backup are never deleted.
func (nb *Notebook) DailyBackup(now time.Time, keep int) (made string, err error) {
	if keep <= 0 {
		return "", nil
	}
	day := now.Format(backupDay)
	path := filepath.Join(BackupDir(nb.path), backupName(backupBase(nb.path), day, 1))
	switch _, statErr := os.Lstat(path); {
	case errors.Is(statErr, fs.ErrNotExist):
		err = nb.view(func(tx *bolt.Tx) error {
			var err error
			made, err = snapshotNamed(tx, nb.path, day, 1)
			return err
		})
		if err != nil {
			return "", fmt.Errorf("daily backup of %s: %w", nb.path, err)
		}
	case statErr != nil:
		return "", fmt.Errorf("daily backup of %s: %w", nb.path, statErr)
	}
	if err := pruneDaily(nb.path, day, keep); err != nil {
		return made, fmt.Errorf("daily backup of %s: %w", nb.path, err)
	}
	return made, nil
}

// backupBeforeMigration backs up the notebook at path, as tx sees it,
// before it is upgraded to schema version to.
func backupBeforeMigration(tx *bolt.Tx, path string, to uint64, now time.Time) (string, error) {
	return snapshotNamed(tx, path, fmt.Sprintf("%s-before-v%d", now.Format(backupDay), to), maxNameTries)
}

// snapshotNamed writes tx's notebook into the backups folder of the
// notebook at path, as "<base>-<stamp>.db", or, if that is taken and
// tries allows, with "-2"…
func snapshotNamed(tx *bolt.Tx, path, stamp string, tries int) (string, error) {
	dir := BackupDir(path)
	if err := privateDir(dir); err != nil {
		return "", err
	}
	removeLeftTemps(dir)
	base := backupBase(path) + "-" + stamp
	for n := 1; n <= tries; n++ {
		dst := filepath.Join(dir, backupName(base, "", n))
		if _, err := os.Lstat(dst); err == nil {
			continue // taken: try the next name without copying
		}
		err := writeSnapshot(tx, dst)
		if !errors.Is(err, fs.ErrExist) {
			return dst, err
		}
	}
	return "", fmt.Errorf("no free name for %s in %s: %w", base, dir, fs.ErrExist)
}

// backupName is "<base>-<stamp>.db", with "-n" before ".db" for n > 1.
// An empty stamp leaves out its dash.
func backupName(base, stamp string, n int) string {
	name := base
	if stamp != "" {
		name += "-" + stamp
	}
	if n > 1 {
		name += fmt.Sprintf("-%d", n)
	}
	return name + ".db"
}

// writeSnapshot writes the database as tx sees it to dst, which must not
// exist, whole (see writeWhole).
func writeSnapshot(tx *bolt.Tx, dst string) error {
	return writeWhole(dst, false, func(w io.Writer) error {
		_, err := tx.WriteTo(w)
		return err
	})
}

// pruneDaily deletes the daily backups of the notebook at path beyond the
// newest keep. Today's counts as one and is never deleted, even if the
// clock was once set ahead and others look newer.
func pruneDaily(path, today string, keep int) error {
	names, err := backupNames(path)
	if err != nil {
		return err
	}
	todays := backupName(backupBase(path), today, 1)
	var others []string
	for _, n := range names { // newest first
		// One whose name fits another notebook's backups too may be that
		// one's: it is left alone.
		if n.kind == BackupDaily && n.file != todays && n.sharedWith == "" {
			others = append(others, n.file)
		}
	}
	var errs []error
	for _, file := range others[min(keep-1, len(others)):] {
		errs = append(errs, removeIfExists(filepath.Join(BackupDir(path), file)))
	}
	return errors.Join(errs...)
}
