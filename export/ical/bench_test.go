package ical

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// benchCalendar writes an iCalendar feed of two days with 40 rooms and 13
// events per room a day (1,040 events), shaped like a pretalx export:
// TZID times, folded descriptions, speakers in the summary.
func benchCalendar(b *testing.B) []byte {
	b.Helper()
	loc := readertest.MustZone(b, "Europe/Berlin")
	var buf bytes.Buffer
	buf.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nX-WR-CALNAME:Bench\r\n")
	id := 0
	for d := 0; d < 2; d++ {
		for r := 0; r < 40; r++ {
			for s := 0; s < 13; s++ {
				id++
				start := time.Date(2031, 8, 1+d, 10, 0, 0, 0, loc).Add(time.Duration(s*75) * time.Minute)
				fmt.Fprintf(&buf, "BEGIN:VEVENT\r\nUID:%08d-bench@example.org\r\nDTSTAMP:20310101T000000Z\r\n", id)
				fmt.Fprintf(&buf, "DTSTART;TZID=Europe/Berlin:%s\r\n", start.Format("20060102T150405"))
				fmt.Fprintf(&buf, "DTEND;TZID=Europe/Berlin:%s\r\n", start.Add(time.Hour).Format("20060102T150405"))
				fmt.Fprintf(&buf, "SUMMARY:Talk %d about things &amp; stuff - Speaker Name\\, Other Person\r\n", id)
				buf.WriteString("DESCRIPTION:A paragraph of abstract text that the reader skips\\, folded at\r\n  seventy-five octets as the standard asks of every exporter.\r\n")
				fmt.Fprintf(&buf, "LOCATION:Room %02d\r\nCATEGORIES:Track\r\nEND:VEVENT\r\n", r)
			}
		}
	}
	buf.WriteString("END:VCALENDAR\r\n")
	return buf.Bytes()
}

func BenchmarkParse(b *testing.B) {
	data := benchCalendar(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "bench.ics"})
		if err != nil {
			b.Fatal(err)
		}
		if res.Talks != 1040 || len(res.Days) != 2 {
			b.Fatalf("talks = %d days = %d", res.Talks, len(res.Days))
		}
	}
}

// BenchmarkWrite exports every talk of a 1,000-talk event, each with an
// abstract of a few paragraphs, a page and two links, as .ics.
func BenchmarkWrite(b *testing.B) {
	loc := readertest.MustZone(b, "Europe/Brussels")
	ev := schedule.Event{ID: 1, Name: "Bench", TZ: "Europe/Brussels"}
	abouts := map[uint64]schedule.About{}
	abstract := strings.Repeat("An abstract sentence, with punctuation; and some more words. ", 12)
	id := uint64(0)
	for d := 0; d < 2; d++ {
		day := schedule.Day{Date: fmt.Sprintf("2031-02-%02d", 1+d)}
		for r := 0; r < 50; r++ {
			for s := 0; s < 10; s++ {
				id++
				start := time.Date(2031, 2, 1+d, 9, 0, 0, 0, loc).Add(time.Duration(s*50) * time.Minute)
				day.Talks = append(day.Talks, schedule.Talk{ID: id, Start: start, End: start.Add(45 * time.Minute),
					Title: fmt.Sprintf("Talk %d about things", id), Speakers: []string{"Speaker Name", "Other Person"},
					Room: fmt.Sprintf("Room %d", r), Track: "Track", Kind: schedule.KindTalk, SourceID: fmt.Sprint(id)})
				abouts[id] = schedule.About{Abstract: abstract + "\n\n" + abstract, URL: fmt.Sprintf("https://bench.example/talk/%d", id),
					Links: []schedule.Link{{Title: "Slides", URL: "https://bench.example/s.pdf"}, {Title: "Video", URL: "https://bench.example/v.webm"}}}
			}
		}
		ev.Days = append(ev.Days, day)
	}
	opts := WriteOptions{All: true, Identity: "bench", Stamp: time.Now(), Abouts: abouts}
	b.ReportAllocs()
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		if err := Write(&out, ev, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(out.Len()))
}
