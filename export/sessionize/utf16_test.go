package sessionize

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// TestUTF16File: a schedule saved as UTF-16 by a Windows tool is
// recognised and reads as the same file in UTF-8 does; it was read as
// plain text.
func TestUTF16File(t *testing.T) {
	utf8, err := os.ReadFile(filepath.Join("testdata", "all.json"))
	if err != nil {
		t.Fatal(err)
	}
	data := readertest.UTF16LE(string(utf8))
	if !Sniff(data[:min(len(data), 512)]) {
		t.Error("Sniff does not take the file in UTF-16")
	}
	want, err := Parse(bytes.NewReader(utf8), schedule.ReadOptions{Name: "all.json"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "all.json"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Talks != want.Talks || got.Title != want.Title || len(got.Days) != len(want.Days) ||
		got.Days[0].Talks[0].Title != want.Days[0].Talks[0].Title {
		t.Errorf("UTF-16 read %d talks titled %q, UTF-8 %d titled %q", got.Talks, got.Title, want.Talks, want.Title)
	}
}
