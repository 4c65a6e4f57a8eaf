package frab

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// benchSchedule writes a frab JSON of two days with 40 rooms and 500
// events a day, in the shape real exports have.
func benchSchedule(b *testing.B) []byte {
	b.Helper()
	type person struct {
		ID         int    `json:"id"`
		PublicName string `json:"public_name"`
	}
	type event struct {
		ID       int      `json:"id"`
		GUID     string   `json:"guid"`
		Date     string   `json:"date"`
		Start    string   `json:"start"`
		Duration string   `json:"duration"`
		Room     string   `json:"room"`
		Title    string   `json:"title"`
		Track    string   `json:"track"`
		Type     string   `json:"type"`
		Abstract string   `json:"abstract"`
		Persons  []person `json:"persons"`
	}
	type day struct {
		Index int                `json:"index"`
		Date  string             `json:"date"`
		Rooms map[string][]event `json:"rooms"`
	}
	loc := readertest.MustZone(b, "Europe/Berlin")
	var days []day
	id := 0
	for d := 0; d < 2; d++ {
		date := time.Date(2030, 8, 1+d, 0, 0, 0, 0, loc)
		rooms := map[string][]event{}
		for r := 0; r < 40; r++ {
			room := fmt.Sprintf("Room %02d", r)
			for s := 0; s < 500/40+1 && len(rooms[room]) < 13; s++ {
				id++
				start := date.Add(time.Duration(10*60+s*75) * time.Minute)
				rooms[room] = append(rooms[room], event{ID: id, GUID: fmt.Sprintf("00000000-0000-4000-8000-%012d", id),
					Date: start.Format(time.RFC3339), Start: start.Format("15:04"), Duration: "01:00", Room: room,
					Title: fmt.Sprintf("Talk %d about things &amp; stuff", id), Track: "Track", Type: "lecture",
					Abstract: "A paragraph of abstract text that the reader skips.",
					Persons:  []person{{id, "Speaker Name"}, {id + 1, "Other Person"}}})
			}
		}
		days = append(days, day{Index: d + 1, Date: date.Format("2006-01-02"), Rooms: rooms})
	}
	doc := map[string]any{"schedule": map[string]any{"conference": map[string]any{
		"title": "Bench", "time_zone_name": "Europe/Berlin", "days": days}}}
	data, err := json.Marshal(doc)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkParse(b *testing.B) {
	data := benchSchedule(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "bench.json"})
		if err != nil {
			b.Fatal(err)
		}
		if res.Talks != 1040 {
			b.Fatalf("talks = %d", res.Talks)
		}
	}
}
