package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A burst of typing comes faster than frames are drawn (keys then share
// frames: see tui/pace.go). Whatever the burst, once it stops the screen
// shows its last characters without another key, and all of it reaches
// the notebook.
func TestABurstOfTypingEndsOnScreenAndOnDisk(t *testing.T) {
	bin := buildLanyard(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	importFixture(t, bin, db)
	s := startTmux(t, 120, 40, lanyardCmd(bin, db, "--now", "2026-03-03 09:50"))
	s.waitFor("Shipping on Fridays", 5*time.Second)
	var b strings.Builder
	for i := 0; b.Len() < 2000; i++ {
		fmt.Fprintf(&b, "w%04d ", i)
	}
	b.WriteString("burst-end")
	s.typeText(b.String())
	s.waitFor("burst-end", 10*time.Second)
	s.waitFor("✓ saved", 5*time.Second)
	s.keys("C-c")
	if !s.exited(3 * time.Second) {
		t.Fatal("lanyard did not quit on Ctrl+C")
	}
	md := runLanyard(t, bin, db, "export", "--day", "2026-03-03")
	if !strings.Contains(md, "- "+b.String()+"\n") {
		t.Errorf("the export lacks the burst of %d characters:\n%s", b.Len(), md)
	}
}
