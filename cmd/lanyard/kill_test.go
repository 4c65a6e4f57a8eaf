//go:build linux

package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// These tests kill the real binary while it is being typed into: with
// SIGKILL at random moments, where nothing typed more than 250 ms before
// may be lost, and with SIGTERM, SIGHUP and SIGINT, where nothing at all
// may be lost and the terminal must be left as it was found.
//
// What they type, for how long and with what gaps comes from a seed each
// test logs ("seed N"). To replay a failure, run it again with that seed:
//
//	LANYARD_KILL_SEED=N go test -run 'TestKill/SIGKILL' ./cmd/lanyard
//
// The replay types the same keys and aims the kills at the same moments;
// the machine's timing, how soon lanyard reads and commits, is its own.

// killSeedEnv names the variable that replays a seed.
const killSeedEnv = "LANYARD_KILL_SEED"

const (
	// savePromise is how old a keystroke may be and still be lost to
	// SIGKILL: the writer commits within 250 ms.
	savePromise = 250 * time.Millisecond
	// kills is how many times the SIGKILL test kills lanyard.
	kills = 50
	// signalRounds is how many times each signal test signals lanyard.
	signalRounds = 5
	// firstFrame and exitLimit bound waits for lanyard to start and to
	// exit: generous, for a machine busy with other tests.
	firstFrame = 10 * time.Second
	exitLimit  = 10 * time.Second
)

// buildForPty compiles the command for the tests that run it on a
// pseudo-terminal.
func buildForPty(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lanyard")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestKill is the kill tests, on one build of the binary.
func TestKill(t *testing.T) {
	bin := buildForPty(t)
	t.Run("SIGKILL at random moments loses nothing older than 250 ms", func(t *testing.T) {
		testSIGKILL(t, bin)
	})
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run(sig.String()+" loses nothing and restores the terminal", func(t *testing.T) {
			testSignalLosesNothing(t, bin, sig)
		})
	}
	t.Run("closing the terminal saves what lanyard read", func(t *testing.T) {
		testHangup(t, bin)
	})
}

// killSeed returns the seed of a kill test's randomness, from
// LANYARD_KILL_SEED if it is set, else from the clock, and logs it.
func killSeed(t *testing.T) uint64 {
	t.Helper()
	v := os.Getenv(killSeedEnv)
	if v == "" {
		seed := uint64(time.Now().UnixNano())
		t.Logf("seed %d (replay with %s=%d)", seed, killSeedEnv, seed)
		return seed
	}
	seed, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		t.Fatalf("%s=%q is not a seed: give the number a kill test logged", killSeedEnv, v)
	}
	t.Logf("seed %d, from %s", seed, killSeedEnv)
	return seed
}

// TestAKillSeedReplaysTheTyping checks what a logged seed is for: given
// in LANYARD_KILL_SEED, it makes the typist type the same keys again.
func TestAKillSeedReplaysTheTyping(t *testing.T) {
	t.Setenv(killSeedEnv, "20261204")
	typed := func() string {
		rng := rand.New(rand.NewPCG(killSeed(t), 7))
		tp := &typist{rng: rng}
		var keys []byte
		for range 200 {
			keys = append(keys, tp.next()...)
		}
		return fmt.Sprintf("%d %q", rng.IntN(700), keys)
	}
	if first, again := typed(), typed(); first != again {
		t.Errorf("one seed typed two texts:\n%s\n%s", first, again)
	}
}

// killStats adds up the SIGKILL rounds for the log.
type killStats struct {
	// typed counts keys; old those typed over savePromise before a kill
	// by the clock, oldLost those of them lost, which the test excused
	// because lanyard had waited for a CPU (at most maxStarved in a
	// round); atRisk the younger ones, riskSaved those saved anyway.
	typed, old, oldLost, atRisk, riskSaved int
	maxStarved                             time.Duration
}

