package main

import (
	"bytes"
	"strings"
	"testing"
)

// BenchmarkCompleteTalksFOSDEMSize is one Tab after export --talk on a
// notebook with a FOSDEM-size event (1,000 talks) and 100,000 bullets of
// notes in another: open the notebook unchanged, find the event, offer
// every talk. The shell waits for it, so it should feel instant, well
// under 100 ms.
func BenchmarkCompleteTalksFOSDEMSize(b *testing.B) {
	db, _ := bigNotebook(b, 100_000)
	file := fosdemSize(b)
	var out, errOut bytes.Buffer
	if code := run([]string{"--db", db, "import", "schedule", file, "--tz", "Europe/Brussels"}, &out, &errOut); code != 0 {
		b.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	args := []string{"--db", db, "__complete", "export", "--event", "Benchconf", "--talk", ""}
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		if code := run(args, &out, &errOut); code != 0 {
			b.Fatalf("__complete: exit %d: %s", code, errOut.String())
		}
	}
	if n := strings.Count(out.String(), "\n"); n != 1001 {
		b.Fatalf("offered %d lines, want 1,000 talks and the directive", n)
	}
}
