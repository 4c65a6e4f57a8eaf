//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"lanyard/store/owner"
)

// besideCommands are the commands that work beside a running lanyard,
// each with the arguments that show what it reads.
var besideCommands = [][]string{
	{"talks"},
	{"talks", "--json"},
	{"talks", "--day", "2"},
	{"events"},
	{"export"},
	{"export", "--day", "2026-03-03", "--front-matter"},
	{"check"},
	{"backup"},
}

// backupStamp is the time in the name of a backup lanyard backup makes,
// with the "-2" of a second one in the same second: all that differs
// between two backups of one notebook.
var backupStamp = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d{6}(-\d+)?\.db`)

// besideOutputs runs the commands and returns what each wrote, the
// exported file of export -o included.
func besideOutputs(t *testing.T, db, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, args := range besideCommands {
		got[strings.Join(args, " ")] = backupStamp.ReplaceAllString(mustLanyard(t, db, args...), "STAMP.db")
	}
	file := filepath.Join(dir, "day1.md")
	got["export -o"] = mustLanyard(t, db, "export", "--day", "1", "-o", file)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("export -o wrote no file: %v", err)
	}
	got["export -o: the file"] = string(data)
	return got
}

// TestCommandsBesideTheRunningApp runs the reading commands beside a
// lanyard that has the notebook open, with notes typed a moment before,
// then again once it has quit: each says the same, word for word. The
// writing ones refuse while it runs, saying why, and change nothing.
func TestCommandsBesideTheRunningApp(t *testing.T) {
	bin := buildForPty(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	// A notebook's folder as lanyard makes it: the user's alone.
	if err := os.Chmod(filepath.Dir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	importFixture(t, bin, db)
	runtime := privateRuntime(t)
	r := startPty(t, bin, db)
	r.waitFor("Pagers, Sleep and You", 5*time.Second)
	r.typeBytes([]byte("typed just now\rand nested\t"))
	r.waitFor("and nested", 3*time.Second)

	info, err := os.Lstat(db + ".sock")
	if err != nil || info.Mode().Type() != os.ModeSocket || info.Mode().Perm() != 0o600 {
		t.Fatalf("beside the notebook, in its private folder, the app's socket is %v, %v; want a socket of mode 0600", info, err)
	}
	open := besideOutputs(t, db, t.TempDir())
	if left, err := filepath.Glob(filepath.Join(runtime, "lanyard", "*")); err != nil || len(left) > 0 {
		t.Errorf("the commands left %q (%v) in lanyard's private folder; want the copies they read removed", left, err)
	}
	if !strings.Contains(open["export"], "typed just now") {
		t.Errorf("export beside the app lacks the notes typed a moment before:\n%s", open["export"])
	}
	talksBefore := open["talks"]
	for _, args := range [][]string{
		{"import", "schedule", "testdata/harbour.txt", "--event", "Another"},
		{"import", "notes", "testdata/harbour.txt"},
		{"restore", "1"},
	} {
		msg := mustFail(t, db, args...)
		if !strings.Contains(msg, "lanyard is open on "+db+" (pid ") || !strings.Contains(msg, "quit it") {
			t.Errorf("lanyard %v beside the app says %q; want that lanyard is open on the notebook, with its pid, and to quit it", args, msg)
		}
	}
	if after := mustLanyard(t, db, "talks"); after != talksBefore {
		t.Errorf("a refused command changed the notebook: talks was\n%s\nand is\n%s", talksBefore, after)
	}

	r.typeBytes([]byte{0x03}) // ctrl+c quits
	if code := r.wait(5 * time.Second); code != 0 {
		t.Fatalf("lanyard exited %d; stderr %q", code, r.stderr.String())
	}
	if _, err := os.Lstat(db + ".sock"); !os.IsNotExist(err) {
		t.Errorf("the socket is still there after quitting: %v", err)
	}
	closed := besideOutputs(t, db, t.TempDir())
	for name, want := range closed {
		if open[name] != want {
			t.Errorf("lanyard %s beside the app said\n%s\nand with it closed\n%s", name, open[name], want)
		}
	}
}

// TestASocketLeftByACrashIsPassedBy: a lanyard killed outright leaves
// its socket; the commands read the notebook themselves, and the next
// lanyard replaces it.
func TestASocketLeftByACrashIsPassedBy(t *testing.T) {
	bin := buildForPty(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	importFixture(t, bin, db)
	want := mustLanyard(t, db, "talks")
	socket, err := owner.SocketPath(db)
	if err != nil {
		t.Fatal(err)
	}
	r := startPty(t, bin, db)
	r.waitFor("Pagers, Sleep and You", 5*time.Second)
	r.signal(syscall.SIGKILL)
	r.wait(5 * time.Second)
	if info, err := os.Lstat(socket); err != nil || info.Mode().Type() != os.ModeSocket {
		t.Fatalf("a killed lanyard left %v, %v at %s; want its socket", info, err, socket)
	}
	if got := mustLanyard(t, db, "talks"); got != want {
		t.Errorf("talks beside a dead socket says\n%s\nwant\n%s", got, want)
	}
	r = startPty(t, bin, db)
	r.waitFor("Pagers, Sleep and You", 5*time.Second)
	if got := mustLanyard(t, db, "talks"); got != want {
		t.Errorf("talks beside the lanyard started after a crash says\n%s\nwant\n%s", got, want)
	}
	waitForBackup(t, db)
	msg := mustFail(t, db, "restore", "1")
	if !strings.Contains(msg, fmt.Sprintf("(pid %d)", r.cmd.Process.Pid)) {
		t.Errorf("restore beside the new lanyard says %q; want its pid, %d", msg, r.cmd.Process.Pid)
	}
}

// TestAFileInTheSocketsPlaceIsNamed: the commands do not talk to what is
// not a socket of the user's, and say where it is.
func TestAFileInTheSocketsPlaceIsNamed(t *testing.T) {
	db := importHarbour(t)
	socket, err := owner.SocketPath(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(socket, []byte("not a socket"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.Remove(socket); err != nil {
			t.Error(err)
		}
	})
	for _, args := range [][]string{{"talks"}, {"export"}, {"check"}, {"backup"}} {
		if msg := mustFail(t, db, args...); !strings.Contains(msg, socket) || !strings.Contains(msg, "not a socket") {
			t.Errorf("lanyard %v with a file in the socket's place says %q; want it named as not a socket", args, msg)
		}
	}
}

// TestTheAppRunsWhenItCannotServe: a file in the socket's place keeps
// the commands out, not the user: lanyard runs, leaves the file, and says
// why when it ends.
func TestTheAppRunsWhenItCannotServe(t *testing.T) {
	bin := buildForPty(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	importFixture(t, bin, db)
	socket, err := owner.SocketPath(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(socket, []byte("not a socket"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.Remove(socket); err != nil {
			t.Error(err)
		}
	})
	r := startPty(t, bin, db)
	r.waitFor("Pagers, Sleep and You", 5*time.Second)
	r.waitFor("commands can't reach this lanyard", 5*time.Second) // in the status bar
	r.typeBytes([]byte{0x03})
	if code := r.wait(5 * time.Second); code != 0 {
		t.Fatalf("lanyard exited %d; stderr %q", code, r.stderr.String())
	}
	if msg := r.stderr.String(); !strings.Contains(msg, "could not reach this one") || !strings.Contains(msg, socket) {
		t.Errorf("lanyard said %q on stderr; want why other commands could not reach it, naming %s", msg, socket)
	}
	if data, err := os.ReadFile(socket); err != nil || string(data) != "not a socket" {
		t.Errorf("the file in the socket's place is now %q, %v", data, err)
	}
}

// privateRuntime gives the test a runtime folder of its own, where the
// commands put the copies they read: what they leave there is theirs.
func privateRuntime(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "ly") // short: socket paths have a limit
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	t.Setenv("XDG_RUNTIME_DIR", dir)
	return dir
}
