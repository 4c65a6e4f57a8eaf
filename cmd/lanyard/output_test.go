package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readBytes returns a file's bytes.
func readBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// assertRefusedAndKept runs an export onto target, which must be refused
// with a message naming what it names, and leave protected as it was.
func assertRefusedAndKept(t *testing.T, db, target, protected, names string) {
	t.Helper()
	before := readBytes(t, protected)
	msg := mustFail(t, db, "export", "-o", target)
	if !strings.Contains(msg, target) || !strings.Contains(msg, names) {
		t.Errorf("export -o %s said %q; want it named and called %q", target, msg, names)
	}
	if after := readBytes(t, protected); !bytes.Equal(before, after) {
		t.Errorf("export -o %s changed %s", target, protected)
	}
}

func TestExportRefusesToWriteOntoTheNotebook(t *testing.T) {
	db, _ := harbourWithNotes(t)
	dir := t.TempDir()
	hard := filepath.Join(dir, "hard.db")
	if err := os.Link(db, hard); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "post.md")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{db, hard, link} {
		assertRefusedAndKept(t, db, target, db, "the notebook itself")
	}
	if md := mustLanyard(t, db, "export"); !strings.Contains(md, "friday deploys") {
		t.Errorf("the notes are gone after the refused exports:\n%s", md)
	}
}

func TestExportRefusesToWriteOntoABackupOrAnotherNotebook(t *testing.T) {
	db, _ := harbourWithNotes(t)
	backup := backedUpTo(t, mustLanyard(t, db, "backup"))
	assertRefusedAndKept(t, db, backup, backup, "bbolt")

	// Another notebook whose first header page is damaged is still one.
	other := importHarbour(t)
	f, err := os.OpenFile(other, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(make([]byte, 4096), 0); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	assertRefusedAndKept(t, db, other, other, "bbolt")
}

func TestExportDirRefusesToWriteOntoTheNotebook(t *testing.T) {
	db, _ := harbourWithNotes(t)
	dir := t.TempDir()
	// A file the folder export would write is a link to the notebook.
	if err := os.Symlink(db, filepath.Join(dir, "2026-03-03-shipping-on-fridays.md")); err != nil {
		t.Fatal(err)
	}
	before := readBytes(t, db)
	msg := mustFail(t, db, "export", "--dir", dir)
	if !strings.Contains(msg, "the notebook itself") {
		t.Errorf("export --dir onto a link to the notebook said %q", msg)
	}
	if !bytes.Equal(before, readBytes(t, db)) {
		t.Error("export --dir changed the notebook")
	}
}

func TestExportThroughALinkWritesTheFileItNamesAndKeepsTheLink(t *testing.T) {
	db, _ := harbourWithNotes(t)
	want := mustLanyard(t, db, "export")
	dir := t.TempDir()
	existing := filepath.Join(dir, "site", "post.md")
	if err := os.MkdirAll(filepath.Dir(existing), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(existing, []byte("old post\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "site", "new.md")
	for target, link := range map[string]string{existing: "post.md", missing: "new.md"} {
		link = filepath.Join(dir, link)
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		mustLanyard(t, db, "export", "-o", link)
		if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("export -o %s replaced the link (lstat: %v)", link, err)
		}
		if got := string(readBytes(t, target)); got != want {
			t.Errorf("%s, named by the link, holds %q, want the post", target, got)
		}
	}
	if info, err := os.Stat(existing); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("the replaced post lost its permissions (stat: %v)", err)
	}
}

func TestExportOntoAFolderSaysSo(t *testing.T) {
	db, _ := harbourWithNotes(t)
	dir := t.TempDir()
	if msg := mustFail(t, db, "export", "-o", dir); !strings.Contains(msg, "--dir") {
		t.Errorf("export -o onto a folder said %q; want it to point at --dir", msg)
	}
	file := filepath.Join(dir, "post.md")
	mustLanyard(t, db, "export", "-o", file)
	if msg := mustFail(t, db, "export", "--dir", file); !strings.Contains(msg, "not a folder") {
		t.Errorf("export --dir onto a file said %q", msg)
	}
}
