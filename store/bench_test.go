package store

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// BenchmarkLoadOutline100k loads a talk of 100,000 bullets, saved once:
// the worst case of opening a talk.
func BenchmarkLoadOutline100k(b *testing.B) {
	nb := openTest(b)
	gen := outline.Generate(100_000, 1)
	if err := nb.SaveOutline(1, outline.Changes{Put: gen.Nodes()}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		o, err := nb.LoadOutline(1)
		if err != nil {
			b.Fatal(err)
		}
		if o.Len() != 100_000 {
			b.Fatalf("loaded %d bullets", o.Len())
		}
	}
}

// BenchmarkSaveKeystroke is one typed character in a 1,000-bullet outline,
// committed to disk through the writer.
func BenchmarkSaveKeystroke(b *testing.B) {
	nb := openTest(b)
	o := outline.Generate(1_000, 1)
	if err := nb.SaveOutline(1, outline.Changes{Put: o.Nodes()}); err != nil {
		b.Fatal(err)
	}
	w := nb.NewWriter(nil)
	b.Cleanup(func() {
		if err := w.Close(); err != nil {
			b.Error(err)
		}
	})
	b.ReportAllocs()
	for b.Loop() {
		o.InsertText(500, 0, "x")
		w.Save(1, o.TakeChanges())
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport1000 imports a new event of 1,000 talks, then the same
// schedule again as a merge: both halves of a user's import. Each op has
// a notebook of its own, so the cost does not grow with the events earlier
// ops left behind.
func BenchmarkImport1000(b *testing.B) {
	ev := bigEvent(1_000)
	ev.Name = "Big Conf"
	dir := b.TempDir()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		b.StopTimer()
		nb, err := Open(filepath.Join(dir, fmt.Sprintf("import%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		i++
		b.StartTimer()
		if _, sum, err := nb.ImportEvent(ev); err != nil || !sum.Created {
			b.Fatalf("import: %+v, %v", sum, err)
		}
		if _, sum, err := nb.ImportEvent(ev); err != nil || sum.Unchanged != 1_000 {
			b.Fatalf("merge: %+v, %v", sum, err)
		}
		b.StopTimer()
		checkAndClose(b, nb)
		b.StartTimer()
	}
}

// bigEvent is an invented schedule of n talks over four days in ten
// rooms; every other talk has a SourceID.
func bigEvent(n int) schedule.Event {
	const days, rooms = 4, 10
	ev := schedule.Event{TZ: "Europe/Berlin"}
	first := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	for d := range days {
		ev.Days = append(ev.Days, schedule.Day{Date: first.AddDate(0, 0, d).Format(schedule.DateLayout)})
	}
	for i := range n {
		d, slot, room := i%days, i/days/rooms, i/days%rooms
		start := first.AddDate(0, 0, d).Add(time.Duration(slot) * 20 * time.Minute)
		t := schedule.Talk{
			Start:    start,
			End:      start.Add(15 * time.Minute),
			Title:    fmt.Sprintf("Talk %d: lessons from a queue", i),
			Speakers: []string{fmt.Sprintf("Speaker %d", i), fmt.Sprintf("Co-speaker %d", i%17)},
			Room:     fmt.Sprintf("Room %d", room),
			Kind:     schedule.KindTalk,
		}
		if i%2 == 0 {
			t.SourceID = fmt.Sprintf("big-%04d", i)
		}
		ev.Days[d].Talks = append(ev.Days[d].Talks, t)
	}
	return ev
}
