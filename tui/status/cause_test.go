package status

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
)

// commitErr is a commit failure as the store reports it: the system call's
// error inside the file's, inside what the writer was doing.
func commitErr(errno syscall.Errno) error {
	return fmt.Errorf("talk 3: %w", &os.PathError{Op: "write", Path: "/home/ada/.local/share/lanyard/lanyard.db", Err: errno})
}

func TestNotSavedNamesAFullDiskOrAReadOnlyNotebook(t *testing.T) {
	cases := []struct {
		what string
		err  error
		want string // "" for the error's own text
	}{
		{"no space", commitErr(syscall.ENOSPC), causeDiskFull},
		{"over quota", commitErr(syscall.EDQUOT), causeDiskFull},
		// bbolt's "file resize error: %s" keeps the words, not the errno.
		{"a file that could not grow", fmt.Errorf("file resize error: %s", syscall.ENOSPC), causeDiskFull},
		{"a read-only file system", commitErr(syscall.EROFS), causeReadOnly},
		{"no permission", commitErr(syscall.EACCES), causeReadOnly},
		{"not permitted", commitErr(syscall.EPERM), causeReadOnly},
		{"os.ErrPermission", fmt.Errorf("sync: %w", os.ErrPermission), causeReadOnly},
		{"an I/O error", commitErr(syscall.EIO), ""},
		{"anything else", errors.New("the notebook is damaged"), ""},
	}
	for _, c := range cases {
		got := plain(bar(t, 120).SetSave(SaveMsg{Pending: 4, Err: c.err}))
		if !strings.Contains(got, "NOT SAVED") {
			t.Errorf("%s: bar %q does not say NOT SAVED", c.what, got)
		}
		for _, word := range []string{causeDiskFull, causeReadOnly} {
			if shown := strings.Contains(got, word); shown != (word == c.want) {
				t.Errorf("%s: bar %q: %q shown %v, want %v", c.what, got, word, shown, !shown)
			}
		}
		if c.want == "" && !strings.Contains(got, "4 pending") {
			t.Errorf("%s: bar %q, want the error's text and what is pending", c.what, got)
		}
		if c.want != "" && !strings.Contains(got, "keeping your notes and retrying") {
			t.Errorf("%s: bar %q, want it to say the notes are kept and retried", c.what, got)
		}
	}
}

func TestTheCauseStaysInANarrowBar(t *testing.T) {
	for width := 1; width <= 80; width++ {
		m := bar(t, width).SetSave(SaveMsg{Pending: 1, Err: commitErr(syscall.ENOSPC)})
		checkWidth(t, m, width, fmt.Sprintf("width %d", width))
		got := plain(m)
		if width >= 40 && !strings.Contains(got, "NOT SAVED: disk full") {
			t.Errorf("width %d: bar %q lost the cause", width, got)
		}
		if width >= len("NOT SAVED ") && !strings.Contains(got, "NOT SAVED") {
			t.Errorf("width %d: bar %q lost NOT SAVED", width, got)
		}
	}
}
