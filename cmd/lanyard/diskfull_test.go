package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui"
	"lanyard/tui/status"
)

// A real full disk while typing: the notebook on a tmpfs of 1 MB, filled
// up by another file, as a laptop's disk fills during a long day. The
// test mounts the tmpfs in a mount namespace of its own, which needs
// unshare(1) and user namespaces (or root); without them it is skipped.
// The store's own tests inject the same faults (full, read-only) on any
// machine.

// tmpfsEnv names the tmpfs mounted for the test in the child process.
const tmpfsEnv = "LANYARD_TEST_TMPFS"

// mountFailed is the child's exit code when the tmpfs could not be mounted.
const mountFailed = 97

func TestAFullDiskWhileTypingIsShownAndNothingIsLost(t *testing.T) {
	dir := os.Getenv(tmpfsEnv)
	if dir == "" {
		runInTmpfs(t)
		return
	}
	typeOnAFullDisk(t, dir)
}

// runInTmpfs runs this test again in a child process with a private tmpfs
// mounted, and reports its result.
func runInTmpfs(t *testing.T) {
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("unshare is not installed")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	mnt := t.TempDir()
	script := fmt.Sprintf(`mount -t tmpfs -o size=1m lanyard-test "$0" || exit %d; exec "$@"`, mountFailed)
	cmd := exec.Command("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, mnt,
		exe, "-test.run=^"+t.Name()+"$", "-test.v", "-test.count=1")
	// Go on one thread at a time, so that the waits for a CPU the test
	// takes off its clock add up to the time it lost and no more.
	cmd.Env = append(os.Environ(), tmpfsEnv+"="+mnt, "GOMAXPROCS=1")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() == mountFailed,
		err != nil && strings.Contains(string(out), "unshare failed"):
		t.Skipf("cannot mount a tmpfs here: %s", strings.TrimSpace(string(out)))
	case err != nil:
		t.Fatalf("the test on a tmpfs failed: %v\n%s", err, out)
	}
	t.Logf("on a tmpfs:\n%s", out)
}

// fullDisk is the notebook open on the tmpfs, the writer, and the UI fed
// with the writer's reports as the program's forwarder feeds it.
type fullDisk struct {
	t       *testing.T
	dir     string
	nb      *store.Notebook
	writer  *store.Writer
	reports chan status.SaveMsg
	last    status.SaveMsg // the last report handed to the UI
	model   tea.Model
	talk    uint64
	notes   *doc.Outline // the outline the UI edits, the truth in memory
}

func typeOnAFullDisk(t *testing.T, dir string) {
	d := openForTyping(t, dir)
	d.typeText("before the disk filled")
	d.waitStatus("everything saved", 10*time.Second, saved)

	filler := d.fill()
	// Small commits may still fit in pages bbolt freed; a paste of notes
	// needs new ones, which the full disk cannot give.
	// The failure is on screen within 2 s of lanyard's own time: by the
	// clock, less what its threads waited for a CPU on a busy machine.
	waited, pasted := cpuWait(os.Getpid()), time.Now()
	d.model, _ = d.model.Update(tea.PasteMsg{Content: someNotes(3000)})
	d.waitStatus("NOT SAVED", 30*time.Second, func(s status.SaveMsg) bool { return s.Err != nil })
	shown := ownTime{wall: time.Since(pasted), waited: cpuWait(os.Getpid()) - waited}
	t.Logf("the failed commit was on screen %v after the paste", shown)
	if shown.own() > 2*time.Second {
		t.Errorf("the failed commit was on screen %v after the paste, want within 2s", shown)
	}
	d.checkScreen("NOT SAVED: disk full")
	if !errors.Is(d.last.Err, syscall.ENOSPC) {
		t.Logf("the store's error %v does not wrap ENOSPC; the bar found the words", d.last.Err)
	}

	d.typeText(" still typing")
	d.checkScreen("still typing")

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	d.waitStatus("saved once there is space", 30*time.Second, saved)
	d.checkScreen("✓ saved")
	d.reopenAndCompare()
}

