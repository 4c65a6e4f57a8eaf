package store

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lanyard/store/outline"
)

// bigNotebook makes a closed notebook of the fixture event with 100,000
// bullets in one talk and returns its path.
func bigNotebook(b *testing.B) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "lanyard.db")
	nb, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	ev, err := nb.CreateEvent(fixtureEvent(b))
	if err != nil {
		b.Fatal(err)
	}
	gen := outline.Generate(100_000, 1)
	if err := nb.SaveOutline(findTitle(b, ev, "Shipping on a Friday").ID, outline.Changes{Put: gen.Nodes()}); err != nil {
		b.Fatal(err)
	}
	if err := nb.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// reportMedian reports the median of the timed runs and the file's size.
func reportMedian(b *testing.B, took []time.Duration, path string) {
	b.Helper()
	b.ReportMetric(float64(median(took).Microseconds())/1000, "median-ms")
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(info.Size())/1e6, "file-MB")
}

// BenchmarkBackup100k backs up a notebook of 100,000 bullets, as the
// daily backup and lanyard backup do: a read transaction copied to a new
// file, synced and linked into place.
func BenchmarkBackup100k(b *testing.B) {
	path := bigNotebook(b)
	nb, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { checkAndClose(b, nb) })
	dir := b.TempDir()
	var (
		took   []time.Duration
		copied int64
	)
	i := 0
	for b.Loop() {
		dst := filepath.Join(dir, fmt.Sprintf("copy%d.db", i))
		i++
		start := time.Now()
		if err := nb.Backup(dst); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
		b.StopTimer()
		info, err := os.Stat(dst)
		if err != nil {
			b.Fatal(err)
		}
		copied = info.Size()
		if err := os.Remove(dst); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	reportMedian(b, took, path)
	b.ReportMetric(float64(copied)/1e6, "backup-MB")
}

// BenchmarkCheck100k checks a notebook of 100,000 bullets: the page walk,
// every record decoded, the outline built, and bbolt's tx.Check.
func BenchmarkCheck100k(b *testing.B) {
	path := bigNotebook(b)
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		r, err := Check(path)
		if err != nil || r.Bullets != 100_000 {
			b.Fatalf("check: %+v, %v", r, err)
		}
		took = append(took, time.Since(start))
	}
	reportMedian(b, took, path)
}

// BenchmarkOpen100k opens and closes a notebook of 100,000 bullets: what
// vetting the file (the read-only look and the page walk) adds to every
// start.
func BenchmarkOpen100k(b *testing.B) {
	path := bigNotebook(b)
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		nb, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := nb.Close(); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	reportMedian(b, took, path)
}

// BenchmarkOpenUnclean100k is BenchmarkOpen100k for a notebook with no
// clean-close record (after a crash, or the first open of a copy): every
// open walks the pages.
func BenchmarkOpenUnclean100k(b *testing.B) {
	path := bigNotebook(b)
	var took []time.Duration
	for b.Loop() {
		if err := removeIfExists(cleanRecordPath(path)); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		nb, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := nb.Close(); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	reportMedian(b, took, path)
}

// BenchmarkWalkPages100k is the page walk alone (see pages.go) on a
// notebook of 100,000 bullets: the part of every open that grows with the
// notebook.
func BenchmarkWalkPages100k(b *testing.B) {
	path := bigNotebook(b)
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		b.Fatal(err)
	}
	l, ok := readLayout(f)
	if !ok {
		b.Fatal("no valid header page")
	}
	for b.Loop() {
		if problems := walkPages(f, l, info.Size()); len(problems) > 0 {
			b.Fatal(problems)
		}
	}
	b.ReportMetric(float64(info.Size())/1e6, "file-MB")
}
