//go:build linux

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
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
	r := startPty(t, bin, db)
	r.waitFor("Pagers, Sleep and You", 5*time.Second)
	r.typeBytes([]byte("typed just now\rand nested\t"))
	r.waitFor("and nested", 3*time.Second)

	info, err := os.Lstat(db + ".sock")
	if err != nil || info.Mode().Type() != os.ModeSocket || info.Mode().Perm() != 0o600 {
		t.Fatalf("beside the notebook, in its private folder, the app's socket is %v, %v; want a socket of mode 0600", info, err)
	}
	open := besideOutputs(t, db, t.TempDir())
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
