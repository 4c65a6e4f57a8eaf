package main

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func sampleCrash() *crash {
	return &crash{where: "Update", value: "index out of range", stack: []byte("goroutine 1 [running]:\nmain.frame()\n"),
		at: time.Date(2026, 11, 23, 10, 30, 0, 0, time.Local)}
}

func TestCrashFileHoldsTheStackAndIsTheUsersOnly(t *testing.T) {
	dir := t.TempDir()
	err := reportCrash(sampleCrash(), dir, nil)
	var crashed *crashedError
	if !errors.As(err, &crashed) {
		t.Fatalf("reportCrash gave %v", err)
	}
	want := filepath.Join(dir, "crash-2026-11-23T103000.txt")
	if crashed.path != want {
		t.Errorf("crash file %s; want %s", crashed.path, want)
	}
	if msg := err.Error(); msg != "crashed; your notes are saved. The details are in "+want {
		t.Errorf("message %q", msg)
	}
	text, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"in: Update", "panic: index out of range", "main.frame()", "notes: all saved", "version: ", runtime.Version()} {
		if !strings.Contains(string(text), part) {
			t.Errorf("crash file lacks %q:\n%s", part, text)
		}
	}
	if runtime.GOOS != "windows" {
		if info, err := os.Stat(want); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("crash file mode %v (%v); want 0600", info.Mode(), err)
		}
	}
}

func TestSecondCrashInASecondGetsItsOwnFile(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for range 3 {
		path, err := writeCrashFile(dir, sampleCrash().at, "report")
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, filepath.Base(path))
	}
	want := []string{"crash-2026-11-23T103000.txt", "crash-2026-11-23T103000-2.txt", "crash-2026-11-23T103000-3.txt"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("files %v; want %v", paths, want)
	}
}

func TestCrashSaysWhenNotesWereNotSaved(t *testing.T) {
	err := reportCrash(sampleCrash(), t.TempDir(), errors.New("close writer: 3 changes not saved: disk full"))
	msg := err.Error()
	if strings.Contains(msg, "your notes are saved") || !strings.Contains(msg, "NOT all your notes could be saved") || !strings.Contains(msg, "disk full") {
		t.Errorf("message %q; want it to say the notes were not all saved, and why", msg)
	}
	var crashed *crashedError
	if !errors.As(err, &crashed) {
		t.Fatal(err)
	}
	if text, err := os.ReadFile(crashed.path); err != nil || !strings.Contains(string(text), "notes: NOT all saved: close writer: 3 changes") {
		t.Errorf("crash file (%v):\n%s", err, text)
	}
}

func TestCrashFileFallsBackToTheTemporaryFolder(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp) // Windows
	err := reportCrash(sampleCrash(), filepath.Join(t.TempDir(), "gone"), nil)
	var crashed *crashedError
	if !errors.As(err, &crashed) || filepath.Dir(crashed.path) != tmp {
		t.Fatalf("reportCrash gave %v; want a crash file in %s", err, tmp)
	}
}

func TestCrashWithNowhereToWriteTellsTheDetails(t *testing.T) {
	gone := filepath.Join(t.TempDir(), "gone")
	t.Setenv("TMPDIR", gone)
	t.Setenv("TMP", gone)
	msg := reportCrash(sampleCrash(), gone, nil).Error()
	for _, part := range []string{"your notes are saved", "could not be written", "panic: index out of range", "main.frame()"} {
		if !strings.Contains(msg, part) {
			t.Errorf("message lacks %q:\n%s", part, msg)
		}
	}
}
