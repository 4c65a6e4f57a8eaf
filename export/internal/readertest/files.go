package readertest

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"lanyard/store/schedule"
)

// ParseFile parses testdata/name, reading times without a zone in loc, and
// fails the test on an error.
func ParseFile(tb testing.TB, parse Parser, name string, loc *time.Location) schedule.Parsed {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	res, err := parse(bytes.NewReader(data), schedule.ReadOptions{Name: name, Location: loc})
	if err != nil {
		tb.Fatalf("Parse(%s): %v", name, err)
	}
	return res
}

// Files returns the contents of the regular files pattern matches, in name
// order: a fuzz target's seeds.
func Files(tb testing.TB, pattern string) [][]byte {
	tb.Helper()
	names, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]byte
	for _, name := range names {
		if info, err := os.Stat(name); err != nil || !info.Mode().IsRegular() {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// realDir is the collection of published schedules kept beside the
// repository, not in it: /work/shared/schedules when the repository is
// /work/main.
func realDir() string {
	_, here, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(here), "..", "..", "..", "..", "shared", "schedules")
}

// RealFile reads a published schedule from the collection, or skips the
// test when it is absent.
func RealFile(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(realDir(), name))
	if os.IsNotExist(err) {
		tb.Skipf("%s not present", name)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// RealPaths returns the path of every schedule in the collection (its
// Markdown notes left out), or skips the test when there are none.
func RealPaths(tb testing.TB) []string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(realDir(), "*"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, name := range names {
		if !strings.HasSuffix(name, ".md") {
			out = append(out, name)
		}
	}
	if len(out) == 0 {
		tb.Skip("no real schedules in " + realDir())
	}
	return out
}