func openForTyping(t *testing.T, dir string) *fullDisk {
	path := filepath.Join(dir, "notes.db")
	nb, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now().Truncate(time.Minute)
	ev, err := nb.CreateEvent(sched.Event{Name: "Tmpfs Days", TZ: "UTC", Days: []sched.Day{{
		Date:  start.UTC().Format(sched.DateLayout),
		Talks: []sched.Talk{{Title: "Filling disks", Kind: sched.KindTalk, Start: start, End: start.Add(time.Hour)}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	talk := ev.Days[0].Talks[0].ID
	notes, err := nb.LoadOutline(talk)
	if err != nil {
		t.Fatal(err)
	}
	d := &fullDisk{t: t, dir: dir, nb: nb, reports: make(chan status.SaveMsg, 1024), talk: talk, notes: notes}
	d.writer = nb.NewWriter(func(s store.WriterStatus) {
		d.reports <- saveMsgOf(s)
	})
	t.Cleanup(func() {
		if err := d.writer.Close(); err != nil {
			t.Error(err)
		}
		if err := d.nb.Close(); err != nil {
			t.Error(err)
		}
	})
	d.model = tui.New(tui.Config{Event: ev, Talk: talk, Outline: notes, Loader: nb, Saver: d.writer})
	d.model, _ = d.model.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	return d
}

func (d *fullDisk) typeText(s string) {
	for _, r := range s {
		d.model, _ = d.model.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func saved(s status.SaveMsg) bool { return s.Err == nil && s.Pending == 0 && !s.Saved.IsZero() }

// waitStatus hands the writer's reports to the UI until one satisfies ok.
func (d *fullDisk) waitStatus(what string, limit time.Duration, ok func(status.SaveMsg) bool) {
	d.t.Helper()
	timeout := time.After(limit)
	for {
		select {
		case s := <-d.reports:
			d.model, _ = d.model.Update(s)
			d.last = s
			if ok(s) {
				return
			}
		case <-timeout:
			d.t.Fatalf("no report %s within %v; screen:\n%s", what, limit, d.screen())
		}
	}
}

func (d *fullDisk) screen() string { return ansi.Strip(d.model.View().Content) }

func (d *fullDisk) checkScreen(want string) {
	d.t.Helper()
	if got := d.screen(); !strings.Contains(got, want) {
		d.t.Errorf("the screen does not show %q:\n%s", want, got)
	}
}

// fill writes a file until the tmpfs is full and returns its path.
func (d *fullDisk) fill() string {
	d.t.Helper()
	path := filepath.Join(d.dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		d.t.Fatal(err)
	}
	chunk := make([]byte, 4096)
	for {
		if _, err = f.Write(chunk); err != nil {
			break
		}
	}
	if !errors.Is(err, syscall.ENOSPC) {
		d.t.Fatalf("filling the tmpfs stopped with %v, want ENOSPC", err)
	}
	if err := f.Close(); err != nil && !errors.Is(err, syscall.ENOSPC) {
		d.t.Fatal(err)
	}
	return path
}

// reopenAndCompare closes the notebook and checks that the file holds the
// outline the UI has in memory, bullet for bullet.
func (d *fullDisk) reopenAndCompare() {
	d.t.Helper()
	if err := d.writer.Close(); err != nil {
		d.t.Fatalf("close writer: %v", err)
	}
	path := d.nb.Path()
	if err := d.nb.Close(); err != nil {
		d.t.Fatal(err)
	}
	nb, err := store.Open(path)
	if err != nil {
		d.t.Fatal(err)
	}
	d.nb = nb
	d.writer = nb.NewWriter(nil) // for the cleanup
	stored, err := nb.LoadOutline(d.talk)
	if err != nil {
		d.t.Fatal(err)
	}
	want, got := d.notes.Nodes(), stored.Nodes()
	if len(got) != len(want) {
		d.t.Fatalf("the notebook holds %d bullets, the screen had %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Text != want[i].Text || got[i].Parent != want[i].Parent || got[i].Order != want[i].Order {
			d.t.Fatalf("bullet %d on disk is %q (parent %d), in memory %q (parent %d)",
				i, got[i].Text, got[i].Parent, want[i].Text, want[i].Parent)
		}
	}
}

// someNotes is n lines of invented notes, nested by two-space indents.
func someNotes(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s- note %d: the queue grew while the consumers slept\n", strings.Repeat("  ", i%3), i)
	}
	return b.String()
}
