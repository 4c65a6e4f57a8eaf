package ical

import (
	"bytes"
	"fmt"
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
