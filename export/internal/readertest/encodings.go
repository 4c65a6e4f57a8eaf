package readertest

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"lanyard/store/schedule"
)

// UTF16LE returns text as Windows Notepad saves "Unicode": UTF-16, little
// end first, after a byte order mark.
func UTF16LE(text string) []byte {
	units := utf16.Encode([]rune("\ufeff" + text))
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return out
}

// CheckUTF16 checks that a reader takes the testdata file name saved as
// UTF-16 (as a Windows tool saves it) as it takes it in UTF-8: sniff
// recognises it, and parse reads the same talks.
func CheckUTF16(t *testing.T, sniff func([]byte) bool, parse Parser, name string) {
	t.Helper()
	utf8, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	data := UTF16LE(string(utf8))
	if !sniff(data[:min(len(data), 512)]) {
		t.Errorf("%s: not recognised in UTF-16", name)
	}
	want, err := parse(bytes.NewReader(utf8), schedule.ReadOptions{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	got, err := parse(bytes.NewReader(data), schedule.ReadOptions{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	if got.Talks != want.Talks || got.Title != want.Title || len(got.Days) != len(want.Days) ||
		got.Days[0].Talks[0].Title != want.Days[0].Talks[0].Title {
		t.Errorf("%s: UTF-16 read %d talks titled %q, UTF-8 %d titled %q", name, got.Talks, got.Title, want.Talks, want.Title)
	}
}
