package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"lanyard/store/schedule"
)

// FuzzWriteReadBack: whatever a talk's texts hold, the export is lines
// RFC 5545 allows, and lanyard's reader reads it back as one talk with
// the same title, room and times.
func FuzzWriteReadBack(f *testing.F) {
	for _, seed := range [][5]string{
		{"Kernels", "Room A", "Ada Lovelace", "An abstract.", "https://e.example/t"},
		{"a;b,c\\d\r\ne", "Room\nB", "Eve\x1b[31m", strings.Repeat("長", 100), "javascript:x"},
		{"", " ", ",", "\\n", "https://e.example/a b"},
		{"Title - Ada Quill", "", "", "", ""},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3], seed[4])
	}
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, room, speaker, abstract, page string) {
		start := time.Date(2031, 10, 26, 2, 30, 0, 0, loc) // in the hour that happens twice
		talk := schedule.Talk{ID: 1, Start: start, End: start.Add(time.Hour), Title: title, Room: room, Speakers: []string{speaker},
			Kind: schedule.KindTalk, Attended: true}
		ev := schedule.Event{ID: 1, Name: "Fuzz", TZ: "Europe/Berlin", Days: []schedule.Day{{Date: "2031-10-26", Talks: []schedule.Talk{talk}}}}
		var b bytes.Buffer
		if err := Write(&b, ev, WriteOptions{Stamp: stamp, Abouts: map[uint64]schedule.About{1: {Abstract: abstract, URL: page}}}); err != nil {
			t.Fatal(err)
		}
		checkLines(t, b.String())
		res, err := Parse(&b, schedule.ReadOptions{Name: "fuzz.ics"})
		if err != nil {
			t.Fatalf("%v\n%s", err, b.String())
		}
		if res.Talks != 1 {
			t.Fatalf("%d talks read back", res.Talks)
		}
		got := res.Days[0].Talks[0]
		if !got.Start.Equal(talk.Start) || !got.End.Equal(talk.End) {
			t.Errorf("times %v–%v, want %v–%v", got.Start, got.End, talk.Start, talk.End)
		}
		if strings.ContainsAny(title+room, "<&") {
			return // the reader decodes HTML a second time
		}
		if r := oneLine(room); got.Room != r {
			t.Errorf("room %q, want %q", got.Room, r)
		}
		if s := oneLine(speaker); s != "" && !strings.ContainsAny(speaker, ",<&") && got.Title != summary(talk) {
			t.Errorf("title %q, want %q", got.Title, summary(talk))
		}
	})
}
