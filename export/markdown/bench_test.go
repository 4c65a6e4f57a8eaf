package markdown

import (
	"bytes"
	"testing"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// benchPost is a day of 100 talks holding n bullets between them, every
// tenth bullet a takeaway, a to-do or a quote so the gathered sections have
// work to do.
func benchPost(n int) (schedule.Event, Notes) {
	const talks = 100
	start := time.Date(2025, 6, 12, 9, 0, 0, 0, time.UTC)
	day := schedule.Day{Date: "2025-06-12"}
	outlines := map[uint64]*outline.Outline{}
	for i := range talks {
		id := uint64(i + 1)
		day.Talks = append(day.Talks, schedule.Talk{ID: id, Start: start.Add(time.Duration(i) * 5 * time.Minute),
			Title: "Talk", Speakers: []string{"Ann Example"}, Room: "Hall", Kind: schedule.KindTalk})
		o := outline.Generate(n/talks, int64(i))
		for r := 0; r < o.Len(); r += 10 {
			o.SetKind(r, outline.Kind(1+r/10%5))
		}
		o.TakeChanges()
		outlines[id] = o
	}
	return schedule.Event{Name: "Bench Conf", TZ: "UTC", Days: []schedule.Day{day}}, notesOf(outlines)
}

// BenchmarkWrite100k exports a post of 100,000 bullets, the bound:
// at most 300 ms. A long day of notes is a few hundred bullets.
func BenchmarkWrite100k(b *testing.B) {
	ev, notes := benchPost(100_000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, ev, notes, Options{FrontMatter: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// BenchmarkRead100k reads that post back.
func BenchmarkRead100k(b *testing.B) {
	ev, notes := benchPost(100_000)
	var buf bytes.Buffer
	if err := Write(&buf, ev, notes, Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
