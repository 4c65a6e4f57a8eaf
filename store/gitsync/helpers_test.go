package gitsync

import (
	"context"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// toyBook is a notebook of files in a map, with a simple three-way merge
// by file: a file changed on one side takes that change; changed on both,
// it keeps both texts (in an order that does not depend on the side, so
// two laptops end equal); deleted on one side and changed on the other,
// it is kept.
type toyBook struct {
	mu      sync.Mutex
	files   Files
	applies int
	// afterApply runs once Apply has written the merge: an error it
	// returns stands for a crash right after the notebook's transaction.
	afterApply func() error
}

func newToy(files map[string]string) *toyBook {
	b := &toyBook{files: Files{}}
	for p, s := range files {
		b.files[p] = []byte(s)
	}
	return b
}

func (b *toyBook) Files() (Files, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return copyFiles(b.files), nil
}

func (b *toyBook) Merge(base, ours, theirs Files) (Files, error) {
	out := Files{}
	paths := map[string]bool{}
	for _, f := range []Files{base, ours, theirs} {
		for p := range f {
			paths[p] = true
		}
	}
	for p := range paths {
		bv, inB := base[p]
		ov, inO := ours[p]
		tv, inT := theirs[p]
		oursSame := inO == inB && string(ov) == string(bv)
		theirsSame := inT == inB && string(tv) == string(bv)
		switch {
		case oursSame && inT:
			out[p] = tv
		case oursSame:
		case theirsSame && inO:
			out[p] = ov
		case theirsSame, !inO && !inT:
		case !inO:
			out[p] = tv // deleted here, changed there: kept
		case !inT:
			out[p] = ov
		case string(ov) == string(tv):
			out[p] = ov
		default:
			both := []string{string(ov), string(tv)}
			slices.Sort(both)
			out[p] = []byte(both[0] + "\n" + both[1])
		}
	}
	return out, nil
}

func (b *toyBook) Apply(ours, merged Files) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.applies++
	for p, v := range merged {
		if string(ours[p]) != string(v) || ours[p] == nil {
			b.files[p] = slices.Clone(v)
		}
	}
	for p := range ours {
		if _, ok := merged[p]; !ok {
			delete(b.files, p)
		}
	}
	if b.afterApply != nil {
		return b.afterApply()
	}
	return nil
}

// text is the toy's files as strings, for comparing.
func (b *toyBook) text() map[string]string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := map[string]string{}
	for p, v := range b.files {
		out[p] = string(v)
	}
	return out
}

func (b *toyBook) set(p, s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.files[p] = []byte(s)
}

func copyFiles(f Files) Files {
	out := make(Files, len(f))
	for p, v := range f {
		out[p] = slices.Clone(v)
	}
	return out
}

// needGit skips when the machine has no git: the only reason these
// tests may not run. CI installs it.
func needGit(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed: the sync tests run real git (CI installs it)")
	}
}

// TestMain keeps the user's and the system's git config out of the
// tests, and gives git an identity, once for all the tests (which then
// run in parallel).
func TestMain(m *testing.M) {
	home, err := os.MkdirTemp("", "gitsync-home")
	if err != nil {
		panic(err)
	}
	os.Setenv("HOME", home)
	os.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	os.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	os.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(home, ".gitconfig"))
	cfg := "[user]\n\tname = Test\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n"
	if err := os.WriteFile(filepath.Join(home, ".gitconfig"), []byte(cfg), 0o644); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(home)
	os.Exit(code)
}

// gitT runs git in dir and returns its output, failing the test on error.
func gitT(t testing.TB, dir string, args ...string) string {
	t.Helper()
	out, err := gitTry(dir, args...)
	if err != nil {
		t.Fatalf("git %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return strings.TrimSpace(out)
}

func gitTry(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// world is a bare repository and its clones, each a laptop.
type world struct {
	t    testing.TB
	root string
	bare string
}

func newWorld(t testing.TB) *world {
	t.Helper()
	needGit(t)
	root := t.TempDir()
	bare := filepath.Join(root, "remote.git")
	gitT(t, root, "init", "-q", "--bare", bare)
	return &world{t: t, root: root, bare: bare}
}

// clone makes a laptop's working tree.
func (w *world) clone(name string) string {
	w.t.Helper()
	dir := filepath.Join(w.root, name)
	gitT(w.t, w.root, "clone", "-q", w.bare, dir)
	return dir
}

// sync syncs dir, failing the test on an error.
func (w *world) sync(dir string, nb Notebook) Result {
	w.t.Helper()
	res, err := Sync(testCtx(w.t), dir, nb, Options{})
	if err != nil {
		w.t.Fatalf("sync %s: %v", filepath.Base(dir), err)
	}
	return res
}

// remoteForm is the form on the remote's main branch.
func (w *world) remoteForm() map[string]string {
	w.t.Helper()
	out := map[string]string{}
	list := gitT(w.t, w.bare, "ls-tree", "-r", "--name-only", "main")
	for p := range strings.SplitSeq(list, "\n") {
		if rel, ok := strings.CutPrefix(p, Folder+"/"); ok {
			body, err := gitTry(w.bare, "cat-file", "blob", "main:"+p)
			if err != nil {
				w.t.Fatalf("read %s on the remote: %v", p, err)
			}
			out[rel] = body
		}
	}
	return out
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// sameText compares two notebooks' files.
func sameText(a, b map[string]string) bool { return maps.Equal(a, b) }
