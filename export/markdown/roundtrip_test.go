package markdown

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/notestest"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// randomEvent is an event of one day with n talks, each with a random
// outline of awkward text.
func randomEvent(rng *rand.Rand, n int) (schedule.Event, map[uint64]outline.Clip) {
	start := time.Date(2031, 5, 6, 9, 0, 0, 0, time.UTC)
	day := schedule.Day{Date: "2031-05-06"}
	clips := map[uint64]outline.Clip{}
	for i := range n {
		id := uint64(i + 1)
		day.Talks = append(day.Talks, schedule.Talk{
			ID: id, Kind: schedule.KindTalk, Start: start.Add(time.Duration(i) * time.Hour),
			Title: "Talk *" + string(rune('A'+i)) + "* #", Speakers: []string{"Ann_Example"}, Room: "Room <1>",
		})
		clips[id] = notestest.Clip(rng, 40, notestest.Options{})
	}
	return schedule.Event{Name: "Round Trip Conf", TZ: "UTC", Days: []schedule.Day{day}}, clips
}

func notesOfClips(clips map[uint64]outline.Clip) Notes {
	return func(id uint64) (*outline.Outline, error) {
		if c, ok := clips[id]; ok {
			return notestest.Outline(c), nil
		}
		return nil, nil
	}
}

// Every outline exported and read back is the same tree with the same
// texts and kinds, whether the post is one talk or several, with or
// without front matter and sections, with inline Markdown kept or
// everything literal.
func TestRoundTrip(t *testing.T) {
	optionSets := []Options{{}, {FrontMatter: true}, {NoTakeaways: true, NoFollowUps: true, NoResources: true}, {Literal: true}, {Literal: true, FrontMatter: true}}
	for seed := range 600 {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		ev, clips := randomEvent(rng, 1+rng.IntN(3))
		opts := optionSets[seed%len(optionSets)]
		var buf bytes.Buffer
		if err := Write(&buf, ev, notesOfClips(clips), opts); err != nil {
			t.Fatal(err)
		}
		doc, err := Read(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		for _, tk := range ev.Days[0].Talks {
			got, err := doc.For(tk.Heading())
			if err != nil {
				t.Fatalf("seed %d: %v\n%s", seed, err, buf.Bytes())
			}
			if d := notestest.Diff(clips[tk.ID], got); d != "" {
				t.Fatalf("seed %d, talk %d: %s\nexported:\n%s", seed, tk.ID, d, buf.Bytes())
			}
		}
	}
}

// Markdown cannot hold an empty bullet or spaces at a text's ends: an
// export leaves empty bullets out, their children moving up to the nearest
// bullet written, and trims texts. Reading back gives exactly that tree.
func TestRoundTripOfEmptyBulletsAndSpaces(t *testing.T) {
	for seed := range 400 {
		rng := rand.New(rand.NewPCG(uint64(seed), 11))
		clip := notestest.Clip(rng, 40, notestest.Options{Raw: true})
		ev, _ := randomEvent(rng, 1)
		var buf bytes.Buffer
		if err := Write(&buf, ev, notesOfClips(map[uint64]outline.Clip{1: clip}), Options{Literal: seed%2 == 1}); err != nil {
			t.Fatal(err)
		}
		doc, err := Read(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		want := writtenTree(clip)
		var got outline.Clip
		if len(want) > 0 {
			if got, err = doc.For(ev.Days[0].Talks[0].Heading()); err != nil {
				t.Fatalf("seed %d: %v\n%s", seed, err, buf.Bytes())
			}
		}
		if d := notestest.Diff(want, got); d != "" {
			t.Fatalf("seed %d: %s\nexported:\n%s", seed, d, buf.Bytes())
		}
	}
}

// writtenTree is clip as Markdown can hold it: texts trimmed, empty
// bullets gone, each bullet's depth the number of bullets with text above
// it in its ancestry.
func writtenTree(clip outline.Clip) outline.Clip {
	var out outline.Clip
	type ancestor struct {
		depth   int
		written bool
	}
	var path []ancestor
	for _, b := range clip {
		for len(path) > 0 && path[len(path)-1].depth >= b.Depth {
			path = path[:len(path)-1]
		}
		text := strings.TrimSpace(b.Text)
		if text != "" {
			depth := 0
			for _, a := range path {
				if a.written {
					depth++
				}
			}
			out = append(out, outline.Bullet{Depth: depth, Text: text, Kind: b.Kind})
		}
		path = append(path, ancestor{b.Depth, text != ""})
	}
	return out
}