// testSIGKILL kills lanyard at random moments while typing into it, on one
// notebook, and after each kill opens the notebook and looks for every key
// lanyard had savePromise to save.
func testSIGKILL(t *testing.T, bin string) {
	db := filepath.Join(ramDir(t), "notes.db")
	seed := killSeed(t)
	rng := rand.New(rand.NewPCG(seed, 7))
	var st killStats
	began := time.Now()
	for round := range kills {
		r := startPty(t, bin, db)
		r.waitFor("Untitled page", firstFrame)
		ty := r.typeFor(&typist{round: round, rng: rng}, time.Duration(20+rng.IntN(700))*time.Millisecond)
		killed := r.freeze()
		starved := cpuWait(r.cmd.Process.Pid)
		r.signal(syscall.SIGKILL)
		r.wait(exitLimit)
		r.close()

		owed := ty.owed(killed, starved)
		notes := notebookText(t, db)
		saved := savedOf(notes, ty.text)
		if saved < owed {
			t.Fatalf("kill %d (seed %d): %d of the %d keys lanyard had %v to save are saved; lost %q\n%s\nnotes:\n%s",
				round+1, seed, saved, owed, savePromise, ty.text[saved:owed], ty.timeline(killed, starved), notes)
		}
		old := ty.typedBefore(killed.Add(-savePromise))
		st.typed += len(ty.text)
		st.old += old
		st.oldLost += max(0, old-saved)
		st.atRisk += len(ty.text) - old
		st.riskSaved += max(0, saved-old)
		st.maxStarved = max(st.maxStarved, starved-ty.starved[0])
	}
	t.Logf("%d kills in %v: %d keys typed; %d typed over %v before a kill, of which %d lost, excused as lanyard waited for a CPU "+
		"(at most %v in a round); %d typed within %v of a kill (at risk), of which %d saved",
		kills, time.Since(began).Round(time.Millisecond), st.typed, st.old, savePromise, st.oldLost, st.maxStarved.Round(time.Millisecond),
		st.atRisk, savePromise, st.riskSaved)
}

// ramDir is a folder in memory where there is one: SIGKILL leaves the page
// cache alone, so what lanyard wrote is there either way, and a disk
// that other tests keep busy syncing would time that disk, not lanyard.
func ramDir(t *testing.T) string {
	dir, err := os.MkdirTemp("/dev/shm", "lanyard-kill-")
	if err != nil {
		return t.TempDir()
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	return dir
}

// testSignalLosesNothing types and sends sig right after the last key:
// every key must be saved and the terminal left as it was found.
func testSignalLosesNothing(t *testing.T, bin string, sig syscall.Signal) {
	db := filepath.Join(t.TempDir(), "notes.db")
	seed := killSeed(t)
	rng := rand.New(rand.NewPCG(seed, 11))
	for round := range signalRounds {
		r := startPty(t, bin, db)
		r.waitFor("Untitled page", firstFrame)
		ty := r.typeFor(&typist{round: round, rng: rng}, time.Duration(rng.IntN(150))*time.Millisecond)
		// and a burst the signal follows at once
		ty.add(fmt.Appendf(nil, "r%dlast r%dkeys", round, round), r)
		r.signal(sig)
		if code := r.wait(exitLimit); code != 0 {
			t.Errorf("round %d: lanyard exited %d after %v; stderr %q", round, code, sig, r.stderr.String())
		}
		r.assertTerminalSane()
		r.close()
		if saved := savedOf(notebookText(t, db), ty.text); saved < len(ty.text) {
			t.Fatalf("round %d (seed %d): %v lost keys: saved %d of %d, lost %q", round, seed, sig, saved, len(ty.text), ty.text[saved:])
		}
	}
}

// testHangup closes the terminal under lanyard, as closing its window
// does, as soon as lanyard has read the last key typed: the kernel then
// sends SIGHUP, and lanyard can neither read nor draw any more. Keys it
// has not read when the terminal goes are gone with the terminal; the ones
// it has read must be saved, and it must exit.
func testHangup(t *testing.T, bin string) {
	db := filepath.Join(t.TempDir(), "notes.db")
	seed := killSeed(t)
	rng := rand.New(rand.NewPCG(seed, 13))
	for round := range signalRounds {
		r := startPty(t, bin, db)
		r.waitFor("Untitled page", firstFrame)
		ty := r.typeFor(&typist{round: round, rng: rng}, time.Duration(rng.IntN(150))*time.Millisecond)
		last := fmt.Appendf(nil, "r%dhangup", round)
		ty.add(last, r)
		r.waitRead(exitLimit)
		if err := r.master.Close(); err != nil {
			t.Fatal(err)
		}
		if code := r.wait(exitLimit); code != 0 {
			t.Errorf("round %d: lanyard exited %d after the hangup; stderr %q", round, code, r.stderr.String())
		}
		r.close()
		if saved := savedOf(notebookText(t, db), ty.text); saved < len(ty.text) {
			t.Fatalf("round %d (seed %d): the hangup lost keys lanyard had read: saved %d of %d, lost %q", round, seed, saved, len(ty.text), ty.text[saved:])
		}
	}
}
