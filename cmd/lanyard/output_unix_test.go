//go:build unix

package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestExportIntoAPipeWritesIntoIt(t *testing.T) {
	db, _ := harbourWithNotes(t)
	want := mustLanyard(t, db, "export")
	fifo := filepath.Join(t.TempDir(), "post.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no fifos here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		// O_RDWR never blocks on a fifo, and keeps it open until the
		// export has written.
		f, err := os.OpenFile(fifo, os.O_RDWR, 0)
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		buf := make([]byte, len(want))
		if _, err := io.ReadFull(f, buf); err != nil {
			got <- err.Error()
			return
		}
		got <- string(buf)
	}()
	mustLanyard(t, db, "export", "-o", fifo)
	select {
	case post := <-got:
		if post != want {
			t.Errorf("the pipe's reader got %q, want the post", post)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pipe's reader got nothing")
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("export -o onto a fifo replaced it (lstat: %v)", err)
	}
}

func TestExportIntoADeviceWritesIntoIt(t *testing.T) {
	db, _ := harbourWithNotes(t)
	// A link to a null device: were the device replaced, so would the
	// link be. As root the device is one of the test's own, so that a
	// mistake cannot replace the system's.
	device := "/dev/null"
	if os.Geteuid() == 0 {
		device = filepath.Join(t.TempDir(), "null")
		if err := syscall.Mknod(device, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Skipf("cannot make a device here: %v", err)
		}
	}
	link := filepath.Join(t.TempDir(), "stdout")
	if err := os.Symlink(device, link); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{device, link} {
		mustLanyard(t, db, "export", "-o", target)
	}
	if info, err := os.Stat(device); err != nil || info.Mode()&fs.ModeCharDevice == 0 {
		t.Errorf("export -o onto %s replaced the device (stat: %v)", device, err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("export -o onto a link to a device replaced the link (lstat: %v)", err)
	}
}
