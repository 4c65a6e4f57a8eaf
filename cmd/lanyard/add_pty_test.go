//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestAddShowsInTheOpenAppAtOnce runs lanyard add ten times beside the
// real app in tmux: each note is on the app's screen within 100 ms
// of the command returning, and the command returns only once the app has
// it on disk, within 250 ms. Times are the processes' own: the time a busy
// machine kept them waiting for a CPU is taken out.
func TestAddShowsInTheOpenAppAtOnce(t *testing.T) {
	bin := buildLanyard(t)
	db := filepath.Join(t.TempDir(), "notes.db")
	if err := os.Chmod(filepath.Dir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	importFixture(t, bin, db)
	s := startTmux(t, 100, 30, lanyardCmd(bin, db, "--now", "2026-03-03 09:15"))
	s.waitFor("Pagers, Sleep and You", 5*time.Second)
	s.typeText("typed by hand")
	s.waitFor("typed by hand", 3*time.Second)
	pid := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{pane_pid}"))
	app, err := strconv.Atoi(pid)
	if err != nil {
		t.Fatalf("tmux gave the pane's process as %q", pid)
	}

	const runs = 10
	var shown, returned []time.Duration
	for i := range runs {
		note := fmt.Sprintf("quick note %c%c", 'a'+i, 'z'-i)
		add := exec.Command(bin, "--db", db, "add", note)
		add.Env = append(os.Environ(), "GOMAXPROCS=1")
		appWaited := cpuWait(app)
		out, took, err := runOwnTime(add)
		back := time.Now()
		if err != nil || !strings.Contains(string(out), `added 1 bullet to "Pagers, Sleep and You" (09:10)`) {
			t.Fatalf("lanyard add %q: %v, said %q", note, err, out)
		}
		// The command waited for the app, whose waits for a CPU are not
		// time lanyard had either. The two wait at the same moments too
		// (the app's threads while the command's start), so only the
		// larger of the two counts: lanyard may have had less.
		took.waited = max(took.waited, cpuWait(app)-appWaited)
		returned = append(returned, took.own())

		appWaited = cpuWait(app)
		for !strings.Contains(s.screen(), "• "+note) {
			if time.Since(back) > 5*time.Second {
				t.Fatalf("%q never showed in the app:\n%s", note, s.screen())
			}
		}
		seen := ownTime{wall: time.Since(back), waited: cpuWait(app) - appWaited}
		shown = append(shown, max(seen.own(), 0))
		t.Logf("%q: command %v; on screen %v after it returned", note, took, seen)
	}
	slices.Sort(shown)
	slices.Sort(returned)
	t.Logf("median of %d: the note on disk when the command returns, after %v of its own; on screen %v after that",
		runs, returned[runs/2], shown[runs/2])
	if returned[runs/2] > 250*time.Millisecond {
		t.Errorf("lanyard add took %v (median) to have the note on disk; want 250 ms", returned[runs/2])
	}
	if shown[runs/2] > 100*time.Millisecond {
		t.Errorf("the note showed %v (median) after lanyard add returned; want 100 ms", shown[runs/2])
	}

	s.keys("C-c")
	if !s.exited(3 * time.Second) {
		t.Fatal("lanyard did not quit on Ctrl+C")
	}
	want := []string{"typed by hand"}
	for i := range runs {
		want = append(want, fmt.Sprintf("quick note %c%c", 'a'+i, 'z'-i))
	}
	if got := notesOf(t, db, talkID(t, db, "Pagers, Sleep and You")); !slices.Equal(got, want) {
		t.Errorf("notes on disk:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
