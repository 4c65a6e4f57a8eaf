//go:build linux

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCompletionBesideTheRunningApp completes --talk while a lanyard has
// the notebook open: the talks come through that lanyard, as the reading
// commands' do, and the app goes on undisturbed.
func TestCompletionBesideTheRunningApp(t *testing.T) {
	bin := buildForPty(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	if err := os.Chmod(filepath.Dir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	importFixture(t, bin, db)
	closed := completions(t, db, "export", "--talk", "")
	privateRuntime(t)
	r := startPty(t, bin, db)
	r.waitFor("Pagers, Sleep and You", 5*time.Second)

	start := time.Now()
	open := completions(t, db, "export", "--talk", "")
	took := time.Since(start)
	if !slices.Equal(open, closed) || !slices.ContainsFunc(open, func(c string) bool { return strings.Contains(c, "\tPagers, Sleep and You") }) {
		t.Errorf("export --talk <tab> beside the app offered\n%q\nand with it closed\n%q", open, closed)
	}
	if took > time.Second {
		t.Errorf("completion beside the app took %v, more than the second bbolt waits for a lock: it did not go through the app", took)
	}
	r.typeBytes([]byte{0x03})
	if code := r.wait(5 * time.Second); code != 0 {
		t.Fatalf("lanyard exited %d; stderr %q", code, r.stderr.String())
	}
}
