package store

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BackupInfo is one backup of a notebook, as Backups finds it.
type BackupInfo struct {
	// Name is the file's name in the backups folder, Path its full path.
	Name, Path string
	Kind       BackupKind
	// Time is when the backup was made: from its name, to the second for
	// a manual or before-restore one; for a daily or before-upgrade one,
	// whose name has only the day, the file's time when it is of that day.
	Time time.Time
	Size int64
	// Report is what Check found in the backup: its counts of events,
	// talks and bullets.
	Report Report
	// Err is nil when the backup opens and checks clean; else why it
	// would make a bad notebook to go back to.
	Err error
	// Doubt is a reason to look twice before restoring the backup, "" for
	// none: it was made from another notebook than the one now at the
	// path, or its name (an older lanyard's) fits another notebook's
	// backups too and neither holds an identity to tell them apart.
	Doubt string
}

// Backups lists the backups of the notebook at notebookPath, newest
// first, each checked. There are none (and no error) if the backups
// folder does not exist.
//
// A backup is the notebook's by its name and its identity (a random one
// every notebook holds, and every copy of it). A backup named as an older
// lanyard named them (by the notebook's name without its extension, so
// that notes.db and notes.bolt shared them) is listed when its identity
// is the notebook's, or when it has none and no other notebook in the
// folder has a name it fits; when one has, it is listed with a Doubt. A
// backup under the notebook's whole name whose identity is another
// notebook's (the notebook was lost and made anew, say) is listed with a
// Doubt.
func Backups(notebookPath string) ([]BackupInfo, error) {
	files, err := backupNames(notebookPath)
	if err != nil {
		return nil, err
	}
	identity := notebookIdentity(notebookPath)
	out := make([]BackupInfo, 0, len(files))
	for _, f := range files {
		path := filepath.Join(BackupDir(notebookPath), f.file)
		info := BackupInfo{Name: f.file, Path: path, Kind: f.kind, Time: f.at, Size: f.size}
		info.Report, info.Err = Check(path)
		known := identity != "" && info.Report.Identity != ""
		switch {
		case known && info.Report.Identity == identity:
		case known && f.sharedWith != "":
			continue // the other notebook's, by its identity
		case known:
			info.Doubt = fmt.Sprintf("it was made from another notebook than the one now at %s", notebookPath)
		case f.sharedWith != "":
			info.Doubt = fmt.Sprintf("its name fits the backups of %s too, and lanyard cannot tell whose it is", f.sharedWith)
		}
		out = append(out, info)
	}
	return out, nil
}

// notebookIdentity returns the identity of the notebook at path, "" when
// it has none or it cannot be read (it is gone, damaged, or open in a
// lanyard, which holds it for about half a second).
func notebookIdentity(path string) string {
	db, err := openReadOnly(path)
	if err != nil {
		return ""
	}
	var id string
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			id = readIdentity(tx)
			return nil
		})
	})
	if errors.Join(err, closeDB(db, path)) != nil {
		return ""
	}
	return id
}

// backupFile is a file of the backups folder whose name is one of the
// notebook's backups.
type backupFile struct {
	file string
	kind BackupKind
	at   time.Time
	// n is the file's "-n" suffix, 1 if it has none.
	n    int
	size int64
	// sharedWith is another file in the notebook's folder whose backups
	// the name fits as well (see stemName), "" if none.
	sharedWith string
}

// backupNames lists the backups of the notebook at path from their names,
// newest first: those named after its whole name, and those an older
// lanyard named after its name without the extension, each with the other
// notebook its name fits too, if any. Other files in the folder (another
// notebook's backups, a temporary file a crash left) are not listed.
func backupNames(path string) ([]backupFile, error) {
	dir := BackupDir(path)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	base, stem := backupBase(path), stemName(path)
	shared := sharesStem(path)
	var out []backupFile
	for _, e := range entries {
		f, ok := parseBackupName(base, e.Name())
		if !ok && stem != base {
			f, ok = parseBackupName(stem, e.Name())
		}
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if !strings.HasPrefix(e.Name(), base+"-") || base == stem {
			f.sharedWith = shared
		}
		info, err := e.Info()
		if errors.Is(err, fs.ErrNotExist) {
			continue // deleted since the listing
		}
		if err != nil {
			return nil, fmt.Errorf("list backups: %w", err)
		}
		f.size = info.Size()
		f.at = madeAt(f, info.ModTime())
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b backupFile) int {
		return cmp.Or(b.at.Compare(a.at), cmp.Compare(b.n, a.n), strings.Compare(b.file, a.file))
	})
	return out, nil
}

// backupPattern matches what follows "<base>-" in a backup's name.
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var backupPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(T\d{6})?(-before-v\d+|-before-restore)?(?:-(\d+))?\.db$`)
})

// parseBackupName reads a backup's kind and time from its name.
func parseBackupName(base, name string) (backupFile, bool) {
	rest, ok := strings.CutPrefix(name, base+"-")
	if !ok {
		return backupFile{}, false
	}
	m := backupPattern().FindStringSubmatch(rest)
	if m == nil {
		return backupFile{}, false
	}
	day, clock, tag, suffix := m[1], m[2], m[3], m[4]
	f := backupFile{file: name, n: 1}
	if suffix != "" {
		n, err := strconv.Atoi(suffix)
		if err != nil || n < 2 {
			return backupFile{}, false
		}
		f.n = n
	}
	switch {
	case clock == "" && tag == "" && suffix == "":
		f.kind = BackupDaily
	case clock != "" && tag == "":
		f.kind = BackupManual
	case clock == "" && strings.HasPrefix(tag, "-before-v"):
		f.kind = BackupBeforeMigration
	case clock != "" && tag == "-before-restore":
		f.kind = BackupBeforeRestore
	default:
		return backupFile{}, false
	}
	layout := backupDay
	if clock != "" {
		layout = backupTime
	}
	at, err := time.ParseInLocation(layout, day+clock, time.Local)
	if err != nil {
		return backupFile{}, false
	}
	f.at = at
	return f, true
}

// madeAt is when a backup was made: its name's time, made precise by the
// file's time when the name has only the day and the file is of that day
// (a file copied since has a later time, which says nothing).
func madeAt(f backupFile, modified time.Time) time.Time {
	if f.kind != BackupDaily && f.kind != BackupBeforeMigration {
		return f.at
	}
	if modified.In(time.Local).Format(backupDay) == f.at.Format(backupDay) {
		return modified
	}
	return f.at
}

// backupBase is what the names of the notebook's backups start with: its
// whole file name, so that notes.db and notes.bolt in one folder have
// backups of their own.
func backupBase(path string) string { return filepath.Base(path) }

// stemName is the notebook's file name without its extension, which an
// older lanyard named its backups after.
func stemName(path string) string {
	name := filepath.Base(path)
	if stem := strings.TrimSuffix(name, filepath.Ext(name)); stem != "" {
		return stem
	}
	return name
}

// sharesStem returns another file beside the notebook at path with the
// same name without extension (notes.bolt beside notes.db, or notes), ""
// if there is none: backups named by that stem may be either's.
func sharesStem(path string) string {
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return ""
	}
	name, stem := filepath.Base(path), stemName(path)
	for _, e := range entries {
		if other := filepath.Join(filepath.Dir(path), e.Name()); e.Name() != name && e.Type().IsRegular() && stemName(other) == stem {
			return other
		}
	}
	return ""
}
