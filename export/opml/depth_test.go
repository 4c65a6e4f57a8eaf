package opml

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"lanyard/export/internal/notestest"
	"lanyard/export/notesdoc"
)

// deepLevels is an outline nested far deeper than anyone writes notes:
// read or written without a bound, it took seconds and then all memory.
const deepLevels = 100_000

// deepOPML is a file of outlines nested levels deep, each holding the
// next, written without indentation as a tool or an attacker would.
func deepOPML(levels int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>Deep</title></head><body>`)
	for i := range levels {
		fmt.Fprintf(&b, `<outline text="%s">`, notestest.LevelText(i))
	}
	b.WriteString(strings.Repeat("</outline>", levels))
	b.WriteString("</body></opml>\n")
	return b.Bytes()
}

func TestReadKeepsDeepOutlinesAtTheDeepestLevel(t *testing.T) {
	doc, err := Read(bytes.NewReader(deepOPML(deepLevels)))
	if err != nil {
		t.Fatal(err)
	}
	if msg := notestest.CheckDeepDoc(doc, deepLevels); msg != "" {
		t.Error(msg)
	}
}

func TestWriteCapsTheDepthAndReadsBackTheSame(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTalk(&buf, "Deep", notestest.Outline(notestest.Staircase(deepLevels))); err != nil {
		t.Fatal(err)
	}
	// Each bullet is written once, indented at most maxIndent levels:
	// the file grows with the bullets, never with their depth.
	if perBullet := buf.Len() / deepLevels; perBullet > 2*maxIndent+60 {
		t.Errorf("%d bytes a bullet: the file grows with the depth", perBullet)
	}
	if got := strings.Count(buf.String(), "</outline>"); got != notesdoc.MaxDepth-1 {
		t.Errorf("%d outlines hold others, want %d: the written depth is not capped", got, notesdoc.MaxDepth-1)
	}
	doc, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if msg := notestest.CheckStaircase(doc.Notes, deepLevels); msg != "" {
		t.Error(msg)
	}
	if doc.Flattened != 0 {
		t.Errorf("reading lanyard's own export flattened %d bullets: it was written within the bound", doc.Flattened)
	}
}

func BenchmarkReadDeep(b *testing.B) {
	data := deepOPML(deepLevels)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteDeep(b *testing.B) {
	o := notestest.Outline(notestest.Staircase(deepLevels))
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteTalk(&buf, "Deep", o); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
