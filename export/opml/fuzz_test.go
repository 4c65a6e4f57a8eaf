package opml

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"lanyard/export/internal/sanitize"
	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// FuzzRead: whatever the input, Read does not panic, and what it returns
// is fit for the notebook: every clip a valid outline and every text free
// of control characters, escapes and invisible characters.
func FuzzRead(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.opml"))
	if err != nil {
		f.Fatal(err)
	}
	golden, err := filepath.Glob(filepath.Join("testdata", "*.golden"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range append(files, golden...) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

// checkDoc fails t unless doc's clips are valid outlines and its texts
// clean.
func checkDoc(t *testing.T, doc notesdoc.Doc) {
	t.Helper()
	checkText(t, doc.Title)
	checkClip(t, doc.Notes)
	for _, s := range doc.Talks {
		checkText(t, s.Heading)
		checkText(t, s.Meta)
		checkClip(t, s.Notes)
	}
}

// checkClip fails t unless c is a valid outline of clean texts: the first
// bullet at depth 0, none more than one level deeper than the one before.
func checkClip(t *testing.T, c outline.Clip) {
	t.Helper()
	for i, b := range c {
		prev := -1
		if i > 0 {
			prev = c[i-1].Depth
		}
		if b.Depth < 0 || b.Depth > prev+1 {
			t.Fatalf("bullet %d at depth %d after depth %d", i, b.Depth, prev)
		}
		if int(b.Kind) > int(outline.KindQuote) {
			t.Fatalf("bullet %d of unknown kind %d", i, b.Kind)
		}
		checkText(t, b.Text)
	}
}

func checkText(t *testing.T, s string) {
	t.Helper()
	for _, r := range s {
		if unicode.IsControl(r) || sanitize.IsInvisible(r) {
			t.Fatalf("text %q keeps %U", s, r)
		}
	}
}
