package gitsync

import (
	"bufio"
	"bytes"
	"errors"
	"strings"
	"testing"
)

// FuzzReadBatch feeds git cat-file --batch output, well formed or not:
// readBatch never panics, never returns more blobs than asked, and a
// blob it returns has the size its header gave.
func FuzzReadBatch(f *testing.F) {
	f.Add([]byte("8baef1b4abc478178b004d62031cf7fe6db6f903 blob 4\nabc\n\n"), 1)
	f.Add([]byte("x missing\n"), 1)
	f.Add([]byte("h blob 99999999999999\n"), 1)
	f.Add([]byte("h blob -1\n"), 2)
	f.Add([]byte("h blob 2\nab"), 1)
	f.Fuzz(func(t *testing.T, out []byte, n int) {
		if n < 0 || n > 64 {
			return
		}
		blobs, err := readBatch(bufio.NewReader(bytes.NewReader(out)), n)
		if err != nil {
			return
		}
		if len(blobs) != n {
			t.Fatalf("%d blobs for %d asked", len(blobs), n)
		}
	})
}

// FuzzCheckPath: a path checkPath accepts stays inside the folder, on
// every system lanyard runs on.
func FuzzCheckPath(f *testing.F) {
	for _, s := range []string{"ev/t.md", "../x", "a/../../b", "/abs", "a//b", ".git/x", "a\\b", "C:x", "a/.GIT/b", "é/ü.md", "a\x00b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		err := checkPath(p)
		if err != nil {
			if !errors.Is(err, ErrBadForm) {
				t.Fatalf("%q: an error that is not ErrBadForm: %v", p, err)
			}
			return
		}
		if strings.HasPrefix(p, "/") || strings.Contains(p, "\\") || strings.Contains(p, ":") {
			t.Fatalf("%q accepted", p)
		}
		for seg := range strings.SplitSeq(p, "/") {
			if seg == ".." || seg == "." || seg == "" || strings.EqualFold(seg, ".git") {
				t.Fatalf("%q accepted", p)
			}
		}
	})
}
