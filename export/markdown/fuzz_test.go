package markdown

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"lanyard/export/internal/notestest"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// FuzzRead reads any bytes as notes: no panic, and the bullets are a valid
// outline with texts safe to draw.
func FuzzRead(f *testing.F) {
	seeds, err := filepath.Glob("testdata/*.golden")
	if err != nil {
		f.Fatal(err)
	}
	seeds = append(seeds, "testdata/read/obsidian-notes.md")
	for _, path := range seeds {
		raw, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("---\ntitle: x\n---\n*meta*\n- a\n## Notes\n- b\n"))
	f.Add([]byte("- > q\n  > r\n  - s\n> t\n>\n> u\n1. [ ] v\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Read(bytes.NewReader(src))
		if err != nil {
			if utf8.Valid(src) {
				t.Fatalf("valid UTF-8 refused: %v", err)
			}
			return
		}
		checkClip(t, doc.Notes)
		for _, tk := range doc.Talks {
			checkClip(t, tk.Notes)
			checkSafe(t, tk.Heading)
			checkSafe(t, tk.Meta)
		}
	})
}

func checkClip(t *testing.T, clip outline.Clip) {
	t.Helper()
	for i, b := range clip {
		if i == 0 && b.Depth != 0 || i > 0 && (b.Depth < 0 || b.Depth > clip[i-1].Depth+1) {
			t.Fatalf("bullet %d at depth %d after %d", i, b.Depth, clip[max(i-1, 0)].Depth)
		}
		checkSafe(t, b.Text)
	}
}

func checkSafe(t *testing.T, s string) {
	t.Helper()
	if strings.IndexFunc(s, unicode.IsControl) >= 0 || strings.TrimSpace(s) != s {
		t.Fatalf("unsafe or untrimmed text %q", s)
	}
}

// FuzzRoundTrip exports a bullet of each kind with a child and a sibling,
// all of the fuzzed texts, and reads the same outline back, with inline
// Markdown kept and with everything literal.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range awkward {
		f.Add(s, "child", uint8(5), uint8(5))
	}
	f.Add("[x](https://a.example/_b_)", "**", uint8(2), uint8(1))
	f.Fuzz(func(t *testing.T, a, b string, ka, kb uint8) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip()
		}
		a, b = strings.TrimSpace(clean(a)), strings.TrimSpace(clean(b))
		if a == "" || b == "" {
			t.Skip()
		}
		k1, k2 := outline.Kind(ka%6), outline.Kind(kb%6)
		want := outline.Clip{{Text: a, Kind: k1}, {Depth: 1, Text: b, Kind: k2}, {Depth: 1, Text: a, Kind: k1}, {Text: b, Kind: k2}}
		ev := schedule.Event{Name: "F", TZ: "UTC", Days: []schedule.Day{{Date: "2031-01-02", Talks: []schedule.Talk{{ID: 1, Title: a}}}}}
		for _, literal := range []bool{false, true} {
			var buf bytes.Buffer
			if err := Write(&buf, ev, notesOfClips(map[uint64]outline.Clip{1: want}), Options{Literal: literal}); err != nil {
				t.Fatal(err)
			}
			doc, err := Read(&buf)
			if err != nil {
				t.Fatal(err)
			}
			got, err := doc.For(ev.Days[0].Talks[0].Heading())
			if err != nil {
				t.Fatal(err)
			}
			if d := notestest.Diff(want, got); d != "" {
				t.Fatalf("literal %v: %s\nexported:\n%s", literal, d, buf.String())
			}
		}
	})
}
