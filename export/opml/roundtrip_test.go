package opml

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"lanyard/export/internal/notestest"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// TestRoundTripWriteTalk: a talk's notes exported and read back are the
// same tree with the same texts and kinds, whatever the texts hold:
// markup, entities, quotes, empty bullets, spaces at the ends and in runs.
func TestRoundTripWriteTalk(t *testing.T) {
	for seed := range uint64(1000) {
		rng := rand.New(rand.NewPCG(seed, 7))
		clip := notestest.Clip(rng, 60, notestest.Options{Raw: true})
		var buf bytes.Buffer
		if err := WriteTalk(&buf, "Round trip", notestest.Outline(clip)); err != nil {
			t.Fatal(err)
		}
		doc, err := Read(&buf)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if d := notestest.Diff(clip, doc.Notes); d != "" {
			t.Fatalf("seed %d: %s", seed, d)
		}
		if doc.Title != "Round trip" || len(doc.Talks) != 0 {
			t.Fatalf("seed %d: title %q, %d talks", seed, doc.Title, len(doc.Talks))
		}
	}
}

// TestRoundTripWrite: an event of two days exported and read back gives a
// section per talk, headed as the talk, each holding that talk's notes
// exactly, and importing the file into a talk finds that talk's section.
func TestRoundTripWrite(t *testing.T) {
	for seed := range uint64(50) {
		rng := rand.New(rand.NewPCG(seed, 11))
		ev, clips := randomEvent(rng)
		outlines := make(map[uint64]*outline.Outline, len(clips))
		for id, c := range clips {
			outlines[id] = notestest.Outline(c)
		}
		var buf bytes.Buffer
		if err := Write(&buf, ev, notesOf(outlines), Options{}); err != nil {
			t.Fatal(err)
		}
		doc, err := Read(&buf)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		var talks []schedule.Talk
		for _, d := range ev.Days {
			talks = append(talks, d.Talks...)
		}
		if len(doc.Talks) != len(talks) {
			t.Fatalf("seed %d: %d sections, want %d", seed, len(doc.Talks), len(talks))
		}
		for i, tk := range talks {
			s := doc.Talks[i]
			if s.Heading != tk.Heading() {
				t.Fatalf("seed %d: section %d headed %q, want %q", seed, i, s.Heading, tk.Heading())
			}
			if d := notestest.Diff(clips[tk.ID], s.Notes); d != "" {
				t.Fatalf("seed %d: %s: %s", seed, tk.Heading(), d)
			}
			got, err := doc.For(tk.Heading())
			if err != nil {
				t.Fatalf("seed %d: For(%q): %v", seed, tk.Heading(), err)
			}
			if d := notestest.Diff(clips[tk.ID], got); d != "" {
				t.Fatalf("seed %d: For(%q): %s", seed, tk.Heading(), d)
			}
		}
	}
}

// randomEvent returns an event of two days of three talks each, with
// distinct headings, and a random clip of notes for every talk. The
// clips' first bullets are not blank, so that every talk has notes.
func randomEvent(rng *rand.Rand) (schedule.Event, map[uint64]outline.Clip) {
	clips := make(map[uint64]outline.Clip)
	ev := schedule.Event{Name: "Random Conf", TZ: "UTC"}
	id := uint64(0)
	for d := range 2 {
		date := time.Date(2026, 5, 4+d, 9, 0, 0, 0, time.UTC)
		day := schedule.Day{Date: date.Format(schedule.DateLayout)}
		for k := range 3 {
			id++
			start := date.Add(time.Duration(k) * time.Hour)
			day.Talks = append(day.Talks, schedule.Talk{
				ID: id, Start: start, End: start.Add(45 * time.Minute), Kind: schedule.KindTalk,
				Title: fmt.Sprintf("Talk %d <&> \"%d\"", id, k), Speakers: []string{"Sam Speaker"},
			})
			clip := notestest.Clip(rng, 40, notestest.Options{Raw: true})
			clip[0].Text = "first" + clip[0].Text
			clips[id] = clip
		}
		ev.Days = append(ev.Days, day)
	}
	return ev, clips
}
