package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

// crashFileLayout names crash files by the local time of the crash, to
// the second: crash-2026-11-23T103000.txt.
const crashFileLayout = "2006-01-02T150405"

// crashedError is what lanyard reports after recovering from a panic: the
// notes are saved (or why not) and the details are in a file.
type crashedError struct {
	// path is the crash file, empty if none could be written.
	path string
	// saveErr is why the notes could not all be saved, nil if they were.
	saveErr error
	// writeErr is why the crash file could not be written; the report
	// then goes to stderr with this error.
	writeErr error
	report   string
}

func (e *crashedError) Error() string {
	saved := "your notes are saved"
	if e.saveErr != nil {
		saved = fmt.Sprintf("and NOT all your notes could be saved (%v)", e.saveErr)
	}
	if e.path == "" {
		return fmt.Sprintf("crashed; %s. The crash file could not be written (%v); the details:\n%s", saved, e.writeErr, e.report)
	}
	return fmt.Sprintf("crashed; %s. The details are in %s", saved, e.path)
}

func (e *crashedError) Unwrap() error { return e.saveErr }

// reportCrash writes the crash file into dir, or the temporary folder if
// dir cannot take it, and returns the error runTUI reports.
func reportCrash(c *crash, dir string, saveErr error) error {
	report := crashReport(c, saveErr)
	path, err := writeCrashFile(dir, c.at, report)
	if err != nil {
		var errTemp error
		if path, errTemp = writeCrashFile(os.TempDir(), c.at, report); errTemp != nil {
			return &crashedError{saveErr: saveErr, writeErr: errors.Join(err, errTemp), report: report}
		}
	}
	return &crashedError{path: path, saveErr: saveErr}
}

// crashReport is the text of a crash file: enough to file a bug without
// asking the user anything.
func crashReport(c *crash, saveErr error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lanyard crashed at %s\n", c.at.Format(time.RFC3339))
	fmt.Fprintf(&b, "version: %s\n", buildVersion())
	fmt.Fprintf(&b, "go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&b, "in: %s\n", c.where)
	if saveErr != nil {
		fmt.Fprintf(&b, "notes: NOT all saved: %v\n", saveErr)
	} else {
		b.WriteString("notes: all saved\n")
	}
	fmt.Fprintf(&b, "\npanic: %v\n\n%s", c.value, c.stack)
	return b.String()
}

// buildVersion describes the binary from its build information: module
// version and, where the build recorded them, the commit and whether the
// tree had changes.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision", "vcs.time", "vcs.modified":
			v += " " + s.Key + "=" + s.Value
		}
	}
	return v
}

// writeCrashFile writes report to a new file in dir, readable only by the
// user (a stack can hold bits of notes), never over an older crash file.
func writeCrashFile(dir string, at time.Time, report string) (string, error) {
	base := "crash-" + at.Format(crashFileLayout)
	for n := 1; n <= 100; n++ {
		name := base + ".txt"
		if n > 1 {
			name = fmt.Sprintf("%s-%d.txt", base, n)
		}
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("crash file: %w", err)
		}
		_, err = f.WriteString(report)
		if errClose := f.Close(); err == nil {
			err = errClose
		}
		if err != nil {
			return "", fmt.Errorf("crash file %s: %w", path, err)
		}
		return path, nil
	}
	return "", fmt.Errorf("crash file: %s: a hundred crashes this second already", filepath.Join(dir, base))
}
