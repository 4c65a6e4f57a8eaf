//go:build linux

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lanyard/store/owner"
)

// crashMessage is what lanyard says on stderr after recovering a panic.
var crashMessage = regexp.MustCompile(`lanyard: crashed; your notes are saved\. The details are in (\S+)\n`)

// TestPanicSavesTheNotesAndSaysWhereTheDetailsAre runs the binary with its
// test-only panic trigger armed in each place a panic can happen, types,
// and presses the trigger: lanyard must exit non-zero, having saved what
// was typed, restored the terminal, and written a crash file next to the
// notebook that it names.
func TestPanicSavesTheNotesAndSaysWhereTheDetailsAre(t *testing.T) {
	bin := buildForPty(t)
	for where, frame := range map[string]string{
		"update":    "(*panicTrigger).inUpdate",
		"view":      "(*panicTrigger).inView",
		"command":   "(*panicTrigger).command.func1",
		"goroutine": "(*panicTrigger).inUpdate.func1",
		"writer":    "(*Writer).panicIfAsked",
	} {
		t.Run(where, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "notes.db")
			r := startPty(t, bin, db, "LANYARD_TEST_PANIC="+where)
			r.waitFor("Untitled page", firstFrame)
			typed := "typed right before the crash"
			r.typeBytes([]byte(typed))
			r.typeBytes([]byte{0x1c}) // ctrl+\, the trigger
			if code := r.wait(exitLimit); code == 0 {
				t.Error("lanyard exited 0 after a panic")
			}
			r.assertTerminalSane()
			stderr := r.stderr.String()
			m := crashMessage.FindStringSubmatch(stderr)
			if m == nil {
				t.Fatalf("stderr does not say where the crash file is:\n%s", stderr)
			}
			assertCrashFile(t, m[1], dir, where, frame)
			if notes := notebookText(t, db); !strings.Contains(notes, typed) {
				t.Errorf("the notes typed before the panic are not saved; the notebook holds %q", notes)
			}
			if socket, err := owner.SocketPath(db); err != nil {
				t.Error(err)
			} else if _, err := os.Lstat(socket); !os.IsNotExist(err) {
				t.Errorf("the socket for other commands is left after the crash: %v", err)
			}
		})
	}
}

func assertCrashFile(t *testing.T, path, dir, where, frame string) {
	t.Helper()
	if filepath.Dir(path) != dir || !strings.HasPrefix(filepath.Base(path), "crash-") {
		t.Errorf("crash file %s; want a crash-….txt beside the notebook in %s", path, dir)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("crash file mode %v; want 0600", info.Mode().Perm())
	}
	report, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"panic: LANYARD_TEST_PANIC=" + where, "notes: all saved", "version: ", frame, "goroutine "} {
		if !strings.Contains(string(report), want) {
			t.Errorf("crash file lacks %q:\n%s", want, report)
		}
	}
}
