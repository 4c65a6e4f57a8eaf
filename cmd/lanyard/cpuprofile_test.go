package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// LANYARD_CPUPROFILE makes the real binary write a profile of the whole
// run, the interface included, once the user quits.
func TestTheCPUProfileCoversARunOfTheInterface(t *testing.T) {
	bin := buildLanyard(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	importFixture(t, bin, db)
	prof := filepath.Join(t.TempDir(), "start.prof")
	s := startTmux(t, 120, 40, cpuProfileEnv+"="+quote(prof)+" "+lanyardCmd(bin, db, "--now", "2026-03-03 09:50"))
	s.waitFor("Shipping on Fridays", 10*time.Second)
	s.keys("C-c")
	if !s.exited(10 * time.Second) {
		t.Fatalf("lanyard did not quit; the screen shows:\n%s", s.screen())
	}
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	// A profile is gzipped protobuf: go tool pprof reads it.
	if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) || len(b) < 100 {
		t.Errorf("the profile is %d bytes, beginning %q: not a finished profile", len(b), b[:min(len(b), 8)])
	}
}

// A profile that cannot be written is said, and the run goes on.
func TestACPUProfileThatCannotBeWrittenIsSaid(t *testing.T) {
	var stderr bytes.Buffer
	stop := startCPUProfile(t.TempDir(), &stderr) // a folder, not a file
	stop()
	if !strings.Contains(stderr.String(), cpuProfileEnv) {
		t.Errorf("stderr says %q; want it to name %s", &stderr, cpuProfileEnv)
	}
	stderr.Reset()
	startCPUProfile("", &stderr)()
	if stderr.Len() != 0 {
		t.Errorf("without the variable, stderr says %q", &stderr)
	}
}
