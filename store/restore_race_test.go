//go:build unix

package store

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// openLoopEnv names the notebook the helper process opens in a loop.
const openLoopEnv = "LANYARD_TEST_OPEN_LOOP"

// TestRestoreWhileAnotherLanyardOpens runs restores back to back while
// another process opens and closes the notebook as fast as it can, as a
// lanyard started at the moment of a restore does. Every open must end on
// the file the path names once it holds the lock: never on the one the
// restore moved aside, where its edits would be lost.
func TestRestoreWhileAnotherLanyardOpens(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	backup, err := nb.BackupNow(at(t, day1, "10:00"))
	if err != nil {
		t.Fatal(err)
	}
	closeNow(t, nb)

	stop := filepath.Join(dir, "stop")
	var out bytes.Buffer
	child := exec.Command(os.Args[0], "-test.run=^TestHelperOpenLoop$", "-test.v")
	child.Env = append(os.Environ(), openLoopEnv+"="+path)
	child.Stdout, child.Stderr = &out, &out
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	restores := 0
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); {
		_, err := Restore(path, backup)
		switch {
		case err == nil:
			restores++
		case !errors.Is(err, ErrLocked):
			t.Errorf("restore: %v", err)
		}
		// Restores a moment apart, not back to back: a file replaced on
		// every try is a loop Open gives up on (after reopenFor).
		time.Sleep(time.Duration(rng.IntN(20)) * time.Millisecond)
	}
	if err := os.WriteFile(stop, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := child.Wait(); err != nil {
		t.Fatalf("the process opening the notebook: %v\n%s", err, out.String())
	}
	var opens, stale int
	if _, err := fmt.Sscanf(lastLine(out.Bytes(), "opens "), "opens %d stale %d", &opens, &stale); err != nil {
		t.Fatalf("the helper's report: %v\n%s", err, out.String())
	}
	t.Logf("%d restores, %d opens beside them", restores, opens)
	if stale > 0 {
		t.Errorf("%d of %d opens ended on a notebook file the restore had replaced", stale, opens)
	}
	if restores == 0 || opens == 0 {
		t.Errorf("%d restores and %d opens: nothing raced", restores, opens)
	}
	if _, err := Check(path); err != nil {
		t.Errorf("the notebook after the race: %v", err)
	}
}

// TestHelperOpenLoop is the process TestRestoreWhileAnotherLanyardOpens
// starts: it opens the notebook, checks that the path names the file it
// holds, and closes it, until told to stop.
func TestHelperOpenLoop(t *testing.T) {
	path := os.Getenv(openLoopEnv)
	if path == "" {
		t.Skip("run by TestRestoreWhileAnotherLanyardOpens")
	}
	stop := filepath.Join(filepath.Dir(path), "stop")
	opens, stale := 0, 0
	for {
		if _, err := os.Stat(stop); err == nil {
			break
		}
		nb, err := Open(path)
		if errors.Is(err, ErrLocked) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		opens++
		now, err := os.Stat(path)
		if err != nil || !os.SameFile(now, nb.opened) {
			stale++
		}
		if err := nb.Close(); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Printf("opens %d stale %d\n", opens, stale)
}

// lastLine returns the last line of out that starts with prefix.
func lastLine(out []byte, prefix string) string {
	var found string
	for line := range bytes.SplitSeq(out, []byte("\n")) {
		if bytes.HasPrefix(line, []byte(prefix)) {
			found = string(line)
		}
	}
	return found
}
