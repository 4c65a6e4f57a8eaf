package owner

import (
	"os"
	"path/filepath"
	"testing"
)

// notebook returns the path of a notebook file in a folder of the given
// mode, with lanyard's private folder in a temporary one of the test's.
func notebook(t *testing.T, mode os.FileMode) string {
	t.Helper()
	// Short, as a runtime folder's path is: a socket's path has a limit.
	runtime, err := os.MkdirTemp("", "ly")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(runtime); err != nil {
			t.Error(err)
		}
	})
	t.Setenv("XDG_RUNTIME_DIR", runtime)
	dir := t.TempDir()
	if err := os.Chmod(dir, mode); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(path, []byte("a notebook"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// serve serves h for the notebook at path until the test ends.
func serve(t *testing.T, path string, h Handlers) *Server {
	t.Helper()
	s, err := Serve(path, h)
	if err != nil {
		t.Fatalf("Serve: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}
