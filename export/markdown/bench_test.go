package markdown

import (
	"bytes"
	"testing"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// BenchmarkWrite10k exports one talk with a 10,000-bullet outline: a long
// day of notes is a few hundred bullets, so this bounds a whole notebook.
func BenchmarkWrite10k(b *testing.B) {
	o := outline.Generate(10_000, 1)
	start := time.Date(2025, 6, 12, 9, 0, 0, 0, time.UTC)
	ev := schedule.Event{Name: "Bench Conf", TZ: "UTC", Days: []schedule.Day{{Date: "2025-06-12", Talks: []schedule.Talk{
		{ID: 1, Start: start, End: start.Add(30 * time.Minute), Title: "Everything", Speakers: []string{"Ann Example"}, Kind: schedule.KindTalk},
	}}}}
	notes := notesOf(map[uint64]*outline.Outline{1: o})
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, ev, notes, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
