package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestCopiesLeftByAKilledCommandAreRemoved(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	made := func(name string, age time.Duration) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
		return path
	}
	left := made(copyPrefix+"1.db", 2*staleCopyAge)
	reading := made(copyPrefix+"2.db", time.Minute)
	other := made("abc123.sock", 2*staleCopyAge)
	removeLeftCopies(dir, now)
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Errorf("a copy left hours ago is still there: %v", err)
	}
	for _, keep := range []string{reading, other} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s, which is no old copy, went: %v", keep, err)
		}
	}
}
