package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// These tests drive the real binary in tmux, as a person would: they type,
// quit, kill and reopen, and read the screen. CI installs tmux; without it
// they are skipped.

// buildLanyard compiles the command once per test binary run.
func buildLanyard(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	bin := filepath.Join(t.TempDir(), "lanyard")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// tmux is one tmux session on a private server.
type tmux struct {
	t      *testing.T
	socket string
	name   string
}

func startTmux(t *testing.T, width, height int, command string) *tmux {
	t.Helper()
	// The server's name is the test's own: two test runs on one machine
	// (each numbering its folders from 001) must not share a server.
	s := &tmux{t: t, socket: fmt.Sprintf("lanyard-test-%d-%s", os.Getpid(), filepath.Base(t.TempDir())), name: "t"}
	s.run("new-session", "-d", "-s", s.name, "-x", strconv.Itoa(width), "-y", strconv.Itoa(height), command)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	return s
}

func (s *tmux) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends named keys ("Enter", "Tab", "BTab", "C-c").
func (s *tmux) keys(keys ...string) { s.run(append([]string{"send-keys", "-t", s.name}, keys...)...) }

// typeText types text literally.
func (s *tmux) typeText(text string) { s.run("send-keys", "-t", s.name, "-l", text) }

func (s *tmux) screen() string { return s.run("capture-pane", "-p", "-t", s.name) }

// waitFor polls the screen until it holds want.
func (s *tmux) waitFor(want string, within time.Duration) string {
	s.t.Helper()
	deadline := time.Now().Add(within)
	for {
		screen := s.screen()
		if strings.Contains(screen, want) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("screen never showed %q; it shows:\n%s", want, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// exited reports whether the session's program has ended.
func (s *tmux) exited(within time.Duration) bool {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if exec.Command("tmux", "-L", s.socket, "has-session", "-t", s.name).Run() != nil {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

// lanyardCmd is a shell command line that runs the binary on db.
func lanyardCmd(bin, db string, args ...string) string {
	parts := []string{quote(bin), "--db", quote(db)}
	for _, a := range args {
		parts = append(parts, quote(a))
	}
	return strings.Join(parts, " ")
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// run runs the binary to completion and returns its output.
func runLanyard(t *testing.T, bin, db string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
	cmd.Env = append(os.Environ(), "TZ=Asia/Tokyo") // venue time must not depend on the laptop's zone
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("lanyard %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func importFixture(t *testing.T, bin, db string) {
	t.Helper()
	out := runLanyard(t, bin, db, "import", "schedule", "testdata/harbour.txt", "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	if !strings.Contains(out, "over 2 days") {
		t.Fatalf("import summary: %s", out)
	}
}

// TestNotesSurviveQuitAndShowInExport is the first day of a new user:
// import a schedule, open lanyard inside a talk, type a three-level
// outline, quit, open again and see it, export it with its nesting.
func TestNotesSurviveQuitAndShowInExport(t *testing.T) {
	bin := buildLanyard(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	importFixture(t, bin, db)

	s := startTmux(t, 120, 40, lanyardCmd(bin, db, "--now", "2026-03-03 09:50"))
	s.waitFor("Shipping on Fridays", 5*time.Second)
	s.typeText("friday deploys")
	s.keys("Enter", "Tab")
	s.typeText("need good rollback")
	s.keys("Enter", "Tab")
	s.typeText("feature flags")
	s.keys("Enter", "BTab", "BTab")
	s.typeText("questions")
	s.waitFor("✓ saved", 3*time.Second)
	s.keys("C-c")
	if !s.exited(3 * time.Second) {
		t.Fatal("lanyard did not quit on Ctrl+C")
	}
	// The first run of the day backed the notebook up beside it.
	daily := filepath.Join(filepath.Dir(db), "backups", "notes.db-"+time.Now().Format("2006-01-02")+".db")
	if _, err := os.Stat(daily); err != nil {
		t.Errorf("no daily backup after a run: %v", err)
	}

	s = startTmux(t, 60, 20, lanyardCmd(bin, db, "--now", "2026-03-03 09:50"))
	screen := s.waitFor("feature flags", 5*time.Second)
	for _, want := range []string{"• friday deploys", "  ◦ need good rollback", "    • feature flags", "• questions"} {
		if !strings.Contains(screen, want) {
			t.Errorf("reopened screen lacks %q:\n%s", want, screen)
		}
	}
	s.keys("C-c")
	s.exited(3 * time.Second)

	md := runLanyard(t, bin, db, "export", "--day", "2026-03-03")
	want := "- friday deploys\n  - need good rollback\n    - feature flags\n- questions\n"
	if !strings.Contains(md, want) || !strings.Contains(md, "### Tom Ashby – Shipping on Fridays") {
		t.Errorf("export lacks the nested notes %q:\n%s", want, md)
	}
}

// TestKillNineLosesNothingOlderThanAQuarterSecond kills lanyard without
// warning once it has had a quarter of a second of its own since it drew
// what was typed: the time a busy machine kept it waiting for a CPU is not
// time it had.
func TestKillNineLosesNothingOlderThanAQuarterSecond(t *testing.T) {
	bin := buildLanyard(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	importFixture(t, bin, db)
	s := startTmux(t, 100, 30, lanyardCmd(bin, db, "--now", "2026-03-03 09:15"))
	s.waitFor("Pagers, Sleep and You", 5*time.Second)
	pid := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{pane_pid}"))
	lanyard, err := strconv.Atoi(pid)
	if err != nil {
		t.Fatalf("tmux gave the pane's process as %q", pid)
	}
	s.typeText("typed before the crash")
	s.waitFor("typed before the crash", 2*time.Second)
	shown, waited := time.Now(), cpuWait(lanyard)
	had := waitOwnTime(lanyard, shown, waited, 250*time.Millisecond)
	t.Logf("killed after %v", had)
	if out, err := exec.Command("kill", "-9", pid).CombinedOutput(); err != nil {
		t.Fatalf("kill -9 %s: %v %s", pid, err, out)
	}
	md := runLanyard(t, bin, db, "export")
	if !strings.Contains(md, "- typed before the crash") {
		t.Fatalf("the notes typed 250 ms before kill -9 are gone:\n%s", md)
	}
}

// TestSecondLanyardIsToldTheNotebookIsOpen runs two on one notebook.
func TestSecondLanyardIsToldTheNotebookIsOpen(t *testing.T) {
	bin := buildLanyard(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	importFixture(t, bin, db)
	s := startTmux(t, 100, 30, lanyardCmd(bin, db, "--now", "2026-03-03 09:15"))
	s.waitFor("Pagers, Sleep and You", 5*time.Second)

	// Timed in its own time: by the clock less its waits for a CPU, which
	// add up truly when Go runs on one thread at a time.
	second := exec.Command(bin, "--db", db, "--now", "2026-03-03 09:15")
	second.Env = append(os.Environ(), "GOMAXPROCS=1")
	out, took, err := runOwnTime(second)
	exit, ok := err.(*exec.ExitError)
	if !ok || exit.ExitCode() != 1 {
		t.Fatalf("second lanyard: err %v, want exit status 1; output:\n%s", err, out)
	}
	if !strings.Contains(string(out), "open in another lanyard") {
		t.Errorf("second lanyard said %q; want it to say the notebook is open elsewhere", out)
	}
	t.Logf("the second lanyard gave up after %v", took)
	if took.own() > 1500*time.Millisecond {
		t.Errorf("second lanyard took %v to give up", took)
	}
	s.keys("C-c")
	s.exited(3 * time.Second)
}
