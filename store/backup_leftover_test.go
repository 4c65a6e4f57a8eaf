//go:build unix

package store

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cutShortEnv names the backups folder the helper process starts a
// backup in before it is killed.
const cutShortEnv = "LANYARD_TEST_BACKUP_CUT_SHORT"

// TestTheNextBackupRemovesWhatACrashLeft kills a process in the middle of
// writing a backup, as a crash or a power cut would end it, and checks
// that the next backup removes the temporary file it left, and only that
// one: a backup another process is writing at the time is left alone.
func TestTheNextBackupRemovesWhatACrashLeft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb, _ := notedNotebook(t, path, "a note")
	dir := BackupDir(path)
	if err := privateDir(dir); err != nil {
		t.Fatal(err)
	}

	child := exec.Command(os.Args[0], "-test.run=^TestHelperBackupCutShort$")
	child.Env = append(os.Environ(), cutShortEnv+"="+dir)
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	writing := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "writing") {
				writing <- true
				for sc.Scan() { // drain until the helper dies
				}
				return
			}
		}
		writing <- false
	}()
	select {
	case ok := <-writing:
		if !ok {
			t.Fatal("the helper ended without starting its backup")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the helper did not start its backup")
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	if err := child.Wait(); err == nil {
		t.Fatal("the helper was not killed")
	}
	left := temps(t, dir)
	if len(left) != 1 {
		t.Fatalf("the killed backup left %q; want one temporary file", left)
	}

	// A backup being written now, by a process that is alive.
	busy, err := tempFile(dir, "lanyard.db-busy.db")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	if err := holdTemp(busy); err != nil {
		t.Fatal(err)
	}

	if _, err := nb.BackupNow(at(t, day1, "10:00")); err != nil {
		t.Fatal(err)
	}
	if got := temps(t, dir); len(got) != 1 || got[0] != filepath.Base(busy.Name()) {
		t.Errorf("after the next backup the folder holds %q; want only the one being written, %q", got, filepath.Base(busy.Name()))
	}
}

// TestHelperBackupCutShort is the process TestTheNextBackupRemovesWhatACrashLeft
// kills: it starts writing a backup and waits.
func TestHelperBackupCutShort(t *testing.T) {
	dir := os.Getenv(cutShortEnv)
	if dir == "" {
		t.Skip("run by TestTheNextBackupRemovesWhatACrashLeft")
	}
	err := writeWhole(filepath.Join(dir, "lanyard.db-2026-05-14.db"), false, func(w io.Writer) error {
		if _, err := w.Write(make([]byte, 8192)); err != nil {
			return err
		}
		os.Stdout.WriteString("writing\n")
		time.Sleep(time.Hour) // until killed
		return nil
	})
	t.Fatal(err)
}

// temps returns the temporary files in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.Contains(e.Name(), tempMark) {
			out = append(out, e.Name())
		}
	}
	return out
}
