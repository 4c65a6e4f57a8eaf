package main

import (
	"bytes"
	"path/filepath"
	"testing"
)

// BenchmarkExportCommand100k is `lanyard export` on a notebook whose talk
// has 100,000 bullets, the whole command: open the notebook, load the
// outline, make the post, write it to a file. The bound for the
// export is 300 ms.
func BenchmarkExportCommand100k(b *testing.B) {
	for _, format := range []string{"md", "opml"} {
		b.Run(format, func(b *testing.B) {
			db, _ := bigNotebook(b, 100_000)
			out := filepath.Join(b.TempDir(), "post."+format)
			var stdout, stderr bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"--db", db, "export", "-o", out}, &stdout, &stderr); code != 0 {
					b.Fatalf("export: exit %d: %s", code, stderr.String())
				}
			}
		})
	}
}
