package store

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpen feeds Check and Open mutations of a small sound notebook: they
// must never panic, Check must never change the file, and a refused Open
// must leave it as it was. The input is written to a file of its own
// first, so nothing the fuzzer holds is ever touched. Run it bounded:
//
//	go test ./store -run '^$' -fuzz FuzzOpen -fuzztime 60s
func FuzzOpen(f *testing.F) {
	file, used := soundNotebookBytes(f, 40)
	f.Add(file[:used])
	f.Add(file[:used/2])
	f.Add(mutate(file[:used], 5, 1))
	// A notebook big enough to have branch pages, where loops can be made.
	file, used = soundNotebookBytes(f, 400)
	f.Add(file[:used])
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content []byte) {
		path := filepath.Join(dir, "fuzz.db")
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		defer removeFuzzFiles(t, path)
		if _, err := Check(path); err != nil && !sane(err) {
			t.Fatalf("Check: unexpected kind of error: %v", err)
		}
		if got := readFile(t, path); !bytes.Equal(got, content) {
			t.Fatal("Check changed the file")
		}
		err := useNotebook(t, path)
		if err != nil && !sane(err) {
			t.Fatalf("Open: unexpected kind of error: %v", err)
		}
	})
}

// TestMutatedNotebooksNeverPanic is FuzzOpen's check over a fixed set of
// random mutations, so that every test run tries some.
func TestMutatedNotebooksNeverPanic(t *testing.T) {
	file, used := soundNotebookBytes(t, 400)
	dir := t.TempDir()
	refused := 0
	for seed := range uint64(300) {
		content := mutate(file[:used], 1+int(seed%8), seed)
		path := filepath.Join(dir, "mutated.db")
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Check(path); err != nil && !sane(err) {
			t.Fatalf("seed %d: Check: %v", seed, err)
		}
		nb, err := Open(path)
		if err != nil {
			refused++
			if got := readFile(t, path); !bytes.Equal(got, content) {
				t.Fatalf("seed %d: a refused Open changed the file", seed)
			}
		} else if err := nb.Close(); err != nil {
			t.Fatal(err)
		}
		if err := useNotebook(t, path); err != nil && !sane(err) {
			t.Fatalf("seed %d: %v", seed, err)
		}
		removeFuzzFiles(t, path)
	}
	t.Logf("%d of 300 mutated notebooks refused", refused)
}

// mutate returns a copy of file with n random bytes after the meta pages
// changed; damaged headers are caught by bbolt's checksums, the pages
// after them are where reads can go astray.
func mutate(file []byte, n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 99))
	out := bytes.Clone(file)
	const metaEnd = 2 * 4096
	for range n {
		out[metaEnd+rng.IntN(len(out)-metaEnd)] = byte(rng.Uint32())
	}
	return out
}

// sane reports whether an error from a damaged notebook is one lanyard
// expects: damage, a newer format, or a record a damaged page made
// unfindable.
func sane(err error) bool {
	return errors.Is(err, ErrCorrupt) || errors.Is(err, ErrNewerFormat) || errors.Is(err, ErrNotFound)
}

// removeFuzzFiles removes a fuzzed notebook and the backups folder a
// migration of a mutated schema version may have made beside it.
func removeFuzzFiles(t *testing.T, path string) {
	t.Helper()
	if err := errors.Join(os.Remove(path), os.RemoveAll(BackupDir(path))); err != nil {
		t.Fatal(err)
	}
}
