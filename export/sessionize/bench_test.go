package sessionize

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"lanyard/store/schedule"
)

// benchView writes an All view of two days with 40 rooms and 500 sessions
// a day (13 slots in 39 rooms and 7 in the last), plus a lunch entered in
// every room each day, in the shape Sessionize publishes.
func benchView(b *testing.B) []byte {
	b.Helper()
	type sessionOut struct {
		ID               string   `json:"id"`
		Title            string   `json:"title"`
		Description      string   `json:"description"`
		StartsAt         string   `json:"startsAt"`
		EndsAt           string   `json:"endsAt"`
		IsServiceSession bool     `json:"isServiceSession"`
		IsPlenumSession  bool     `json:"isPlenumSession"`
		Speakers         []string `json:"speakers"`
		CategoryItems    []int    `json:"categoryItems"`
		RoomID           int      `json:"roomId"`
	}
	var sessions []sessionOut
	var speakers, rooms []map[string]any
	for r := 0; r < 40; r++ {
		rooms = append(rooms, map[string]any{"id": 100 + r, "name": fmt.Sprintf("Room %02d", r), "sort": r})
	}
	for s := 0; s < 600; s++ {
		speakers = append(speakers, map[string]any{"id": fmt.Sprintf("spk-%04d", s), "fullName": fmt.Sprintf("Speaker %d", s)})
	}
	layout := "2006-01-02T15:04:05"
	for d := 0; d < 2; d++ {
		day := time.Date(2030, 8, 1+d, 0, 0, 0, 0, time.UTC)
		for i := 0; i < 500; i++ {
			start := day.Add(9*time.Hour + time.Duration(i/40)*45*time.Minute)
			sessions = append(sessions, sessionOut{ID: fmt.Sprint(100000 + d*1000 + i),
				Title: fmt.Sprintf("Talk %d about things &amp; stuff", i), Description: "A paragraph the reader skips.",
				StartsAt: start.Format(layout), EndsAt: start.Add(40 * time.Minute).Format(layout),
				Speakers:      []string{fmt.Sprintf("spk-%04d", i%600), fmt.Sprintf("spk-%04d", (i+7)%600)},
				CategoryItems: []int{1 + i%3}, RoomID: 100 + i%40})
		}
		for r := 0; r < 40; r++ {
			sessions = append(sessions, sessionOut{ID: fmt.Sprint(900000 + d*100 + r), Title: "Lunch",
				StartsAt: day.Add(20 * time.Hour).Format(layout), EndsAt: day.Add(21 * time.Hour).Format(layout),
				IsServiceSession: true, IsPlenumSession: true, RoomID: 100 + r})
		}
	}
	doc := map[string]any{"sessions": sessions, "speakers": speakers, "questions": []any{}, "rooms": rooms,
		"categories": []any{map[string]any{"id": 1, "title": "Track", "sort": 1, "type": "session", "items": []any{
			map[string]any{"id": 1, "name": "Cloud"}, map[string]any{"id": 2, "name": "Web"}, map[string]any{"id": 3, "name": "Data"}}}}}
	data, err := json.Marshal(doc)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkParse(b *testing.B) {
	data := benchView(b)
	loc := venue(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "bench.json", Location: loc})
		if err != nil {
			b.Fatal(err)
		}
		if res.Talks != 1002 || len(res.Days) != 2 {
			b.Fatalf("talks = %d, days = %d", res.Talks, len(res.Days))
		}
	}
}
