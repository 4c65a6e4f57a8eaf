package owner

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTheSocketIsBesideANotebookInAPrivateFolder(t *testing.T) {
	nb := notebook(t, 0o700)
	got, err := SocketPath(nb)
	if err != nil {
		t.Fatal(err)
	}
	real, err := filepath.EvalSymlinks(nb)
	if err != nil {
		t.Fatal(err)
	}
	if got != real+".sock" {
		t.Errorf("socket of %s is %s; want it beside the notebook", nb, got)
	}
}

func TestTheSocketIsInThePrivateFolderWhenTheNotebooksIsOpenToOthers(t *testing.T) {
	nb := notebook(t, 0o755)
	got, err := SocketPath(nb)
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(os.Getenv("XDG_RUNTIME_DIR"), "lanyard")
	if filepath.Dir(got) != want {
		t.Errorf("socket of a notebook in a folder others may enter is %s; want it in %s", got, want)
	}
	info, err := os.Stat(want)
	if err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("lanyard's private folder: %v, %v; want mode 0700", info, err)
	}
}

func TestALongPathGetsItsSocketInThePrivateFolder(t *testing.T) {
	nb := notebook(t, 0o700)
	deep := filepath.Join(filepath.Dir(nb), strings.Repeat("a-long-folder-name/", 6))
	if err := os.MkdirAll(deep, 0o700); err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(deep, "notes.db")
	if err := os.WriteFile(long, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := SocketPath(long)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) > maxSocketPath || strings.HasPrefix(got, deep) {
		t.Errorf("socket of %s (%d bytes) is %s (%d bytes); want a short one in the private folder", long, len(long), got, len(got))
	}
	// Each notebook its own.
	other, err := SocketPath(nb)
	if err != nil {
		t.Fatal(err)
	}
	if other == got {
		t.Errorf("two notebooks share the socket %s", got)
	}
}

func TestTwoSpellingsOfOneNotebookMeetAtOneSocket(t *testing.T) {
	nb := notebook(t, 0o755)
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(nb, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	a, errA := SocketPath(nb)
	b, errB := SocketPath(link)
	if errA != nil || errB != nil || a != b {
		t.Errorf("the notebook's socket is %s (%v), through a link %s (%v); want one", a, errA, b, errB)
	}
}

func TestAPrivateFolderOpenToOthersIsRefused(t *testing.T) {
	nb := notebook(t, 0o755)
	dir := filepath.Join(os.Getenv("XDG_RUNTIME_DIR"), "lanyard")
	if err := os.Mkdir(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	_, err := SocketPath(nb)
	if !errors.Is(err, ErrNotOurs) || !strings.Contains(err.Error(), dir) {
		t.Errorf("a private folder open to all gives %v; want ErrNotOurs naming it", err)
	}
	if _, err := Serve(nb, Handlers{}); !errors.Is(err, ErrNotOurs) {
		t.Errorf("Serve beside a private folder open to all: %v; want ErrNotOurs", err)
	}
	// No lanyard can serve there, so a command goes on by itself.
	if _, err := Dial(nb); !errors.Is(err, ErrNoOwner) {
		t.Errorf("Dial beside a private folder open to all: %v; want ErrNoOwner", err)
	}
}

func TestAPrivateFolderThatIsAFileIsRefused(t *testing.T) {
	nb := notebook(t, 0o755)
	dir := filepath.Join(os.Getenv("XDG_RUNTIME_DIR"), "lanyard")
	if err := os.WriteFile(dir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := SocketPath(nb); !errors.Is(err, ErrNotOurs) {
		t.Errorf("a file where the private folder goes gives %v; want ErrNotOurs", err)
	}
}
