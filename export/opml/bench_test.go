package opml

import (
	"bytes"
	"testing"

	"lanyard/store/outline"
)

// BenchmarkWriteTalk100k exports one talk of 100,000 bullets: far beyond a
// notebook's worth, and the budget for it is 300 ms.
func BenchmarkWriteTalk100k(b *testing.B) {
	o := outline.Generate(100_000, 1)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteTalk(&buf, "Everything", o); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// BenchmarkRead100k reads that export back.
func BenchmarkRead100k(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteTalk(&buf, "Everything", outline.Generate(100_000, 1)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		doc, err := Read(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if len(doc.Notes) != 100_000 {
			b.Fatalf("%d bullets", len(doc.Notes))
		}
	}
}
